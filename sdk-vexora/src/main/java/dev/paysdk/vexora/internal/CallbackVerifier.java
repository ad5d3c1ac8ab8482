package dev.paysdk.vexora.internal;

import dev.paysdk.core.Money;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.vexora.DisbursementNotification;
import dev.paysdk.vexora.DisbursementNotification.Verification;
import dev.paysdk.vexora.DisbursementQueryResult;
import dev.paysdk.vexora.UnsignedWebhookPolicy;
import dev.paysdk.vexora.VexoraClient;
import dev.paysdk.vexora.VexoraStatus;
import dev.paysdk.vexora.VexoraWebhooks;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies disbursement callbacks: rule C over the top-level JSON fields when {@code sign} is
 * present; otherwise rejection, or confirmation by query when the client allows it. A failure raised
 * before the callback is verified names none of its values (not even its {@code tradeNo}). Immutable
 * and thread-safe.
 */
final class CallbackVerifier implements VexoraWebhooks {
  static final String OPERATION = "webhook.payout";
  static final WebhookAck ACK = WebhookAck.plainText("OK");

  private final VexoraConfig config;
  private final Disbursements disbursements;

  CallbackVerifier(VexoraConfig config, Disbursements disbursements) {
    this.config = config;
    this.disbursements = disbursements;
  }

  @Override
  public WebhookEvent verify(WebhookRequest request) {
    DisbursementNotification n = verifyNotification(request);
    String order = n.providerOrderNo() != null ? n.providerOrderNo() : n.merchantOrderNo();
    return WebhookEvent.builder()
        .providerId(VexoraClient.PROVIDER_ID)
        .type(WebhookEvent.Type.PAYOUT_STATUS)
        .merchantOrderNo(n.merchantOrderNo())
        .providerOrderNo(n.providerOrderNo())
        .payoutStatus(n.status().payoutStatus())
        .rawStatus(n.status().raw())
        .amount(n.amount())
        .fields(n.fields())
        .deduplicationKey(VexoraClient.PROVIDER_ID + ":" + order + ":" + n.status().raw())
        .ack(ACK)
        .providerEvent(n)
        .build();
  }

  @Override
  public DisbursementNotification verifyNotification(WebhookRequest request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = ErrorContext.of(VexoraClient.PROVIDER_ID, OPERATION);
    if (!"POST".equals(request.method())) {
      throw new SignatureVerificationException(ctx, "expected a POST callback");
    }
    Map<String, String> fields;
    try {
      fields = Json.rawFields(request.body());
    } catch (IOException e) {
      throw new SignatureVerificationException(ctx, "the callback body is not a JSON object", e);
    }
    String tradeNo = Wire.blankToNull(fields.get(Wire.TRADE_NO));
    // until the signature matches, nothing the callback says is named in a message (ctx names no
    // order): its tradeNo is whatever the sender wrote, and messages end up in logs
    String sign = fields.get("sign");
    if (sign != null && !sign.isEmpty()) {
      config.signingRule().verify(fields, sign, ctx);
      return signed(fields, tradeNo, ErrorContext.of(VexoraClient.PROVIDER_ID, OPERATION, tradeNo));
    }
    if (config.unsignedWebhooks() != UnsignedWebhookPolicy.CONFIRM_BY_QUERY) {
      throw new SignatureVerificationException(ctx, "the callback carries no signature; unsigned callbacks are"
          + " rejected (unsignedWebhooks is " + config.unsignedWebhooks() + ")");
    }
    return confirmedByQuery(fields, tradeNo, ctx);
  }

  private DisbursementNotification signed(Map<String, String> fields, String tradeNo, ErrorContext ctx) {
    String status = Wire.blankToNull(fields.get(Wire.STATUS));
    if (tradeNo == null || status == null) {
      throw new SignatureVerificationException(ctx, "the callback has no tradeNo or no status");
    }
    Money amount;
    try {
      amount = Wire.money(fields, Wire.AMOUNT, config.currency());
    } catch (IOException e) {
      throw new SignatureVerificationException(ctx, "the callback's amount is not a number", e);
    }
    return new DisbursementNotification(tradeNo, Wire.blankToNull(fields.get(Wire.PLATFORM_TRADE_NO)), amount,
        new VexoraStatus(status), Verification.SIGNATURE, null, fields);
  }

  /**
   * The unsigned callback is only a hint: every value reported comes from the query. Its failures
   * name no value of the callback ({@code ctx} names no order).
   */
  private DisbursementNotification confirmedByQuery(Map<String, String> fields, String tradeNo, ErrorContext ctx) {
    if (tradeNo == null) {
      throw new SignatureVerificationException(ctx, "the unsigned callback has no tradeNo to confirm it by");
    }
    DisbursementQueryResult q;
    try {
      q = disbursements.query(tradeNo);
    } catch (PaymentException e) {
      throw new SignatureVerificationException(ctx, "the unsigned callback could not be confirmed by a query ("
          + e.getClass().getSimpleName() + ")", e);
    }
    String claimed = Wire.blankToNull(fields.get(Wire.PLATFORM_TRADE_NO));
    if (claimed != null && q.providerOrderNo() != null && !claimed.equals(q.providerOrderNo())) {
      throw new SignatureVerificationException(ctx, "the unsigned callback names another gateway order than the query");
    }
    return new DisbursementNotification(q.merchantOrderNo(), q.providerOrderNo(), q.reportedAmount().orElse(null),
        q.status(), Verification.CONFIRMED_BY_QUERY, q, fields);
  }

  @Override
  public String toString() {
    return "VexoraWebhooks[unsignedWebhooks=" + config.unsignedWebhooks() + "]";
  }
}
