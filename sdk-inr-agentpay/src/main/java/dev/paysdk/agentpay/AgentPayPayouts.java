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
   * (resent only when the request provably never left this machine), on a connection of its own.
   * The handled answer must carry a valid {@code sign} (unless the client was built with
   * {@code requireSignedAnswers(false)}); the documented answer names neither the merchant order
   * number nor the amount (a {@code mchOrderNo} it carries anyway must be this request's).
   *
   * @return the gateway's answer, when it handled the request
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every field
   *     error: amount not a positive whole number of rupees, currency not INR, merchant order number
   *     missing, longer than 30 characters or holding anything but letters, digits, {@code _ - .},
   *     phone number not 10 digits starting with 6-9, email malformed, account name not 2-48
   *     characters, account number missing, bank code not {@code BANK}, IFSC/VPA missing or malformed,
   *     notify URL not an absolute http(s) URL or carrying a query string or fragment of its own
   * @throws dev.paysdk.core.error.DuplicateOrderException when the gateway says the merchant order
   *     number was used before ("duplicate", "repeat order", "already exists"...): the earlier order stands
   * @throws dev.paysdk.core.error.InsufficientBalanceException when the gateway says the balance is too low
   * @throws dev.paysdk.core.error.AuthenticationException when the gateway refuses the merchant id or
   *     signature (or answers HTTP 401/403)
   * @throws dev.paysdk.core.error.ProviderException for any other refusal (a {@code retCode} other
   *     than {@code SUCCESS} or {@code 0}, or an unreadable HTTP 4xx answer other than 408, 425, 499);
   *     its message has the request's account number, name, phone, email and VPA masked
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the request was sent and no
   *     trustworthy answer came back (timeout, lost connection, HTTP 429/5xx, an unreadable 2xx, 3xx,
   *     408, 425 or 499 answer, a refusal whose message or code says the gateway itself failed such as
   *     "system error" or "timeout, please query", a handled answer without a valid signature (cause:
   *     the {@link dev.paysdk.core.error.SignatureVerificationException}), an unsigned answer saying the
   *     payout failed, or an answer about another order): the payout may exist: reconcile, do not resend
   * @throws dev.paysdk.core.error.TransportException when the request provably never reached the gateway
   * @throws IllegalStateException when the client was closed
   */
  ApplyResult apply(PayoutApply request);

  /**
   * Queries a payout order ({@code POST /api/pay/orderquery}). A read: retried on connection
   * failures, timeouts, HTTP 429 and 5xx, each attempt with a fresh {@code reqTime} and signature.
   * The handled answer must carry a valid {@code sign} (unless the client was built with
   * {@code requireSignedAnswers(false)}), and the order numbers it names must be the ones asked for.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException when an id is longer than 30 characters
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says the order does not
   *     exist (a refusal whose code or message matches the client's order-not-found pattern)
   * @throws dev.paysdk.core.error.AuthenticationException when the gateway refuses the merchant id or
   *     signature (or answers HTTP 401/403)
   * @throws dev.paysdk.core.error.ProviderException for any other refusal
   * @throws dev.paysdk.core.error.SignatureVerificationException when a handled answer's signature is
   *     wrong or missing
   * @throws dev.paysdk.core.error.TransportException when no usable answer came within the retries:
   *     no answer, an unreadable answer, an answer without a status, an answer about another order, an
   *     unsigned answer saying the payout failed, or a refusal saying the gateway itself failed
   * @throws IllegalStateException when the client was closed
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
   * gateway marks failed at once (status 3, in a signed answer) has its {@code retMsg} as failure
   * reason, with the request's account number, name, phone, email and VPA masked.
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
   * saying it does not exist. An answer that cannot be trusted (unsigned, about another order, an
   * unsigned "failed") settles nothing: the queries go on.
   *
   * @throws dev.paysdk.core.error.OutcomeUnknownException (operation {@code payout.reconcile}) when
   *     the outcome is still unknown when the reconciler's time is up: still do not resend
   * @throws dev.paysdk.core.error.ProviderException when the gateway refuses the queries
   */
  @Override
  Reconciliation reconcile(String merchantOrderNo);
}
