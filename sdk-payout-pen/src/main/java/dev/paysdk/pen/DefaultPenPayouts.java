package dev.paysdk.pen;

import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.internal.Validation;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The gateway's payout calls and the neutral payouts on top of them. Immutable, thread-safe. */
final class DefaultPenPayouts implements PenPayouts {
  private final PenConfig config;
  private final Exchange<PenAnswer> exchange;
  private final Operation create;
  private final Operation query;

  DefaultPenPayouts(PenConfig config, Exchange<PenAnswer> exchange) {
    this.config = config;
    this.exchange = exchange;
    Operation.AnswerSignature policy = config.signedAnswersRequired() ? Operation.AnswerSignature.REQUIRED : null;
    this.create = policy == null ? PenGateway.PAYOUT_CREATE : PenGateway.PAYOUT_CREATE.withAnswerSignature(policy);
    this.query = policy == null ? PenGateway.PAYOUT_QUERY : PenGateway.PAYOUT_QUERY.withAnswerSignature(policy);
  }

  @Override
  public PenPayoutResult payOut(PenPayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    return send(request, null, java.util.List.of()).result();
  }

  @Override
  public Payout create(PayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    NeutralMapping.Mapped mapped = NeutralMapping.toPen(request);
    Created created = send(mapped.request(), mapped, request.inputErrors());
    return NeutralMapping.toPayout(created.result(), mapped.request(), created.rawResponse());
  }

  @Override
  public PenPayoutDetails query(PenPayoutQuery query) {
    Objects.requireNonNull(query, "query == null");
    return query(query, query.merchantOrderNo()).details();
  }

  @Override
  public Payout retrieve(PayoutLookup lookup) {
    Objects.requireNonNull(lookup, "lookup == null");
    boolean byOrderNo = lookup.providerOrderNo() != null && !lookup.providerOrderNo().isBlank();
    PenPayoutQuery query = byOrderNo ? PenPayoutQuery.byOrderNo(lookup.providerOrderNo())
        : PenPayoutQuery.byMerchantOrderNo(lookup.merchantOrderNo());
    // a lookup by orderNo sends only orderNo; the merchant order number it also names must still match
    Queried queried = query(query, lookup.merchantOrderNo());
    return NeutralMapping.toPayout(queried.details(), lookup.merchantOrderNo(), queried.rawResponse());
  }

  /** Reconciles with the client's {@code reconciler(...)} timing. */
  @Override
  public Reconciliation reconcile(String merchantOrderNo) {
    return config.reconciler().reconcile(this, merchantOrderNo);
  }

  private record Created(PenPayoutResult result, String rawResponse) {}

  private record Queried(PenPayoutDetails details, String rawResponse) {}

  /**
   * Sends a create. {@code neutral} is the neutral request's mapping, whose problems are reported
   * first and under neutral field names; null for a native request.
   */
  private Created send(PenPayoutRequest request, NeutralMapping.Mapped neutral,
      java.util.List<FieldError> inputErrors) {
    String notifyUrl = isBlank(request.notifyUrl()) ? config.defaultNotifyUrl() : request.notifyUrl();
    return exchange.call(create, request.merchantOrderNo())
        .validate(v -> validate(v.addAll(inputErrors), request, notifyUrl, neutral))
        .params(() -> PenWire.payOut(request, notifyUrl, Nonces.next()))
        .expect(AnswerBinding.order(request.merchantOrderNo()).amount(request.amount()))
        .sensitive(request.accountNo(), request.cciAccountNo(), request.accountName(), request.idCard(),
            request.phone(), request.email())
        .run(answer -> new Created(PenWire.readPayOut(answer.dataFields(), config), answer.body()),
            c -> new AnswerBinding(c.result().merchantOrderNo(), c.result().orderNo(), c.result().amount()));
  }

  private void validate(Validation v, PenPayoutRequest request, String notifyUrl, NeutralMapping.Mapped neutral) {
    if (neutral == null) {
      new PenRequestValidator(v, UnaryOperator.identity(), Set.of()).check(request, notifyUrl, config);
      return;
    }
    for (FieldError problem : neutral.problems()) {
      v.add(problem.field(), problem.message());
    }
    new PenRequestValidator(v, NeutralMapping::neutralName, neutral.reported()).check(request, notifyUrl, config);
  }

  /**
   * Sends a query; every attempt carries a fresh nonce and signature (a gateway that accepts each
   * nonce once would refuse a resent body as a replay).
   *
   * @param merchantOrderNo the merchant order number the answer must be about (and errors name), or null
   */
  private Queried query(PenPayoutQuery query, String merchantOrderNo) {
    return exchange.call(this.query, merchantOrderNo)
        .validate(v -> {
          if (isBlank(query.orderNo()) && isBlank(query.merchantOrderNo())) {
            v.add("orderNo", "orderNo or merchantOrderNo is required");
          }
          v.maxLength("orderNo", query.orderNo(), PenRequestValidator.MAX_LENGTH);
          v.maxLength("merchantOrderNo", query.merchantOrderNo(), PenRequestValidator.MAX_LENGTH);
        })
        .params(() -> PenWire.query(query, Nonces.next()))
        .expect(AnswerBinding.order(merchantOrderNo).providerOrderNo(query.orderNo()))
        .run(answer -> new Queried(PenWire.readDetails(answer.dataFields(), config), answer.body()),
            q -> new AnswerBinding(q.details().merchantOrderNo(), q.details().orderNo(), null));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
