package dev.paysdk.hexpay;

import dev.paysdk.core.Page;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.PayIns;

/**
 * Hexpay pay-ins: the gateway's own operations, and the neutral {@link PayIns} mapped onto them.
 * Thread-safe.
 *
 * <p>The neutral {@link #create(PayInRequest)} maps {@code merchantOrderNo} to {@code mchOrderNo},
 * {@code amount} to {@code amount} and {@code currency}, {@code customerId} to {@code mchUserId},
 * {@code description} to {@code goods.goodsName} and {@code goods.goodsDetail} (with the client's
 * default goods type), {@code network} to {@code network} (a {@link HexpayNetwork} wire name, any
 * case), and the URLs and client IP as they are.
 */
public interface HexpayPayIns extends PayIns {

  /**
   * Creates a cashier order ({@code POST /v1/hexpay/trade/order}). Sent at most once: a failure
   * after the request may have reached the gateway is an
   * {@link dev.paysdk.core.error.OutcomeUnknownException}; then {@link #query} by the merchant
   * order number tells whether the order exists.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every field error
   * @throws dev.paysdk.core.error.DuplicateOrderException when the gateway says the merchant order
   *     number was used before
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused the order
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the order may have been created: no
   *     usable answer, or an answer whose signature does not verify (then its cause is the
   *     {@link dev.paysdk.core.error.SignatureVerificationException}: nothing in the answer is used)
   * @throws dev.paysdk.core.error.TransportException when the request provably never left
   */
  CashierOrderResult createOrder(CashierOrder order);

  /**
   * Reads an order ({@code GET /v1/hexpay/trade/query}) by the gateway's {@code payOrderId}, the
   * merchant order number, or both. Retried on transient failures.
   *
   * <p>The document marks the answer's {@code sign} as required, so a successful answer without
   * one is rejected; and an answer about another order than the one asked for (its
   * {@code payOrderId} or {@code mchOrderNo} differs from a number given in the lookup) is never
   * returned.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException when a number is too long (nothing sent)
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says the order does not exist
   * @throws dev.paysdk.core.error.ProviderException on any other refusal
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is missing
   *     or wrong, or it is MD5-signed and no app secret is configured
   * @throws dev.paysdk.core.error.TransportException when no usable answer came after the allowed
   *     retries, or the answer names another order than the one asked for
   */
  TradeOrder query(PayInLookup lookup);

  /**
   * Lists orders ({@code GET /v1/hexpay/batch/query}). The page fetches following pages lazily, with
   * the same filters: {@code listOrders(q).autoPaging()} iterates over every matching order.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException when a filter is invalid (nothing sent)
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused
   * @throws dev.paysdk.core.error.TransportException when no usable answer came after the allowed retries
   */
  Page<OrderListItem> listOrders(OrderListQuery query);

  /**
   * {@inheritDoc}
   *
   * <p>Maps the request as the class comment describes and calls {@link #createOrder}. Field
   * errors name the neutral fields ({@code customerId}, {@code description}...).
   *
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every field error
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused the order
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the order may have been created, as
   *     for {@link #createOrder} (an answer whose signature does not verify included)
   * @throws dev.paysdk.core.error.TransportException when no usable answer came
   */
  @Override
  PayIn create(PayInRequest request);

  /**
   * {@inheritDoc}
   *
   * <p>The query answer does not name the order's currency, so {@link PayIn#amount()} is empty;
   * {@link PayIn#paidAmount()} carries the real paid amount when paid. The answer is checked as
   * {@link #query} checks it.
   *
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says the order does not exist
   * @throws dev.paysdk.core.error.ProviderException on any other refusal
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is missing
   *     or wrong
   * @throws dev.paysdk.core.error.TransportException when no usable answer came, or the answer names
   *     another order than the one asked for
   */
  @Override
  PayIn retrieve(PayInLookup lookup);

  /**
   * {@inheritDoc}
   *
   * <p>{@code createdFrom}/{@code createdTo} become {@code createdStart}/{@code createdEnd},
   * {@code status} becomes {@code state}, and {@code pageSize} (0 for the gateway default) becomes
   * {@code size}.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException for {@link dev.paysdk.core.PayInStatus#UNKNOWN}
   *     as a filter, or an inverted time range
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused
   * @throws dev.paysdk.core.error.TransportException when no usable answer came
   */
  @Override
  Page<PayIn> list(PayInQuery query);
}
