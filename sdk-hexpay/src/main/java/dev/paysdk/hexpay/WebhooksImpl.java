package dev.paysdk.hexpay;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.CanonicalStyle;
import dev.paysdk.core.gateway.FieldReader;
import dev.paysdk.core.gateway.GatewayWebhooks;
import dev.paysdk.core.gateway.InboundFields;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.OperationNames;
import dev.paysdk.core.gateway.Shape;
import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookRequest;
import java.util.Map;
import java.util.Set;

/** Pay-in callback verification. Immutable and thread-safe. */
final class WebhooksImpl extends GatewayWebhooks<HexpayPayInNotification> implements HexpayWebhooks {
  private static final WebhookAck ACK = WebhookAck.plainText("SUCCESS");
  private static final Map<String, Shape> SHAPES = Map.ofEntries(
      Map.entry("payOrderId", Shape.IDENTIFIER), Map.entry("mchOrderNo", Shape.IDENTIFIER),
      Map.entry("state", Shape.STATUS), Map.entry("settleState", Shape.STATUS),
      Map.entry("amount", Shape.AMOUNT), Map.entry("realPayAmount", Shape.AMOUNT),
      Map.entry("refundAmount", Shape.AMOUNT), Map.entry("settleAmount", Shape.AMOUNT),
      Map.entry("currency", Shape.CURRENCY), Map.entry("realPayCurrency", Shape.CURRENCY),
      Map.entry("settleCurrency", Shape.CURRENCY), Map.entry("mchNo", Shape.MERCHANT_ID),
      Map.entry("appId", Shape.IDENTIFIER));
  /** The callback's documented fields. */
  private static final Set<String> FIELDS = Set.of("payOrderId", "amount", "mchOrderNo", "sign", "signType", "mchName",
      "realNetwork", "wayCode", "payWay", "successUrl", "failUrl", "reqTime", "realPayCurrency", "createdAt", "appId",
      "successTime", "mchUserId", "currency", "realPayAmount", "state", "mchNo", "refundAmount", "updatedAt",
      "settleCurrency", "settleAmount", "settleState");

  private final HexpayConfig config;

  WebhooksImpl(HexpayConfig config, PaySdkObserver observer) {
    super(HexpayClient.PROVIDER_ID, OperationNames.WEBHOOK_PAYIN, ACK, observer,
        InboundFields.sources(InboundFields.Source.FORM, InboundFields.Source.JSON, InboundFields.Source.QUERY),
        CanonicalStyle.FRAGMENTS, SHAPES, FIELDS);
    this.config = config;
  }

  @Override
  protected void checkSignature(Map<String, String> fields, WebhookRequest request, ErrorContext ctx) {
    config.verifier().verify(fields, fields.get("sign"), ctx, "the callback", "");
    String mchNo = fields.get("mchNo");
    if (mchNo == null || mchNo.isEmpty()) {
      throw new SignatureVerificationException(ctx, "the callback names no merchant (mchNo)");
    }
    if (!mchNo.equals(config.mchNo())) {
      throw new SignatureVerificationException(ctx, "the callback is for merchant " + mchNo + ", not for this client's "
          + config.mchNo());
    }
  }

  @Override
  protected HexpayPayInNotification read(Map<String, String> fields) {
    FieldReader r = FieldReader.of(fields);
    String payOrderId = r.requiredText("payOrderId");
    Integer state = r.integer("state");
    if (state == null) {
      throw new MalformedAnswerException("field 'state' is missing");
    }
    Integer settleState = r.integer("settleState");
    return new HexpayPayInNotification(payOrderId, r.text("mchOrderNo"), r.money("amount", "currency"),
        HexpayStatuses.payIn(state), state, r.text("mchNo"), r.text("mchName"), r.text("appId"), r.text("mchUserId"),
        r.text("wayCode"), r.text("payWay"), r.text("realNetwork"), r.money("realPayAmount", "realPayCurrency"),
        r.decimal("refundAmount"), r.money("settleAmount", "settleCurrency"),
        settleState == null ? null : HexpayStatuses.settle(settleState), settleState, r.text("successUrl"),
        r.text("failUrl"), instant(r, "reqTime"), instant(r, "createdAt"), instant(r, "successTime"),
        instant(r, "updatedAt"), fields);
  }

  private java.time.Instant instant(FieldReader r, String field) {
    return r.instant(field, t -> Times.parse(field, t, config.zone()));
  }

  @Override
  protected Report report(HexpayPayInNotification n, Map<String, String> fields) {
    return Report.payIn(n.merchantOrderNo(), n.payOrderId(), n.status(), fields.get("state"), n.amount(), // the signed text, as the key has it
        deduplicationKey(fields, "payOrderId", "state"));
  }
}
