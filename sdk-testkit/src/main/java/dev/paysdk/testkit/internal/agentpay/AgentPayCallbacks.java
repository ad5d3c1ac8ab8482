package dev.paysdk.testkit.internal.agentpay;

import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.AgentPaySimulator.Order;
import dev.paysdk.testkit.internal.WebhookDispatcher;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds an AgentPay callback: the parameters in the notify URL's query string, an empty body. */
public final class AgentPayCallbacks {
  private AgentPayCallbacks() {}

  /**
   * The callback of a final payout, signed with {@code rule}; parameters in the order of the
   * document's sample ({@code sign} in the middle: a receiver must not depend on the order).
   */
  public static WebhookDispatcher.Webhook callback(Order o, SigningRule rule, boolean duplicate) {
    Map<String, String> signed = new LinkedHashMap<>();
    signed.put("amount", Long.toString(o.amount()));
    signed.put("mchOrderNo", o.merchantOrderNo());
    signed.put("fee", Long.toString(o.fee()));
    signed.put("channelPayNo", o.channelPayNo());
    signed.put("agentpayOrderId", o.agentpayOrderId());
    signed.put("status", Integer.toString(o.status().code()));
    signed.put("errorMessage", o.errorMessage());
    String sign = rule.sign(signed);

    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> e : signed.entrySet()) {
      append(query, e.getKey(), e.getValue());
      if (e.getKey().equals("channelPayNo")) {
        append(query, "sign", sign);
      }
    }
    String url = o.notifyUrl() + (o.notifyUrl().contains("?") ? "&" : "?") + query;
    return new WebhookDispatcher.Webhook(o.agentpayOrderId(), url, "application/x-www-form-urlencoded", Map.of(), "",
        AgentPaySimulator.CALLBACK_ACK, AgentPaySimulator.CALLBACK_RETRY_SCHEDULE, duplicate);
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
