package dev.paysdk.hexpay;

import dev.paysdk.core.Page;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.Exchange;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Pay-ins over the exchange. The cashier order's answer names no merchant order number (the
 * document's answer carries {@code payOrderId}, {@code amount} and {@code currency} only): it is
 * checked against the order's amount and currency, and a cashier order rides a connection of its
 * own, which no other answer can reach. Immutable and thread-safe.
 */
record PayInsImpl(
    Exchange<HexpayAnswer> exchange,
    HexpayProtocol protocol,
    HexpayConfig config,
    ResponseMapping answers) implements HexpayPayIns {

  @Override
  public CashierOrderResult createOrder(CashierOrder order) {
    Objects.requireNonNull(order, "order == null");
    return send(order, v -> RequestValidation.cashierOrder(order, v, UnaryOperator.identity(),
        config.tronNetworkEnabled())).result();
  }

  @Override
  public PayIn create(PayInRequest request) {
    Objects.requireNonNull(request, "request == null");
    CashierOrder[] mapped = new CashierOrder[1];
    Created created = send(request.merchantOrderNo(), v -> {
      v.addAll(request.inputErrors());
      mapped[0] = NeutralMapping.cashierOrder(request, config.defaultGoodsType(), v);
      RequestValidation.cashierOrder(mapped[0], v, NeutralMapping::payInRequestName, config.tronNetworkEnabled());
    }, () -> mapped[0]);
    return NeutralMapping.payIn(created.result(), request.merchantOrderNo(), created.rawResponse());
  }

  private Created send(CashierOrder order, java.util.function.Consumer<dev.paysdk.core.internal.Validation> check) {
    return send(order.merchantOrderNo(), check, () -> order);
  }

  private Created send(String merchantOrderNo, java.util.function.Consumer<dev.paysdk.core.internal.Validation> check,
      java.util.function.Supplier<CashierOrder> order) {
    Exchange<HexpayAnswer>.Call call = exchange.call(HexpayOperations.ORDER_CREATE, merchantOrderNo).validate(check);
    call.params(() -> WireMapping.cashierOrder(protocol.params(), order.get()).build());
    return call.expect(() -> expected(order.get())).run(
        a -> new Created(answers.cashierOrder(a.data(), order.get().amount().currency()), a.body()),
        c -> AnswerBinding.NONE.amount(c.result().amount()));
  }

  /**
   * The amount asked for; unknown when the order lets the gateway change currency
   * ({@code autoChangeCurrency}), whose answer may name another currency and amount.
   */
  private static AnswerBinding expected(CashierOrder order) {
    return Boolean.TRUE.equals(order.autoChangeCurrency()) ? AnswerBinding.NONE : AnswerBinding.NONE.amount(order.amount());
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
    return exchange.call(HexpayOperations.TRADE_QUERY, lookup.merchantOrderNo())
        .validate(v -> RequestValidation.tradeQuery(lookup, v))
        .params(() -> WireMapping.tradeQuery(protocol.params(), lookup).build())
        .expect(AnswerBinding.order(lookup.merchantOrderNo()).providerOrderNo(lookup.providerOrderNo()).requireNamed())
        .run(a -> new Queried(answers.tradeOrder(a.data()), a.body()),
            q -> AnswerBinding.order(q.order().merchantOrderNo()).providerOrderNo(q.order().payOrderId()));
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
    ResponseMapping.ListPage p = exchange.call(HexpayOperations.ORDER_LIST, null)
        .validate(v -> RequestValidation.orderList(query, v, names))
        .params(() -> WireMapping.orderList(protocol.params(), query, config.zone()).build())
        .run(a -> answers.orderList(a.data()));
    // The page number is the one asked for, not the one answered: a gateway that ignored "current"
    // would otherwise make iteration fetch the same page forever.
    int number = query.page() == null ? 1 : query.page();
    int size = p.size() != null ? p.size() : query.pageSize() != null ? query.pageSize() : p.items().size();
    return new Page<>(p.items(), number, size, p.total() == null ? -1 : p.total(),
        p.pages() == null ? -1 : p.pages(), n -> list(query.withPage(n), names));
  }
}
