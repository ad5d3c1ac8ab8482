package dev.paysdk.agentpay;

import dev.paysdk.agentpay.AgentPayGateway.Operations;
import dev.paysdk.agentpay.AgentPayReaders.Bound;
import dev.paysdk.agentpay.ApplyValidator.FieldNames;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Payout apply and query, and the neutral payouts API on them. Immutable, thread-safe. */
record DefaultAgentPayPayouts(
    Exchange<AgentPayAnswer> exchange,
    Wire wire,
    Operations operations,
    Reconciler reconciler) implements AgentPayPayouts {

  @Override
  public ApplyResult apply(PayoutApply request) {
    Objects.requireNonNull(request, "request == null");
    return send(request, FieldNames.NATIVE, null, List.of());
  }

  @Override
  public Payout create(PayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    NeutralMapping.Mapped mapped = NeutralMapping.toApply(request);
    ApplyResult result = send(mapped.apply(), mapped.names(), mapped.destinationError(), request.inputErrors());
    return NeutralMapping.toPayout(result, request.amount());
  }

  private ApplyResult send(PayoutApply request, FieldNames names, String destinationError,
      List<dev.paysdk.core.error.FieldError> inputErrors) {
    List<String> sensitive = sensitive(request);
    return exchange.call(operations.apply(), request.merchantOrderNo())
        .validate(v -> {
          v.addAll(inputErrors);
          if (destinationError != null) {
            v.add("destination", destinationError);
          }
          ApplyValidator.check(request, names, v);
        })
        .params(() -> wire.apply(request))
        .expect(AnswerBinding.order(request.merchantOrderNo()))
        .sensitive(sensitive.toArray(String[]::new))
        .run(a -> AgentPayReaders.apply(a, request, sensitive), Bound::about)
        .result();
  }

  @Override
  public PayoutQueryResult query(PayoutQuery query) {
    Objects.requireNonNull(query, "query == null");
    return exchange.call(operations.query(), query.merchantOrderNo())
        .validate(v -> {
          v.maxLength("merchantOrderNo", query.merchantOrderNo(), ApplyValidator.MAX_ORDER_NO);
          v.maxLength("agentpayOrderId", query.agentpayOrderId(), ApplyValidator.MAX_ORDER_NO);
        })
        .params(() -> wire.query(query))
        .expect(AnswerBinding.order(query.merchantOrderNo()).providerOrderNo(query.agentpayOrderId()))
        .run(a -> AgentPayReaders.query(a, query), Bound::about)
        .result();
  }

  @Override
  public Payout retrieve(PayoutLookup lookup) {
    Objects.requireNonNull(lookup, "lookup == null");
    return NeutralMapping.toPayout(query(new PayoutQuery(lookup.merchantOrderNo(), lookup.providerOrderNo())));
  }

  @Override
  public Reconciliation reconcile(String merchantOrderNo) {
    return reconciler.reconcile(this, merchantOrderNo);
  }

  /**
   * The request's private values, masked wherever a refusal or message echoes them: the account
   * number, holder's name, phone, email, and a VPA (an IFSC names a bank branch, not a person).
   */
  static List<String> sensitive(PayoutApply r) {
    List<String> values = new ArrayList<>();
    add(values, r.accountNo());
    add(values, r.accountName());
    add(values, r.phoneNumber());
    add(values, r.payerEmail());
    if (r.ifscOrVpa() != null && r.ifscOrVpa().indexOf('@') >= 0) {
      add(values, r.ifscOrVpa());
    }
    return List.copyOf(values);
  }

  private static void add(List<String> values, String v) {
    if (v != null && !v.isBlank()) {
      values.add(v);
    }
  }
}
