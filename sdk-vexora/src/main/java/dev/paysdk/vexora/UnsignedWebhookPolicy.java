package dev.paysdk.vexora;

/**
 * What the webhook verifier does with a callback that carries no {@code sign}. Whatever the policy,
 * an unsigned callback never decides a payout's outcome by itself.
 */
public enum UnsignedWebhookPolicy {
  /** Reject it with a {@link dev.paysdk.core.error.SignatureVerificationException}. The default. */
  REJECT,
  /**
   * Accept it only as a hint: query the order by its merchant order number and report the status
   * the query returns, not the one the callback claims. The callback is rejected when the query
   * fails or names another gateway order. Costs one query per unsigned callback.
   */
  CONFIRM_BY_QUERY
}
