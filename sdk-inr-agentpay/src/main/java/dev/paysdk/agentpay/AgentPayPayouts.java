package dev.paysdk.agentpay;

import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.Reconciliation;

/**
 * Payouts of INR AgentPay: the gateway's own operations ({@link #apply}, {@link #query}) and the
 * neutral {@link Payouts} API on top of them. Thread-safe.
 *
 * <p>Money safety: {@link #apply} and {@link #create} are never resent by PaySDK. When one ends
 * in {@link dev.paysdk.core.error.OutcomeUnknownException}, call {@link #reconcile(String)} and
 * send again (with the same merchant order number) only when it says the order does not exist.
 */
public interface AgentPayPayouts extends Payouts {

  /**
   * Applies for a payout ({@code POST /api/agentpay/apply}). Money-moving: sent at most once
   * (resent only when the request provably never left this machine).
   *
   * @return the gateway's answer, when it handled the request
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every field
   *     error: amount not a positive whole number of rupees, currency not INR, merchant order number
   *     missing or longer than 30 characters, phone number not 10 digits starting with 6-9, email
   *     malformed, account name not 2-48 characters, account number missing, bank code not
   *     {@code BANK}, IFSC/VPA missing or malformed, notify URL not an absolute http(s) URL or
   *     carrying a query string or fragment of its own
   * @throws dev.paysdk.core.error.DuplicateOrderException when the gateway says the merchant order
   *     number was used before (the earlier order stands)
   * @throws dev.paysdk.core.error.InsufficientBalanceException when the gateway says the balance is too low
   * @throws dev.paysdk.core.error.AuthenticationException when the gateway refuses the merchant id or signature
   * @throws dev.paysdk.core.error.ProviderException for any other refusal (a {@code retCode} other
   *     than {@code SUCCESS} or {@code 0}, or an HTTP 3xx/4xx answer)
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the request was sent and no
   *     trustworthy answer came back (timeout, lost connection, HTTP 429/5xx, an unreadable 2xx
   *     answer, a refusal whose message says the gateway itself failed such as "system error" or
   *     "timeout, please query", or an answer whose signature does not verify, with the
   *     {@link dev.paysdk.core.error.SignatureVerificationException} as its cause): the payout may
   *     exist: reconcile, do not resend
   * @throws dev.paysdk.core.error.TransportException when the request provably never reached the gateway
   */
  ApplyResult apply(PayoutApply request);

  /**
   * Queries a payout order ({@code POST /api/pay/orderquery}). A read: retried on connection
   * failures, timeouts, HTTP 429 and 5xx.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException when an id is longer than 30 characters
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says the order does not
   *     exist (a refusal whose code or message matches the client's order-not-found pattern)
   * @throws dev.paysdk.core.error.AuthenticationException when the gateway refuses the merchant id or signature
   * @throws dev.paysdk.core.error.ProviderException for any other refusal
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong
   * @throws dev.paysdk.core.error.TransportException when no usable answer came within the retries:
   *     no answer, an unreadable answer, an answer without a status, or an answer about another order
   */
  PayoutQueryResult query(PayoutQuery query);

  /**
   * The neutral payout, sent through {@link #apply}. Mapping: {@code payee.phone} to
   * {@code phoneNumber}, {@code payee.email} to {@code payerEmail}, {@code payee.name()} to
   * {@code accountName}; a {@link dev.paysdk.core.Destination.BankAccount} gives {@code accountNo}
   * (its account number) and {@code extra} (its IFSC, required); a
   * {@link dev.paysdk.core.Destination.Upi} gives its VPA as both {@code accountNo} and
   * {@code extra}; {@code accountBankCode} is a bank account's bank code when given (anything but
   * {@code BANK} is rejected as {@code destination.bankCode}), else {@code BANK}. Not sent, because
   * the gateway has no field for them: {@code payee.identityDocument} and a bank account's
   * {@code bankId}, {@code cci} and {@code accountType}. Other destinations are rejected. Validation
   * errors name the neutral fields ({@code payee.phone}, {@code destination.ifsc}...). A payout the
   * gateway marks failed at once (status 3) has its {@code retMsg} as failure reason.
   *
   * @throws dev.paysdk.core.error.PaymentException as {@link #apply}
   */
  @Override
  Payout create(PayoutRequest request);

  /**
   * The neutral payout, read through {@link #query}.
   *
   * @throws dev.paysdk.core.error.PaymentException as {@link #query}
   */
  @Override
  Payout retrieve(PayoutLookup lookup);

  /**
   * Finds out what became of an apply whose outcome is unknown, with the client's
   * {@link dev.paysdk.core.Reconciler} (default {@link dev.paysdk.core.Reconciler#defaults()}):
   * queries by merchant order number until the gateway reports the order with a status, or keeps
   * saying it does not exist.
   *
   * @throws dev.paysdk.core.error.TransportException when the gateway could not be asked in time
   * @throws dev.paysdk.core.error.ProviderException when the gateway refuses the queries
   */
  @Override
  Reconciliation reconcile(String merchantOrderNo);
}
