package dev.paysdk.core.gateway;

import java.util.Objects;

/**
 * What a decoded, signature-checked answer says about the request, as the gateway's
 * {@link Protocol#classify} reads it. The {@link Exchange} decides the consequences (result,
 * exception, unknown outcome) from the verdict and the operation's safety, the same way for every
 * gateway.
 */
public sealed interface Verdict {

  /** The gateway handled the request: the answer carries its result. */
  record Handled() implements Verdict {}

  /**
   * The gateway refused the request (a business decision: nothing was executed).
   *
   * @param kind what the refusal says
   * @param code the gateway's code, or null
   * @param message the gateway's message, or null (sanitised by the exchange before any use)
   */
  record Refused(RefusalKind kind, String code, String message) implements Verdict {
    public Refused {
      Objects.requireNonNull(kind, "kind == null");
    }
  }

  /**
   * The gateway itself failed while handling the request (its own "system error", "timeout, please
   * query"): a read may be asked again later; a money-moving call may have been executed.
   */
  record GatewayFailed(String code, String message) implements Verdict {}

  /** A lookup: the gateway says the order (batch, record) does not exist. */
  record NotFound(String code, String message) implements Verdict {}

  /** The one {@link Handled} instance. */
  Verdict HANDLED = new Handled();

  /** A refusal of {@code kind}. */
  static Verdict refused(RefusalKind kind, String code, String message) {
    return new Refused(kind, code, message);
  }
}
