package dev.paysdk.core;

/**
 * Neutral payouts API, implemented by every provider that pays out. Implementations are
 * thread-safe.
 */
public interface Payouts {

  /**
   * Sends a payout. Money-moving: the SDK never sends it twice.
   *
   * @param request the request; its {@link PayoutRequest#inputErrors()} are reported with the other
   *     field errors
   * @return the payout as the gateway accepted it (usually {@link PayoutStatus#ACCEPTED} or
   *     {@link PayoutStatus#PROCESSING})
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every field error
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused the payout
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the request may have been executed
   *     and no answer tells: call {@link #reconcile(String)}, do not resend
   * @throws dev.paysdk.core.error.TransportException when the request provably never reached the gateway
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong
   */
  Payout create(PayoutRequest request);

  /**
   * Reads a payout's current state. Retried on transient failures.
   *
   * @param lookup which payout
   * @return the payout as the gateway reports it now
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says no such order exists
   * @throws dev.paysdk.core.error.ProviderException on any other refusal
   * @throws dev.paysdk.core.error.TransportException when no answer came after the allowed retries
   */
  Payout retrieve(PayoutLookup lookup);

  /**
   * Finds out what became of a payout whose create ended in
   * {@link dev.paysdk.core.error.OutcomeUnknownException}: queries by merchant order number until
   * the gateway reports the order with a status, or says it does not exist. Uses default timing
   * ({@link Reconciler#defaults()}); gateway clients use the reconciler they were built with.
   *
   * @param merchantOrderNo the merchant order number of the payout
   * @return the payout as found, or a "not found" answer (then it may be sent again with the same
   *     merchant order number)
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the outcome is still unknown after the
   *     reconciler's {@code maxWait}: do not resend
   * @throws dev.paysdk.core.error.ProviderException when the gateway refuses the query itself
   */
  default Reconciliation reconcile(String merchantOrderNo) {
    return Reconciler.defaults().reconcile(this, merchantOrderNo);
  }
}
