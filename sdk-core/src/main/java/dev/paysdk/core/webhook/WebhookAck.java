package dev.paysdk.core.webhook;

import java.util.Objects;

/**
 * The answer a gateway expects once its webhook was handled, such as HTTP 200 with plain text
 * {@code SUCCESS}. A gateway that does not get it retries.
 *
 * @param status HTTP status
 * @param contentType content type of the body
 * @param body the body text
 */
public record WebhookAck(int status, String contentType, String body) {
  public WebhookAck {
    Objects.requireNonNull(contentType, "contentType == null");
    Objects.requireNonNull(body, "body == null");
  }

  /** HTTP 200 with {@code body} as {@code text/plain; charset=UTF-8}. */
  public static WebhookAck plainText(String body) {
    return new WebhookAck(200, "text/plain; charset=UTF-8", body);
  }
}
