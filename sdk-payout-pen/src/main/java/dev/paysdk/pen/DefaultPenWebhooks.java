package dev.paysdk.pen;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.CanonicalStyle;
import dev.paysdk.core.gateway.FieldReader;
import dev.paysdk.core.gateway.GatewayWebhooks;
import dev.paysdk.core.gateway.InboundFields;
import dev.paysdk.core.gateway.OperationNames;
import dev.paysdk.core.gateway.Shape;
import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookRequest;
import java.util.Map;

/**
 * Verifies and reads the gateway's payout webhooks: a JSON body signed by the client's
 * {@link PenSigner} into the {@code Sign} header. The default signer is rule A over the top-level
 * fields ({@code key=value&} fragments), so a field set whose fragments could be re-split is
 * rejected before the signature is trusted. Immutable, thread-safe.
 */
final class DefaultPenWebhooks extends GatewayWebhooks<PenPayoutNotification> implements PenWebhooks {
  private static final WebhookAck ACK = WebhookAck.plainText("SUCCESS");

  /** The identity, status and amount fields of a webhook, and their documented shapes. */
  private static final Map<String, Shape> SHAPES = Map.of(
      PenWire.MERCHANT_ID, Shape.MERCHANT_ID,
      PenWire.MCH_ORDER_NO, Shape.IDENTIFIER,
      PenWire.ORDER_NO, Shape.IDENTIFIER,
      PenWire.CHANNEL_ORDER_NO, Shape.IDENTIFIER,
      PenWire.ORDER_STATUS, Shape.STATUS,
      PenWire.AMOUNT, Shape.AMOUNT,
      PenWire.FEE, Shape.AMOUNT);

  private final PenConfig config;

  DefaultPenWebhooks(PenConfig config, PaySdkObserver observer) {
    super(PenPayoutClient.PROVIDER_ID, OperationNames.WEBHOOK_PAYOUT, ACK, observer,
        InboundFields.sources(InboundFields.Source.JSON), CanonicalStyle.FRAGMENTS, SHAPES, PenWire.DETAIL_FIELDS);
    this.config = config;
  }

  /**
   * The method must be POST and the {@code Sign} header must verify over the exact body received;
   * then the {@code MerchantId} header and the body's {@code merchantId}, when present, must name
   * this client's merchant (a missing one is accepted: the signature already proves the origin).
   */
  @Override
  protected void checkSignature(Map<String, String> fields, WebhookRequest request, ErrorContext ctx) {
    if (!"POST".equals(request.method())) {
      throw new SignatureVerificationException(ctx, "the gateway posts its webhooks; this request is not a POST");
    }
    String sign = request.header(PenWire.SIGN_HEADER).map(String::strip).orElse("");
    if (sign.isEmpty()) {
      throw new SignatureVerificationException(ctx, "Sign header missing");
    }
    try {
      config.signer().verify(request.body(), sign);
    } catch (SignatureVerificationException e) {
      throw new SignatureVerificationException(ctx, "the Sign header does not match the body", e);
    }
    request.header(PenWire.MERCHANT_ID_HEADER).ifPresent(id -> requireOwnMerchant(id, "MerchantId header", ctx));
    String bodyMerchant = fields.get(PenWire.MERCHANT_ID);
    if (bodyMerchant != null) {
      requireOwnMerchant(bodyMerchant, "merchantId field", ctx);
    }
  }

  @Override
  protected PenPayoutNotification read(Map<String, String> fields) {
    FieldReader reader = FieldReader.of(fields);
    reader.requiredText(PenWire.ORDER_NO);
    PenPayoutDetails details = PenWire.readDetails(reader, config);
    return new PenPayoutNotification(details, deduplicationKey(fields, PenWire.ORDER_NO, PenWire.ORDER_STATUS));
  }

  @Override
  protected Report report(PenPayoutNotification notification, Map<String, String> fields) {
    PenPayoutDetails d = notification.payout();
    return Report.payout(d.merchantOrderNo(), d.orderNo(), d.status(), d.orderStatus(), d.amount(),
        notification.deduplicationKey());
  }

  private void requireOwnMerchant(String received, String where, ErrorContext ctx) {
    if (!received.strip().equals(config.merchantId())) {
      throw new SignatureVerificationException(ctx, "the " + where + " names another merchant than this client's");
    }
  }
}
