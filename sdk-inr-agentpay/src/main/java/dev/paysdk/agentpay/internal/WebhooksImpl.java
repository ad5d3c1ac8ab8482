package dev.paysdk.agentpay.internal;

import static dev.paysdk.agentpay.AgentPayClient.PROVIDER_ID;

import dev.paysdk.agentpay.AgentPayCallback;
import dev.paysdk.agentpay.AgentPayWebhooks;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Payout callbacks: parameters from the URL query and from a form body, signature first, then
 * the fields. Immutable, thread-safe.
 */
final class WebhooksImpl implements AgentPayWebhooks {
  static final String CALLBACK = "payout.callback";
  static final WebhookAck ACK = WebhookAck.plainText("success");

  private final SigningRule rule;

  WebhooksImpl(SigningRule rule) {
    this.rule = rule;
  }

  @Override
  public WebhookEvent verify(WebhookRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    AgentPayCallback cb = read(request, params);
    String id = cb.agentpayOrderId() != null ? cb.agentpayOrderId() : cb.merchantOrderNo();
    return WebhookEvent.builder()
        .providerId(PROVIDER_ID)
        .type(WebhookEvent.Type.PAYOUT_STATUS)
        .merchantOrderNo(cb.merchantOrderNo())
        .providerOrderNo(cb.agentpayOrderId())
        .payoutStatus(cb.payoutStatus())
        .rawStatus(cb.status())
        .amount(cb.amount())
        .fields(params)
        .deduplicationKey(PROVIDER_ID + ":" + id + ":" + cb.status())
        .ack(ACK)
        .providerEvent(cb)
        .build();
  }

  @Override
  public AgentPayCallback verifyCallback(WebhookRequest request) {
    return read(request, new LinkedHashMap<>());
  }

  /** Verifies the callback; {@code params} receives every parameter as received. */
  private AgentPayCallback read(WebhookRequest request, Map<String, String> params) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = ErrorContext.of(PROVIDER_ID, CALLBACK);
    collect(request, params, ctx);
    String sign = params.get(Wire.SIGN);
    if (sign == null || sign.isEmpty()) {
      throw new SignatureVerificationException(ctx, "the callback carries no sign parameter");
    }
    Map<String, String> signed = new LinkedHashMap<>(params);
    signed.remove(Wire.SIGN);
    rule.verify(signed, sign, ctx);

    String mchOrderNo = given(params.get(Wire.MCH_ORDER_NO));
    String agentpayOrderId = given(params.get(Wire.AGENTPAY_ORDER_ID));
    ErrorContext orderCtx = ErrorContext.of(PROVIDER_ID, CALLBACK, mchOrderNo);
    String status = given(params.get(Wire.STATUS));
    if (status == null) {
      throw new SignatureVerificationException(orderCtx, "the callback carries no status");
    }
    if (mchOrderNo == null && agentpayOrderId == null) {
      throw new SignatureVerificationException(orderCtx, "the callback names no order (no mchOrderNo, no agentpayOrderId)");
    }
    try {
      return new AgentPayCallback(mchOrderNo, agentpayOrderId, Answer.paise(Wire.AMOUNT, params.get(Wire.AMOUNT)),
          Answer.paise(Wire.FEE, params.get(Wire.FEE)), given(params.get(Wire.CHANNEL_PAY_NO)), status,
          given(params.get(Wire.ERROR_MESSAGE)));
    } catch (IOException e) {
      throw new SignatureVerificationException(orderCtx, "the callback cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The URL query's parameters, then a form body's (a body counts as a form when its content type
   * says so or when it has none). A name given twice with different values is in doubt.
   */
  private static void collect(WebhookRequest request, Map<String, String> out, ErrorContext ctx) {
    for (Map.Entry<String, List<String>> e : request.queryParameters().entrySet()) {
      for (String value : e.getValue()) {
        put(out, e.getKey(), value, ctx);
      }
    }
    String body = request.bodyAsString();
    if (!body.isBlank() && (request.isForm() || request.contentType() == null)) {
      for (String pair : body.strip().split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        try {
          String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          put(out, k, v, ctx);
        } catch (IllegalArgumentException ex) {
          throw new SignatureVerificationException(ctx, "the callback's form body is not valid URL encoding", ex);
        }
      }
    }
    if (out.isEmpty()) {
      throw new SignatureVerificationException(ctx, "the callback carries no parameters, neither in the URL nor in a form body");
    }
  }

  private static void put(Map<String, String> out, String name, String value, ErrorContext ctx) {
    String before = out.putIfAbsent(name, value);
    if (before != null && !before.equals(value)) {
      throw new SignatureVerificationException(ctx, "the callback gives parameter '" + name + "' twice with different values");
    }
  }

  private static String given(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
