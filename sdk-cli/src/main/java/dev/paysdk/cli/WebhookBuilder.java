package dev.paysdk.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.paysdk.core.sign.Signer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a gateway's webhook for an order, in the gateway's own format, as its simulator sends it:
 * INR AgentPay's parameters in the URL query string (rule A), PEN's JSON body with the {@code Sign}
 * header (rule A), Vexora's JSON body with {@code sign} (rule C), Hexpay's form body with {@code sign}
 * (rule B with the platform's private key, or rule A with the app secret). Then optionally tampers
 * with it after signing.
 */
final class WebhookBuilder {
  private static final DateTimeFormatter LIMA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.of("America/Lima"));
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneOffset.UTC);

  /** How the webhook is spoiled after signing. */
  enum Tamper {
    /** Correctly signed. */
    NONE,
    /** The signature has one character changed. */
    SIGNATURE,
    /** The amount is changed after signing (the signature no longer covers it). */
    AMOUNT,
    /** No signature at all. */
    UNSIGNED;

    static Tamper named(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--tamper must be none, signature, amount or unsigned, is '" + name + "'", e);
      }
    }
  }

  /**
   * What the webhook says.
   *
   * @param orderNo the merchant's order number
   * @param gatewayOrderNo the gateway's order number
   * @param succeeded success or failure
   * @param amount the amount as the gateway writes it, or null for the gateway's default
   * @param merchantId the merchant id (PEN's MerchantId, Hexpay's mchNo)
   * @param appId Hexpay's appId
   * @param reason the failure reason
   */
  record Order(String orderNo, String gatewayOrderNo, boolean succeeded, String amount, String merchantId, String appId,
      String reason) {}

  private WebhookBuilder() {}

  /** The webhook of {@code o} for {@code gateway}, signed by {@code signer} with {@code rule}, to {@code url}. */
  static WebhookSender.Outgoing build(Gateway gateway, Rule rule, Signer signer, Order o, String url, Tamper tamper) {
    Instant now = Instant.now();
    Map<String, String> f = new LinkedHashMap<>();
    switch (gateway) {
      case AGENTPAY -> {
        f.put("amount", o.amount() != null ? o.amount() : "10000");
        f.put("mchOrderNo", o.orderNo());
        f.put("fee", "1200");
        f.put("channelPayNo", o.succeeded() ? "5" + String.format("%011d", Math.floorMod(now.toEpochMilli(), 100_000_000_000L)) : null);
        f.put("agentpayOrderId", o.gatewayOrderNo());
        f.put("status", o.succeeded() ? "2" : "3");
        f.put("errorMessage", o.succeeded() ? null : o.reason());
      }
      case PEN -> {
        f.put("orderStatus", o.succeeded() ? "SUCCESS" : "FAIL");
        f.put("amount", o.amount() != null ? o.amount() : "100.00");
        f.put("fee", o.succeeded() ? "1.00" : null);
        f.put("mchOrderNo", o.orderNo());
        f.put("merchantId", o.merchantId());
        f.put("orderNo", o.gatewayOrderNo());
        f.put("completionTime", o.succeeded() ? LIMA.format(now) : null);
        f.put("resultDesc", o.succeeded() ? "SUCCESS" : o.reason());
        f.put("channelOrderNo", "CH" + now.toEpochMilli());
      }
      case VEXORA -> {
        f.put("platFormTradeNo", o.gatewayOrderNo());
        f.put("tradeNo", o.orderNo());
        f.put("amount", o.amount() != null ? o.amount() : "100000");
        f.put("status", o.succeeded() ? "0000" : "00029");
      }
      case HEXPAY -> {
        String amount = o.amount() != null ? o.amount() : "25.50";
        f.put("payOrderId", o.gatewayOrderNo());
        f.put("amount", amount);
        f.put("mchOrderNo", o.orderNo());
        f.put("mchName", "Test Merchant");
        f.put("wayCode", "QrCode");
        f.put("reqTime", Long.toString(now.toEpochMilli()));
        f.put("createdAt", UTC.format(now.minusSeconds(60)));
        f.put("appId", o.appId());
        f.put("currency", "USDT");
        f.put("mchNo", o.merchantId());
        f.put("state", o.succeeded() ? "2" : "3");
        if (o.succeeded()) {
          f.put("realNetwork", "solana");
          f.put("realPayCurrency", "USDT");
          f.put("realPayAmount", new BigDecimal(amount).setScale(Math.max(6, new BigDecimal(amount).scale()))
              .toPlainString());
          f.put("successTime", Long.toString(now.toEpochMilli()));
        }
        f.put("updatedAt", UTC.format(now));
      }
      default -> throw new IllegalStateException("unknown gateway " + gateway);
    }
    f.values().removeIf(v -> v == null);
    String sign = signer.sign(rule.canonicalizer.canonicalize(f));
    if (tamper == Tamper.SIGNATURE) {
      char last = sign.charAt(sign.length() - 1);
      sign = sign.substring(0, sign.length() - 1) + (last == 'A' ? 'B' : last == 'a' ? 'b' : last == '0' ? '1' : 'A');
    }
    if (tamper == Tamper.AMOUNT) {
      String a = f.get("amount");
      f.put("amount", new BigDecimal(a).add(BigDecimal.ONE).toPlainString());
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    return switch (gateway) {
      case AGENTPAY -> {
        if (tamper != Tamper.UNSIGNED) {
          f.put("sign", sign);
        }
        headers.add(Map.entry("Content-Type", "application/x-www-form-urlencoded"));
        yield new WebhookSender.Outgoing("POST", url + (url.contains("?") ? "&" : "?") + form(f), headers, new byte[0]);
      }
      case PEN -> {
        headers.add(Map.entry("Content-Type", "application/json"));
        headers.add(Map.entry("MerchantId", o.merchantId()));
        if (tamper != Tamper.UNSIGNED) {
          headers.add(Map.entry("Sign", sign));
        }
        yield new WebhookSender.Outgoing("POST", url, headers, json(f, true));
      }
      case VEXORA -> {
        if (tamper != Tamper.UNSIGNED) {
          f.put("sign", sign);
        }
        headers.add(Map.entry("Content-Type", "application/json"));
        yield new WebhookSender.Outgoing("POST", url, headers, json(f, false));
      }
      case HEXPAY -> {
        if (tamper != Tamper.UNSIGNED) {
          f.put("sign", sign);
        }
        headers.add(Map.entry("Content-Type", "application/x-www-form-urlencoded"));
        yield new WebhookSender.Outgoing("POST", url, headers, form(f).getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  private static String form(Map<String, String> f) {
    StringBuilder sb = new StringBuilder();
    f.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  /** A flat JSON object: PEN writes its amounts as numbers, everything else as strings. */
  private static byte[] json(Map<String, String> f, boolean numericAmounts) {
    StringBuilder sb = new StringBuilder("{");
    f.forEach((k, v) -> {
      sb.append(sb.length() == 1 ? "" : ",").append('"').append(k).append("\":");
      if (numericAmounts && (k.equals("amount") || k.equals("fee"))) {
        sb.append(v);
      } else {
        sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(v)).append('"');
      }
    });
    return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }
}
