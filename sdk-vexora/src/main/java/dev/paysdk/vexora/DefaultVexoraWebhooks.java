package dev.paysdk.vexora;

import static dev.paysdk.vexora.VexoraWire.AMOUNT;
import static dev.paysdk.vexora.VexoraWire.PLATFORM_TRADE_NO;
import static dev.paysdk.vexora.VexoraWire.STATUS;
import static dev.paysdk.vexora.VexoraWire.TRADE_NO;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.PaymentException;
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
import dev.paysdk.vexora.DisbursementNotification.Verification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Verifies disbursement callbacks: a JSON POST whose fields are checked for an ambiguous rule C
 * form (rule C joins {@code key=value} pairs with no separator, so any key that is not a plain
 * identifier, and an order number, status or amount not of its documented shape, could re-split a
 * genuine callback), then rule C over the top-level fields when {@code sign} is present; otherwise
 * rejection, or confirmation by query when the client allows it. A failure raised before the
 * callback is verified names none of its values (not even its {@code tradeNo}). Immutable and
 * thread-safe.
 */
final class DefaultVexoraWebhooks extends GatewayWebhooks<DisbursementNotification> implements VexoraWebhooks {
  static final WebhookAck ACK = WebhookAck.plainText("OK");

  private static final Map<String, Shape> SHAPES = Map.of(TRADE_NO, Shape.IDENTIFIER, PLATFORM_TRADE_NO,
      Shape.IDENTIFIER, STATUS, Shape.STATUS, AMOUNT, Shape.AMOUNT);
  /**
   * The webhook's documented fields and the other fields Vexora's answers carry in some regions.
   * Rule C puts nothing between pairs, so a field outside this set is rejected (it could be the tail
   * of a re-split name).
   */
  static final Set<String> DOCUMENTED = Set.of(PLATFORM_TRADE_NO, TRADE_NO, AMOUNT, STATUS, VexoraAnswer.SIGN,
      "message", "remark", "timestamp", "orderAmount", "payAmount", "successTime");

  private final VexoraConfig config;
  private final DefaultVexoraDisbursements disbursements;

  DefaultVexoraWebhooks(VexoraConfig config, PaySdkObserver observer, DefaultVexoraDisbursements disbursements) {
    super(VexoraClient.PROVIDER_ID, OperationNames.WEBHOOK_PAYOUT, ACK, observer,
        InboundFields.sources(InboundFields.Source.JSON), CanonicalStyle.PAIRS, SHAPES, DOCUMENTED);
    this.config = config;
    this.disbursements = disbursements;
  }

  @Override
  protected void checkSignature(Map<String, String> fields, WebhookRequest request, ErrorContext ctx) {
    if (!"POST".equals(request.method())) {
      throw new SignatureVerificationException(ctx, "expected a POST callback");
    }
    String sign = fields.get(VexoraAnswer.SIGN);
    if (sign != null && !sign.isEmpty()) {
      config.signingRule().verify(fields, sign, ctx);
      return;
    }
    if (config.unsignedWebhooks() != UnsignedWebhookPolicy.CONFIRM_BY_QUERY) {
      throw new SignatureVerificationException(ctx, "the callback carries no signature; unsigned callbacks are"
          + " rejected (unsignedWebhooks is " + config.unsignedWebhooks() + ")");
    }
    // unsigned, and allowed as a hint only: read() reports what a query says
  }

  @Override
  protected DisbursementNotification read(Map<String, String> fields) {
    String sign = fields.get(VexoraAnswer.SIGN);
    if (sign == null || sign.isEmpty()) {
      return confirmedByQuery(fields);
    }
    FieldReader f = FieldReader.of(fields);
    String tradeNo = f.text(TRADE_NO);
    String status = f.text(STATUS);
    if (tradeNo == null || status == null) {
      throw new MalformedAnswerException("the callback has no tradeNo or no status");
    }
    return new DisbursementNotification(tradeNo, f.text(PLATFORM_TRADE_NO), f.moneyIn(AMOUNT, config.currency()),
        new VexoraStatus(status), Verification.SIGNATURE, null, fields);
  }

  /**
   * The unsigned callback is only a hint: every value reported comes from the query (a signed
   * answer, unless the client does not require signed answers). Its failures name no value of the
   * callback.
   */
  private DisbursementNotification confirmedByQuery(Map<String, String> fields) {
    ErrorContext ctx = ErrorContext.of(providerId(), OperationNames.WEBHOOK_PAYOUT);
    String tradeNo = FieldReader.of(fields).text(TRADE_NO);
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
    String claimed = FieldReader.of(fields).text(PLATFORM_TRADE_NO);
    if (claimed != null && q.providerOrderNo() != null && !claimed.equals(q.providerOrderNo())) {
      throw new SignatureVerificationException(ctx, "the unsigned callback names another gateway order than the query");
    }
    return new DisbursementNotification(q.merchantOrderNo(), q.providerOrderNo(), q.reportedAmount().orElse(null),
        q.vexoraStatus(), Verification.CONFIRMED_BY_QUERY, q, fields);
  }

  @Override
  protected Report report(DisbursementNotification n, Map<String, String> fields) {
    return Report.payout(n.merchantOrderNo(), n.providerOrderNo(), n.status(), n.rawStatus(), n.amount(),
        deduplicationKey(n, fields));
  }

  /**
   * {@code vexora:<platFormTradeNo, else tradeNo>:<status>}, from the signed callback's
   * shape-checked fields, or from the confirming query's values (checked for the same shapes).
   */
  private String deduplicationKey(DisbursementNotification n, Map<String, String> fields) {
    Map<String, String> source = fields;
    if (n.verification() == Verification.CONFIRMED_BY_QUERY) {
      source = new LinkedHashMap<>();
      putChecked(source, PLATFORM_TRADE_NO, n.providerOrderNo(), Shape.IDENTIFIER);
      putChecked(source, TRADE_NO, n.merchantOrderNo(), Shape.IDENTIFIER);
      putChecked(source, STATUS, n.rawStatus(), Shape.STATUS);
    }
    String id = source.get(PLATFORM_TRADE_NO);
    return deduplicationKey(source, id != null && !id.isEmpty() ? PLATFORM_TRADE_NO : TRADE_NO, STATUS);
  }

  private static void putChecked(Map<String, String> out, String field, String value, Shape shape) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (!shape.matches(value)) {
      throw new MalformedAnswerException("the confirming query's '" + field + "' is not of its documented shape");
    }
    out.put(field, value);
  }

  @Override
  public String toString() {
    return "VexoraWebhooks[unsignedWebhooks=" + config.unsignedWebhooks() + "]";
  }
}
