package dev.paysdk.pen;

import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Payouts;

/**
 * The gateway's payout calls, and the neutral {@link Payouts} on top of them. Thread-safe.
 *
 * <p>Neutral mapping of {@link #create(PayoutRequest)}: the destination must be a
 * {@link dev.paysdk.core.Destination.BankAccount}; its {@code accountNumber} is {@code accountNo},
 * {@code cci} is {@code cciAccountNo}, {@code accountType} and {@code bankId} are the gateway's
 * integer codes written as text; the payee's {@code name()} is {@code accountName}, its identity
 * document gives {@code idType} and {@code idCard}, its phone and email are sent as given; a
 * missing remark becomes the merchant order number (the gateway requires a remark). Validation
 * errors name these neutral fields ({@code destination.bankId}, {@code payee.identityDocument}...).
 * Not sent, because the gateway has no field for them: a bank account's {@code bankCode} and
 * {@code ifsc} (the gateway names the bank by {@code bankId} alone).
 *
 * <p>{@link #reconcile(String)} of the client's payouts uses the client's {@code reconciler(...)}
 * timing (default {@link dev.paysdk.core.Reconciler#defaults()}).
 */
public interface PenPayouts extends Payouts {

  /**
   * Creates a payout order ({@code POST /api/payOut}). Money-moving: sent at most once, never
   * resent by the SDK.
   *
   * <p>A code other than 200 is a refusal (nothing was paid) unless it is from 500 to 599, is not a
   * number, or comes with a message saying the gateway itself failed ("system error", "request
   * timeout, please query"): those say that the gateway failed, possibly after storing the order,
   * and are an {@code OutcomeUnknownException}. The answer must name the merchant order number and
   * amount sent (when it names them); one about another order or amount is an
   * {@code OutcomeUnknownException} too. A refusal's message is cleared of the request's account
   * numbers, name, document number, phone and email before it reaches the exception.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every failed rule
   * @throws dev.paysdk.core.error.ProviderException when the gateway answered with a numeric code other
   *     than 200 and outside 500-599, or HTTP 4xx (other than 408, 425, 429, 499) without a readable
   *     answer: nothing was paid. Its subtypes say why when the code or message tells:
   *     {@link dev.paysdk.core.error.AuthenticationException} (HTTP 401 or 403, code 401 or 403, a
   *     message about the signature or merchant),
   *     {@link dev.paysdk.core.error.DuplicateOrderException},
   *     {@link dev.paysdk.core.error.InsufficientBalanceException}
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the request may have been executed and no
   *     answer tells (timeout after sending, HTTP 3xx/408/425/429/499/5xx without a readable answer, a
   *     code from 500 to 599 or one that is not a number, an unreadable answer, an answer about another
   *     order, or an answer whose {@code Sign} header does not match it, with the
   *     {@link dev.paysdk.core.error.SignatureVerificationException} as its cause): reconcile by merchant
   *     order number, do not resend
   * @throws dev.paysdk.core.error.TransportException when the request provably never left
   * @throws IllegalStateException when the client was closed
   */
  PenPayoutResult payOut(PenPayoutRequest request);

  /**
   * Queries a payout order ({@code POST /api/payOutQuery}). A read: retried on connection failures,
   * timeouts, HTTP 429 and 5xx, each attempt with a fresh {@code nonceStr} and its own signature (a
   * gateway that accepts each nonce once would refuse a resent body as a replay). The answer must
   * name the order numbers asked for (when it names them).
   *
   * @throws dev.paysdk.core.error.InvalidRequestException when neither number is given, or one is too long
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says there is no such order
   *     (see {@link PenPayoutClient.Builder#orderNotFoundCodes} for how that is recognised)
   * @throws dev.paysdk.core.error.ProviderException on any other refusal
   * @throws dev.paysdk.core.error.TransportException when no readable answer came within the retries,
   *     the gateway answered a code from 500 to 599 or said it failed itself, or the answer is about
   *     another order
   * @throws dev.paysdk.core.error.SignatureVerificationException when an answer's {@code Sign} header
   *     does not match it
   * @throws IllegalStateException when the client was closed
   */
  PenPayoutDetails query(PenPayoutQuery query);

  /**
   * {@inheritDoc}
   *
   * <p>Sends {@link #payOut} with the fields mapped as described on this interface.
   */
  @Override
  Payout create(PayoutRequest request);

  /**
   * {@inheritDoc}
   *
   * <p>Queries by the provider order number when the lookup has one (the gateway's
   * recommendation), else by the merchant order number. When the lookup has both, an answer naming
   * another merchant order number is not trusted ({@link dev.paysdk.core.error.TransportException}).
   * The neutral {@code failureReason} is the gateway's {@code resultDesc} of a {@code FAILED} payout,
   * with control characters removed and cut to 300 characters.
   */
  @Override
  Payout retrieve(PayoutLookup lookup);

}
