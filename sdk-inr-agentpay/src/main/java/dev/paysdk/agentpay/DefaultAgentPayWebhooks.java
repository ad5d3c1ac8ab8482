package dev.paysdk.agentpay;

import static dev.paysdk.agentpay.AgentPayClient.PROVIDER_ID;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.CanonicalStyle;
import dev.paysdk.core.gateway.FieldReader;
import dev.paysdk.core.gateway.GatewayText;
import dev.paysdk.core.gateway.GatewayWebhooks;
import dev.paysdk.core.gateway.InboundFields;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.OperationNames;
import dev.paysdk.core.gateway.Shape;
import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Payout callbacks on the kit: fields from the URL query and a form body, rule A's
 * {@code key=value&} fragments, the documented shapes of the order numbers, status and amounts.
 * {@code channelPayNo} (the bank's UTR) and {@code errorMessage} have no documented shape; the kit
 * still rejects them when they hold another field's {@code &name=} fragment. Immutable, thread-safe.
 */
final class DefaultAgentPayWebhooks extends GatewayWebhooks<AgentPayCallback> implements AgentPayWebhooks {
  static final WebhookAck ACK = WebhookAck.plainText("success");

  static final Map<String, Shape> SHAPES = Map.of(
      Wire.MCH_ORDER_NO, Shape.IDENTIFIER,
      Wire.AGENTPAY_ORDER_ID, Shape.IDENTIFIER,
      Wire.STATUS, Shape.STATUS,
      Wire.AMOUNT, Shape.AMOUNT,
      Wire.FEE, Shape.AMOUNT);

  static final Set<String> DOCUMENTED = Set.of(Wire.AMOUNT, Wire.MCH_ORDER_NO, Wire.FEE, Wire.CHANNEL_PAY_NO,
      Wire.SIGN, Wire.AGENTPAY_ORDER_ID, Wire.STATUS, Wire.ERROR_MESSAGE);

  private final SigningRule rule;

  DefaultAgentPayWebhooks(SigningRule rule, PaySdkObserver observer) {
    super(PROVIDER_ID, OperationNames.WEBHOOK_PAYOUT, ACK, observer,
        InboundFields.sources(InboundFields.Source.QUERY, InboundFields.Source.FORM), CanonicalStyle.FRAGMENTS,
        SHAPES, DOCUMENTED);
    this.rule = rule;
  }

  @Override
  protected void checkSignature(Map<String, String> fields, WebhookRequest request, ErrorContext ctx) {
    String sign = fields.get(Wire.SIGN);
    if (sign == null || sign.isEmpty()) {
      throw new SignatureVerificationException(ctx, "the callback carries no sign parameter");
    }
    rule.verify(fields, sign, ctx); // every Canonicalizer leaves the signature field out
  }

  @Override
  protected AgentPayCallback read(Map<String, String> fields) {
    FieldReader f = FieldReader.of(fields);
    String status = f.text(Wire.STATUS);
    if (status == null) {
      throw new MalformedAnswerException("the callback carries no status");
    }
    String mchOrderNo = f.text(Wire.MCH_ORDER_NO);
    String agentpayOrderId = f.text(Wire.AGENTPAY_ORDER_ID);
    if (mchOrderNo == null && agentpayOrderId == null) {
      throw new MalformedAnswerException("the callback names no order (no mchOrderNo, no agentpayOrderId)");
    }
    return new AgentPayCallback(mchOrderNo, agentpayOrderId, f.minorUnits(Wire.AMOUNT, Wire.INR),
        f.minorUnits(Wire.FEE, Wire.INR), f.text(Wire.CHANNEL_PAY_NO), status,
        GatewayText.sanitize(f.text(Wire.ERROR_MESSAGE), List.of()));
  }

  @Override
  protected Report report(AgentPayCallback cb, Map<String, String> fields) {
    String idField = cb.agentpayOrderId() != null ? Wire.AGENTPAY_ORDER_ID : Wire.MCH_ORDER_NO;
    return Report.payout(cb.merchantOrderNo(), cb.agentpayOrderId(), cb.status(), cb.rawStatus(), cb.amount(),
        deduplicationKey(fields, idField, Wire.STATUS));
  }
}
