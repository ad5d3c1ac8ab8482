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
  private static volatile Function<WebhookRequest, String[]> queryAccess;

  private WebhookBodies() {}

  /** Called once by {@link WebhookRequest}'s class initialiser. */
  public static void install(Function<WebhookRequest, byte[]> bodyAccess,
      Function<WebhookRequest, String[]> queryPairsAccess) {
    if (access == null) {
      queryAccess = Objects.requireNonNull(queryPairsAccess, "queryPairsAccess == null");
      access = Objects.requireNonNull(bodyAccess, "bodyAccess == null");
    }
  }

  /**
   * The query parameters of {@code request} as they came, {@code name, value, name, value...}, not
   * copied: read them, never change the array.
   */
  public static String[] queryPairs(WebhookRequest request) {
    Function<WebhookRequest, String[]> a = queryAccess;
    if (a == null) {
      java.util.List<String> pairs = new java.util.ArrayList<>();
      request.queryParameters().forEach((k, vs) -> vs.forEach(v -> {
        pairs.add(k);
        pairs.add(v);
      }));
      return pairs.toArray(new String[0]);
    }
    return a.apply(request);
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
