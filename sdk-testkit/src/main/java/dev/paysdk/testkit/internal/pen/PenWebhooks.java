package dev.paysdk.testkit.internal.pen;

import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.PenPayoutSimulator.Order;
import dev.paysdk.testkit.PenPayoutSimulator.Status;
import dev.paysdk.testkit.internal.OrderedJson;
import dev.paysdk.testkit.internal.WebhookDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a PEN payout webhook: a JSON body signed in the {@code Sign} header. */
public final class PenWebhooks {
  private PenWebhooks() {}

  /**
   * The body of a final payout's webhook, fields in the order of the document's sample, then
   * {@code channelOrderNo} (listed in its table, missing from its sample).
   */
  public static byte[] body(Order o, String merchantId) {
    boolean paid = o.status() == Status.SUCCESS;
    return new OrderedJson()
        .string("orderStatus", o.status().name())
        .number("amount", o.amount())
        .number("fee", paid ? o.fee() : null)
        .string("mchOrderNo", o.merchantOrderNo())
        .string("merchantId", merchantId)
        .string("orderNo", o.orderNo())
        .string("completionTime", o.completionTime())
        .string("resultDesc", o.resultDesc())
        .string("channelOrderNo", o.channelOrderNo())
        .toJson().getBytes(StandardCharsets.UTF_8);
  }

  /** The delivery of {@code body} with its {@code Sign} header value. */
  public static WebhookDispatcher.Webhook webhook(Order o, String merchantId, byte[] body, String sign,
      boolean duplicate) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("MerchantId", merchantId);
    headers.put("Sign", sign);
    return new WebhookDispatcher.Webhook(o.orderNo(), o.notifyUrl(), "application/json", headers,
        new String(body, StandardCharsets.UTF_8), PenPayoutSimulator.WEBHOOK_ACK,
        PenPayoutSimulator.WEBHOOK_RETRY_SCHEDULE, duplicate);
  }
}
