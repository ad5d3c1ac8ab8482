package dev.paysdk.core.webhook;

import dev.paysdk.core.error.PaymentException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * Bridges Jakarta Servlet and PaySDK webhooks. Needs {@code jakarta.servlet-api} (5.0 or later) on
 * the class path, which a servlet container provides; PaySDK does not bring it.
 *
 * <pre>{@code
 * protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
 *   ServletWebhooks.handle(req, resp, agentPay.webhooks(), event -> orders.apply(event));
 * }
 * }</pre>
 */
public final class ServletWebhooks {
  /** Hard cap on a webhook body: gateways send a few kilobytes. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private ServletWebhooks() {}

  /**
   * Reads the whole request (method, headers, raw query string, body) without letting the container
   * parse the body as parameters, so the raw bytes stay available for signature checks.
   *
   * @throws UncheckedIOException when the body cannot be read or exceeds {@link #MAX_BODY_BYTES}
   */
  public static WebhookRequest fromServlet(HttpServletRequest request) {
    WebhookRequest.Builder b = WebhookRequest.builder().method(request.getMethod());
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        b.header(name, value);
      }
    }
    b.rawQuery(request.getQueryString());
    if (request.getContentType() != null) {
      b.contentType(request.getContentType());
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new IOException("webhook body larger than " + MAX_BODY_BYTES + " bytes");
      }
      b.body(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }

  /** Writes the acknowledgement the gateway expects. */
  public static void writeAck(WebhookAck ack, HttpServletResponse response) throws IOException {
    response.setStatus(ack.status());
    response.setContentType(ack.contentType());
    byte[] bytes = ack.body().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }

  /**
   * Verifies the webhook, hands the event to {@code handler}, and answers the gateway: its expected
   * acknowledgement when verification and the handler succeed; HTTP 400 when verification fails or
   * the request cannot be parsed (so the gateway retries and a forged call learns nothing); HTTP 500
   * when the handler throws (so the gateway delivers again).
   *
   * @return the event, or null when it was rejected or the handler failed
   */
  public static WebhookEvent handle(HttpServletRequest request, HttpServletResponse response, Webhooks webhooks,
      Handler handler) throws IOException {
    WebhookEvent event;
    try {
      event = webhooks.verify(fromServlet(request));
    } catch (PaymentException | UncheckedIOException | IllegalArgumentException e) {
      // IllegalArgumentException: a malformed percent escape in the query or form body, which no
      // genuine callback carries; it must be answered like a failed verification, not as a 500.
      writeAck(new WebhookAck(400, "text/plain; charset=UTF-8", "rejected"), response);
      return null;
    }
    try {
      handler.handle(event);
    } catch (Exception e) {
      writeAck(new WebhookAck(500, "text/plain; charset=UTF-8", "handler failed"), response);
      return null;
    }
    writeAck(event.ack(), response);
    return event;
  }

  /** What the merchant does with a verified event. Throwing makes the gateway deliver it again. */
  @FunctionalInterface
  public interface Handler {
    void handle(WebhookEvent event) throws Exception;
  }
}
