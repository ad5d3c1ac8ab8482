package dev.paysdk.core.internal;

import dev.paysdk.core.webhook.WebhookRequest;
import java.util.Objects;
import java.util.function.Function;

/**
 * Read access to a {@link WebhookRequest}'s body bytes without the copy {@link WebhookRequest#body()}
 * makes for callers, for PaySDK's own webhook verification, which only reads them. Not a public
 * contract: the array must never be modified.
 */
public final class WebhookBodies {
  private static volatile Function<WebhookRequest, byte[]> access;

  private WebhookBodies() {}

  /** Called once by {@link WebhookRequest}'s class initialiser. */
  public static void install(Function<WebhookRequest, byte[]> bodyAccess) {
    if (access == null) {
      access = Objects.requireNonNull(bodyAccess, "bodyAccess == null");
    }
  }

  /** The body of {@code request}, not copied: read it, never change it. */
  public static byte[] of(WebhookRequest request) {
    Function<WebhookRequest, byte[]> a = access;
    if (a == null) {
      return request.body(); // the class is initialised once an instance exists; kept for safety
    }
    return a.apply(request);
  }
}
