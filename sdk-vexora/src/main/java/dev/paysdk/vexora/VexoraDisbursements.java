package dev.paysdk.vexora;

import dev.paysdk.core.Payouts;

/**
 * Vexora disbursements: the gateway's own operations, and the neutral {@link Payouts} API on the
 * same object. Thread-safe.
 *
 * <p>A disbursement moves money: the SDK sends it at most once. When its outcome is unknown
 * ({@link dev.paysdk.core.error.OutcomeUnknownException}), find it with {@link #reconcile(String)}
 * (queries by merchant order number), and resend only when the gateway says the order does not exist,
 * with the same merchant order number.
 */
public interface VexoraDisbursements extends Payouts {

  /**
   * Sends a disbursement ({@code POST /v1/vexora/disbursements}). The SDK sets {@code timestamp}
   * (epoch milliseconds from the client's clock) and {@code sign}. Never resent by the SDK.
   *
   * @return the gateway's answer when it handled the request (code {@code 0000}); the status may
   *     already be final
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every field error
   * @throws dev.paysdk.core.error.ProviderException when the gateway rejected the request (code
   *     {@code 8000}, or HTTP 4xx other than 408, 425, 429 and 499 without a readable answer): nothing
   *     was paid. Subclasses:
   *     {@link dev.paysdk.core.error.DuplicateOrderException} when its message says the transaction
   *     number was used before (the earlier order stands),
   *     {@link dev.paysdk.core.error.InsufficientBalanceException} when it says the balance is short,
   *     {@link dev.paysdk.core.error.AuthenticationException} on HTTP 401/403
   * @throws dev.paysdk.core.error.OutcomeUnknownException on code {@code 5000} or any code other than
   *     {@code 0000}/{@code 8000}, on a timeout or broken connection after sending, on HTTP 429/5xx,
   *     on HTTP 408, 425 or 499 without a readable answer (the request may have gone on), on an answer
   *     that cannot be read, and on an answer whose signature does not verify (wrong, or missing while
   *     signed answers are required; the {@link dev.paysdk.core.error.SignatureVerificationException}
   *     is the cause): the order may exist; reconcile, do not resend
   * @throws dev.paysdk.core.error.TransportException when the request provably never left
   */
  DisbursementResult disburse(DisbursementRequest request);

  /**
   * Queries a disbursement by merchant order number ({@code POST /v1/vexora/queryPayOutResult}).
   * A read: retried on transient HTTP failures.
   *
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway rejects the query (code
   *     {@code 8000}) with a message that clearly says the order does not exist (see
   *     {@link VexoraClient.Builder#orderNotFoundMessage})
   * @throws dev.paysdk.core.error.ProviderException when the query was rejected for any other reason
   *     (code {@code 8000}): this says nothing about the payout
   * @throws dev.paysdk.core.error.TransportException on code {@code 5000} (gateway system error) or
   *     when no usable answer came after the allowed retries; ask again later
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong
   * @throws dev.paysdk.core.error.InvalidRequestException when {@code merchantOrderNo} is null or blank
   *     (nothing sent)
   */
  DisbursementQueryResult query(String merchantOrderNo);

  /**
   * A new merchant order number in the form the gateway recommends: date and time followed by
   * random digits (see {@link OrderNoGenerator}; the client's generator, by default
   * {@link OrderNoGenerator#defaults()} on the client's clock).
   */
  String newMerchantOrderNo();
}
