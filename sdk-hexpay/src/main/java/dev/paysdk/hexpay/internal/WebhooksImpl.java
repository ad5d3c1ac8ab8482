package dev.paysdk.hexpay.internal;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayPayInNotification;
import dev.paysdk.hexpay.HexpayWebhooks;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Pay-in callback verification. Immutable and thread-safe. */
final class WebhooksImpl implements HexpayWebhooks {
  private static final String OPERATION = "webhook.payIn";
  private static final WebhookAck ACK = WebhookAck.plainText("SUCCESS");

  private final HexpayConfig config;

  WebhooksImpl(HexpayConfig config) {
    this.config = config;
  }

  @Override
  public WebhookEvent verify(WebhookRequest request) {
    HexpayPayInNotification n = verifyPayIn(request);
    return WebhookEvent.builder()
        .providerId(HexpayClient.PROVIDER_ID)
        .type(WebhookEvent.Type.PAYIN_STATUS)
        .merchantOrderNo(n.merchantOrderNo())
        .providerOrderNo(n.payOrderId())
        .payInStatus(n.status())
        .rawStatus(n.rawState().toString())
        .amount(n.amount())
        .fields(n.fields())
        .deduplicationKey(HexpayClient.PROVIDER_ID + ":" + n.payOrderId() + ":" + n.rawState())
        .ack(ACK)
        .providerEvent(n)
        .build();
  }

  @Override
  public HexpayPayInNotification verifyPayIn(WebhookRequest request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext anonymous = ErrorContext.of(HexpayClient.PROVIDER_ID, OPERATION);
    Map<String, String> fields = fields(request, anonymous);
    // The order number only names the callback in messages; nothing is trusted before the check.
    ErrorContext ctx = ErrorContext.of(HexpayClient.PROVIDER_ID, OPERATION, fields.get("mchOrderNo"));
    config.verifier().verify(fields, fields.get("sign"), ctx, "the callback", "");
    String mchNo = fields.get("mchNo");
    if (mchNo != null && !mchNo.isEmpty() && !mchNo.equals(config.mchNo())) {
      throw new SignatureVerificationException(ctx, "the callback is for merchant " + mchNo + ", not for this client's "
          + config.mchNo());
    }
    try {
      return notification(fields);
    } catch (IOException e) {
      throw new SignatureVerificationException(ctx, "the callback's fields cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** The received fields: a JSON object body, a form body, or the query string, decoded. */
  private static Map<String, String> fields(WebhookRequest request, ErrorContext ctx) {
    String body = request.bodyAsString().strip();
    if (body.startsWith("{")) {
      try {
        return Json.rawFields(request.body());
      } catch (IOException e) {
        throw new SignatureVerificationException(ctx, "the callback body is not a JSON object", e);
      }
    }
    if (!body.isEmpty()) {
      try {
        return request.formParameters();
      } catch (IllegalArgumentException e) {
        // The decoder's message quotes the body; the body may hold the signature, so it is left out.
        throw new SignatureVerificationException(ctx, "the callback body is not a valid form (a malformed % escape)",
            e);
      }
    }
    Map<String, String> query = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : request.queryParameters().entrySet()) {
      if (!e.getValue().isEmpty()) {
        query.put(e.getKey(), e.getValue().get(0));
      }
    }
    return query;
  }

  private HexpayPayInNotification notification(Map<String, String> fields) throws IOException {
    FieldReader r = FieldReader.of(fields, config.zone());
    String payOrderId = r.str("payOrderId");
    Integer state = r.integer("state");
    if (payOrderId == null || state == null) {
      throw new IOException("payOrderId and state are required");
    }
    Integer settleState = r.integer("settleState");
    return new HexpayPayInNotification(payOrderId, r.str("mchOrderNo"), r.money("amount", "currency"),
        HexpayStatuses.payIn(state), state, r.str("mchNo"), r.str("mchName"), r.str("appId"), r.str("mchUserId"),
        r.str("wayCode"), r.str("payWay"), r.str("realNetwork"), r.money("realPayAmount", "realPayCurrency"),
        r.decimal("refundAmount"), r.money("settleAmount", "settleCurrency"),
        settleState == null ? null : HexpayStatuses.settle(settleState), settleState, r.str("successUrl"),
        r.str("failUrl"), r.instant("reqTime"), r.instant("createdAt"), r.instant("successTime"),
        r.instant("updatedAt"), fields);
  }
}
