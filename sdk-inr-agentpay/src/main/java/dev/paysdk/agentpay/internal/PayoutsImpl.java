package dev.paysdk.agentpay.internal;

import static dev.paysdk.agentpay.AgentPayClient.PROVIDER_ID;

import dev.paysdk.agentpay.AgentPayPayouts;
import dev.paysdk.agentpay.ApplyResult;
import dev.paysdk.agentpay.PayoutApply;
import dev.paysdk.agentpay.PayoutQuery;
import dev.paysdk.agentpay.PayoutQueryResult;
import dev.paysdk.agentpay.internal.ApplyValidator.FieldNames;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.core.internal.WireParams;
import java.io.IOException;
import java.util.Objects;

/** Payout apply and query, and the neutral payouts API on them. Immutable, thread-safe. */
final class PayoutsImpl implements AgentPayPayouts {
  static final String APPLY = "payout.apply";
  static final String QUERY = "payout.query";

  private final Exchange exchange;
  private final AgentPayConfig config;

  PayoutsImpl(Exchange exchange) {
    this.exchange = exchange;
    this.config = exchange.config();
  }

  @Override
  public ApplyResult apply(PayoutApply request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = ErrorContext.of(PROVIDER_ID, APPLY, request.merchantOrderNo());
    ApplyValidator.validate(request, FieldNames.NATIVE, ctx);
    return send(request, ctx);
  }

  @Override
  public Payout create(PayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = ErrorContext.of(PROVIDER_ID, APPLY, request.merchantOrderNo());
    Validation v = new Validation(ctx);
    NeutralMapping.Mapped mapped = NeutralMapping.toApply(request, v);
    ApplyValidator.check(mapped.apply(), mapped.names(), v);
    v.throwIfInvalid();
    ApplyResult result = send(mapped.apply(), ctx);
    return NeutralMapping.toPayout(result, request.amount());
  }

  @Override
  public PayoutQueryResult query(PayoutQuery query) {
    Objects.requireNonNull(query, "query == null");
    ErrorContext ctx = ErrorContext.of(PROVIDER_ID, QUERY, query.merchantOrderNo());
    Validation v = new Validation(ctx);
    v.maxLength("merchantOrderNo", query.merchantOrderNo(), ApplyValidator.MAX_ORDER_NO);
    v.maxLength("agentpayOrderId", query.agentpayOrderId(), ApplyValidator.MAX_ORDER_NO);
    v.throwIfInvalid();
    String reqTime = Wire.reqTime(config.httpOptions().clock(), config.zone());
    WireParams params = Wire.query(config.merchantId(), query, reqTime, config.signingRule());
    Answer answer = exchange.read(config.queryPath(), params, ctx,
        (c, code, msg, http) -> AgentPayErrors.queryRefusal(c, code, msg, http, config.orderNotFoundPattern()));
    return QueryReader.read(answer, query, ctx);
  }

  @Override
  public Payout retrieve(PayoutLookup lookup) {
    Objects.requireNonNull(lookup, "lookup == null");
    PayoutQueryResult result = query(new PayoutQuery(lookup.merchantOrderNo(), lookup.providerOrderNo()));
    return NeutralMapping.toPayout(result);
  }

  @Override
  public Reconciliation reconcile(String merchantOrderNo) {
    return config.reconciler().reconcile(this, merchantOrderNo);
  }

  private ApplyResult send(PayoutApply request, ErrorContext ctx) {
    WireParams params = Wire.apply(config.merchantId(), request, config.signingRule());
    HttpResponse response = exchange.sendMoneyMoving(config.applyPath(), params, ctx);
    Answer answer;
    try {
      answer = Answer.parse(response);
    } catch (IOException e) {
      if (response.isSuccessful()) {
        throw new OutcomeUnknownException(ctx, "the gateway's answer cannot be read (" + e.getMessage() + ")",
            response.status(), e);
      }
      throw Exchange.unreadable(response, ctx, e);
    }
    try {
      answer.verified(config.signingRule(), ctx);
    } catch (SignatureVerificationException e) {
      // The gateway answered, but nothing in the answer is trusted: the payout may have been created.
      throw new OutcomeUnknownException(ctx, "the gateway's answer to the payout apply did not pass signature"
          + " verification, so nothing in it is trusted and the payout may have been created", e);
    }
    if (!answer.handled()) {
      if (answer.retCode() == null && response.isSuccessful()) {
        throw new OutcomeUnknownException(ctx, "the gateway's answer carries no retCode", response.status(), null);
      }
      if (AgentPayErrors.saysTheGatewayFailed(answer.retMsg())) {
        // "system error", "timeout, please query"...: the gateway failed while handling the apply,
        // possibly after storing it, so this is no refusal that a new order number could follow
        throw new OutcomeUnknownException(ctx, "the gateway answered " + answer.retCode() + " with \""
            + answer.retMsg() + "\", a failure on its side rather than a refusal", response.status(), null);
      }
      throw AgentPayErrors.applyRefusal(ctx, answer.retCode(), answer.retMsg(), response.status());
    }
    try {
      return new ApplyResult(request.merchantOrderNo(), answer.text(Wire.AGENTPAY_ORDER_ID), answer.paise(Wire.FEE),
          answer.text(Wire.STATUS), answer.retCode(), answer.retMsg(), answer.text(Wire.EXTRA), answer.body());
    } catch (IOException e) {
      throw new OutcomeUnknownException(ctx, "the gateway accepted the payout but its answer cannot be read ("
          + e.getMessage() + ")", response.status(), e);
    }
  }

  /** Reads a handled query answer. */
  static final class QueryReader {
    private QueryReader() {}

    static PayoutQueryResult read(Answer a, PayoutQuery asked, ErrorContext ctx) {
      String status = a.text(Wire.STATUS);
      if (status == null) {
        throw new TransportException(ctx, "the gateway's answer carries no order status", a.httpStatus(), null);
      }
      String mchOrderNo = a.text(Wire.MCH_ORDER_NO);
      String agentpayOrderId = a.text(Wire.AGENTPAY_ORDER_ID);
      // An answer about another order must never settle a reconciliation.
      requireSame("merchant order", asked.merchantOrderNo(), mchOrderNo, a, ctx);
      requireSame("agentpay order", asked.agentpayOrderId(), agentpayOrderId, a, ctx);
      try {
        return new PayoutQueryResult(mchOrderNo != null ? mchOrderNo : asked.merchantOrderNo(),
            agentpayOrderId != null ? agentpayOrderId : asked.agentpayOrderId(), a.text(Wire.CHANNEL_PAY_NO),
            a.paise(Wire.AMOUNT), a.paise(Wire.FEE), status, a.text(Wire.ERROR_MESSAGE), a.retCode(), a.retMsg(),
            a.body());
      } catch (IOException e) {
        throw new TransportException(ctx, "the gateway's answer cannot be read (" + e.getMessage() + ")",
            a.httpStatus(), e);
      }
    }

    private static void requireSame(String what, String asked, String answered, Answer a, ErrorContext ctx) {
      if (asked != null && answered != null && !asked.equals(answered)) {
        throw new TransportException(ctx, "the gateway answered about " + what + " " + answered + ", not " + asked,
            a.httpStatus(), null);
      }
    }
  }
}
