package dev.paysdk.hexpay.internal;

import dev.paysdk.core.Page;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.hexpay.CashierOrder;
import dev.paysdk.hexpay.CashierOrderResult;
import dev.paysdk.hexpay.HexpayPayIns;
import dev.paysdk.hexpay.OrderListItem;
import dev.paysdk.hexpay.OrderListQuery;
import dev.paysdk.hexpay.TradeOrder;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Pay-ins over {@link Gateway}. Immutable and thread-safe. */
final class PayInsImpl implements HexpayPayIns {
  private final Gateway gateway;
  private final ResponseMapping answers;

  PayInsImpl(Gateway gateway, ResponseMapping answers) {
    this.gateway = gateway;
    this.answers = answers;
  }

  @Override
  public CashierOrderResult createOrder(CashierOrder order) {
    Objects.requireNonNull(order, "order == null");
    ErrorContext ctx = gateway.context(Op.ORDER_CREATE, order.merchantOrderNo());
    Validation v = new Validation(ctx);
    RequestValidation.cashierOrder(order, v, UnaryOperator.identity(), gateway.config().tronNetworkEnabled());
    v.throwIfInvalid();
    return send(order, ctx).result();
  }

  @Override
  public PayIn create(PayInRequest request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = gateway.context(Op.ORDER_CREATE, request.merchantOrderNo());
    Validation v = new Validation(ctx);
    CashierOrder order = NeutralMapping.cashierOrder(request, gateway.config().defaultGoodsType(), v);
    RequestValidation.cashierOrder(order, v, NeutralMapping::payInRequestName, gateway.config().tronNetworkEnabled());
    v.throwIfInvalid();
    Created created = send(order, ctx);
    return NeutralMapping.payIn(created.result(), order.merchantOrderNo(), created.rawResponse());
  }

  private Created send(CashierOrder order, ErrorContext ctx) {
    Gateway.Answer answer = gateway.call(Op.ORDER_CREATE, WireMapping.cashierOrder(gateway.params(), order), ctx);
    CashierOrderResult result = gateway.read(Op.ORDER_CREATE, ctx, answer,
        a -> answers.cashierOrder(a.data(), order.amount().currency()));
    return new Created(result, answer.body());
  }

  private record Created(CashierOrderResult result, String rawResponse) {}

  @Override
  public TradeOrder query(PayInLookup lookup) {
    return queryAnswer(lookup).order();
  }

  @Override
  public PayIn retrieve(PayInLookup lookup) {
    Queried q = queryAnswer(lookup);
    return NeutralMapping.payIn(q.order(), q.rawResponse());
  }

  private Queried queryAnswer(PayInLookup lookup) {
    Objects.requireNonNull(lookup, "lookup == null");
    ErrorContext ctx = gateway.context(Op.TRADE_QUERY, lookup.merchantOrderNo());
    Validation v = new Validation(ctx);
    RequestValidation.tradeQuery(lookup, v);
    v.throwIfInvalid();
    Gateway.Answer answer = gateway.call(Op.TRADE_QUERY, WireMapping.tradeQuery(gateway.params(), lookup), ctx);
    TradeOrder order = gateway.read(Op.TRADE_QUERY, ctx, answer, a -> answers.tradeOrder(a.data()));
    requireSameOrder(ctx, "payOrderId", lookup.providerOrderNo(), order.payOrderId(), answer.httpStatus());
    requireSameOrder(ctx, "mchOrderNo", lookup.merchantOrderNo(), order.merchantOrderNo(), answer.httpStatus());
    return new Queried(order, answer.body());
  }

  /**
   * Rejects an answer about another order: when a number was asked for, the answer must carry that
   * same number (a missing one is no proof either).
   *
   * @throws TransportException naming both numbers when they differ
   */
  private static void requireSameOrder(ErrorContext ctx, String field, String asked, String answered, int status) {
    if (asked == null || asked.isBlank() || asked.equals(answered)) {
      return;
    }
    String detail = answered == null
        ? "the answer does not name the order asked for: it has no " + field + ", asked for '" + asked + "'"
        : "the answer names another order: " + field + " '" + answered + "', asked for '" + asked + "'";
    throw new TransportException(ctx, detail + "; it is not used", status, null);
  }

  private record Queried(TradeOrder order, String rawResponse) {}

  @Override
  public Page<OrderListItem> listOrders(OrderListQuery query) {
    Objects.requireNonNull(query, "query == null");
    return list(query, UnaryOperator.identity());
  }

  @Override
  public Page<PayIn> list(PayInQuery query) {
    Objects.requireNonNull(query, "query == null");
    return neutralPage(list(NeutralMapping.orderListQuery(query), NeutralMapping::payInQueryName));
  }

  private static Page<PayIn> neutralPage(Page<OrderListItem> page) {
    return new Page<>(page.items().stream().map(NeutralMapping::payIn).toList(), page.pageNumber(), page.pageSize(),
        page.total(), page.pageCount(), n -> neutralPage(page.next()));
  }

  private Page<OrderListItem> list(OrderListQuery query, UnaryOperator<String> names) {
    ErrorContext ctx = gateway.context(Op.ORDER_LIST, null);
    Validation v = new Validation(ctx);
    RequestValidation.orderList(query, v, names);
    v.throwIfInvalid();
    Gateway.Answer answer = gateway.call(Op.ORDER_LIST,
        WireMapping.orderList(gateway.params(), query, gateway.config().zone()), ctx);
    ResponseMapping.ListPage p = gateway.read(Op.ORDER_LIST, ctx, answer, a -> answers.orderList(a.data()));
    // The page number is the one asked for, not the one answered: a gateway that ignored "current"
    // would otherwise make iteration fetch the same page forever.
    int number = query.page() == null ? 1 : query.page();
    int size = p.size() != null ? p.size() : query.pageSize() != null ? query.pageSize() : p.items().size();
    return new Page<>(p.items(), number, size, p.total() == null ? -1 : p.total(),
        p.pages() == null ? -1 : p.pages(), n -> list(query.withPage(n), names));
  }
}
