package dev.paysdk.hexpay;

/**
 * Hexpay batch payouts (provider-native; they have no neutral counterpart). Thread-safe.
 *
 * <pre>{@code
 * BatchUploadResult r = hexpay.batchPayouts().upload(BatchPayoutUpload.of("payroll 2025-09 #0001", List.of(
 *     BatchPayoutRecord.of("TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE", Money.of("10.50", "USDT"),
 *         HexpayNetwork.BINANCE_SMART_CHAIN))));
 * if (!r.runnable()) {
 *   r.shortfalls().forEach(s -> log.warn("fund {} before the batch can run", s.shortfall()));
 * }
 * BatchPayoutDetail d = hexpay.batchPayouts().query(r.batchNo());
 * }</pre>
 */
public interface HexpayBatchPayouts {

  /**
   * Uploads a batch ({@code POST /v1/hexpay/batchPayment/upload}). Money-moving: sent at most once,
   * resent only when it provably never left.
   *
   * <p>A batch has no merchant reference at the gateway, and it can only be queried by the batch
   * number the answer carries. When the answer is lost ({@link dev.paysdk.core.error.OutcomeUnknownException}),
   * find out whether the batch exists before uploading again: look for its {@code purpose} in the
   * merchant back office (give every batch a unique reference there), or compare the frozen
   * balance with its value before the upload. The exception's message says so.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException before sending: no record, a record's
   *     field errors (named {@code records[i].field}), a purpose over 256 characters
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused the batch (nothing created)
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the batch may have been created: no
   *     usable answer, HTTP 429/5xx, an answer reporting the gateway's own system error (code 10
   *     or 12, "系统异常"...), which can come after the batch was stored, or an answer whose
   *     signature does not verify (then its cause is the
   *     {@link dev.paysdk.core.error.SignatureVerificationException}: nothing in the answer is used)
   * @throws dev.paysdk.core.error.TransportException when the request provably never left
   */
  BatchUploadResult upload(BatchPayoutUpload upload);

  /**
   * Reads a batch with every record ({@code POST /v1/hexpay/batchPayment/query}). A read: retried
   * on transient failures.
   *
   * @throws NullPointerException when the batch number is null
   * @throws IllegalArgumentException when it is blank
   * @throws dev.paysdk.core.error.InvalidRequestException when it is over 64 characters (nothing sent)
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says no such batch exists
   * @throws dev.paysdk.core.error.ProviderException on any other refusal
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong
   * @throws dev.paysdk.core.error.TransportException when no usable answer came after the allowed retries
   */
  BatchPayoutDetail query(String batchNo);

  /**
   * Cancels a batch that is still pending review ({@code POST /v1/hexpay/batchPayment/cancel}); its
   * frozen balance is released. Sent at most once.
   *
   * @throws NullPointerException when the batch number is null
   * @throws IllegalArgumentException when it is blank
   * @throws dev.paysdk.core.error.InvalidRequestException when it is over 64 characters (nothing sent)
   * @throws BatchCancelRefusedException when the gateway refused, typically because the batch is no
   *     longer pending review
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says no such batch exists
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the cancellation may have happened (no
   *     usable answer, HTTP 429/5xx, a system-error answer such as code 10, or an answer whose
   *     signature does not verify, with the {@link dev.paysdk.core.error.SignatureVerificationException}
   *     as its cause): {@link #query} the batch
   * @throws dev.paysdk.core.error.TransportException when the request provably never left
   */
  BatchCancelResult cancel(String batchNo);
}
