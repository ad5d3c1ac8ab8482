package dev.paysdk.vexora;

import dev.paysdk.core.Payouts;

/**
 * Vexora disbursements: the gateway's own operations, and the neutral {@link Payouts} API on the
 * same object. Thread-safe.
 *
 * <p>A disbursement moves money: the SDK sends it at most once. When its outcome is unknown
 * ({@link dev.paysdk.core.error.OutcomeUnknownException}), find it with {@link #reconcile(String)}
 * (queries by merchant order number, with the timing of the client's
 * {@link VexoraClient.Builder#reconciler reconciler}), and resend only when the gateway says the
 * order does not exist, with the same merchant order number.
 */
public interface VexoraDisbursements extends Payouts {

  /**
   * Sends a disbursement ({@code POST /v1/vexora/disbursements}). The SDK sets {@code timestamp}
   * (epoch milliseconds from the client's clock) and {@code sign}. Never resent by the SDK. The
   * answer must be signed (unless {@link VexoraClient.Builder#requireSignedResponses} is off) and
   * name this merchant order number ({@code data.tradeNo}, when it names one; the document's answer
   * carries no amount to compare).
   *
   * @return the gateway's answer when it handled the request (code {@code 0000}); the status may
   *     already be final
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every field error
   *     (the merchant order number must be 1 to 64 letters, digits, {@code _ - .}: the gateway's
   *     callbacks about another shape could not be verified)
   * @throws dev.paysdk.core.error.ProviderException when the gateway rejected the request (code
   *     {@code 8000}, or HTTP 4xx other than 408, 425, 429 and 499 without a readable answer): nothing
   *     was paid. A rejection may come unsigned; one whose signature is present must match. The
   *     message masks the request's account number, phone, email and names. Subclasses:
   *     {@link dev.paysdk.core.error.AuthenticationException} when it says the signature or merchant
   *     is wrong ("signature verification failed": a wrong app secret), or on HTTP 401/403;
   *     {@link dev.paysdk.core.error.DuplicateOrderException} when it says the transaction number was
   *     used before (the earlier order stands);
   *     {@link dev.paysdk.core.error.InsufficientBalanceException} when it says the balance is short
   * @throws dev.paysdk.core.error.OutcomeUnknownException on code {@code 5000}, on a rejection whose
   *     message says the gateway itself failed ("system error", "timeout, please query"), on any code
   *     other than {@code 0000}/{@code 8000}, on a timeout or broken connection after sending, on HTTP
   *     429/5xx, on HTTP 408, 425 or 499 without a readable answer (the request may have gone on), on
   *     an answer that cannot be read, names another order, or reports a failed payout without a
   *     signature, and on an answer whose signature does not verify or is missing (the
   *     {@link dev.paysdk.core.error.SignatureVerificationException} is the cause): the order may
   *     exist; {@link #reconcile(String)}, do not resend
   * @throws dev.paysdk.core.error.TransportException when the request provably never left
   * @throws IllegalStateException when the client was closed
   */
  DisbursementResult disburse(DisbursementRequest request);

  /**
   * Queries a disbursement by merchant order number ({@code POST /v1/vexora/queryPayOutResult}).
   * A read: retried on transient HTTP failures, each attempt with a fresh {@code timestamp} and
   * signature.
   *
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway rejects the query (code
   *     {@code 8000}) with a message that strictly says the order does not exist (see
   *     {@link VexoraClient.Builder#orderNotFoundPattern})
   * @throws dev.paysdk.core.error.AuthenticationException when the rejection says the signature or
   *     merchant is wrong
   * @throws dev.paysdk.core.error.ProviderException when the query was rejected for any other reason
   *     (code {@code 8000} or an unlisted code): this says nothing about the payout
   * @throws dev.paysdk.core.error.TransportException on code {@code 5000} or a rejection saying the
   *     gateway itself failed, when no usable answer came after the allowed retries, and on an
   *     answer about another order or one reporting a failed payout without a signature; ask again
   *     later
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is
   *     wrong, or missing while signed answers are required
   * @throws NullPointerException when {@code merchantOrderNo} is null
   * @throws IllegalArgumentException when it is blank
   * @throws IllegalStateException when the client was closed
   */
  DisbursementQueryResult query(String merchantOrderNo);

  /**
   * A new merchant order number in the form the gateway recommends: date and time followed by
   * random digits (see {@link OrderNoGenerator}; the client's generator, by default
   * {@link OrderNoGenerator#defaults()} on the client's clock).
   */
  String newMerchantOrderNo();
}
