package dev.paysdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.hexpay.HexpayClient;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Callbacks, from the raw request to a verified, read event: the SDK's {@code webhooks().verify}
 * (which builds the {@code WebhookRequest}, checks the field set, verifies, reads the typed
 * notification and builds the neutral event) against the same verify + parse written by hand.
 */
final class WebhookWorkloads {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WebhookWorkloads() {}

  /** What the hand-written code reads from a callback, for the "same answer" check. */
  record Read(String order, String status, BigDecimal amount) {}

  /** An AgentPay payout callback: form fields in the query, rule A (MD5). */
  static final class AgentPayForm extends Workload {
    private final AgentPayClient client = AgentPayClient.builder().baseUrl("http://127.0.0.1:9")
        .merchantId("LEtest067").secretKey(Fixtures.SECRET).build();
    private final String rawQuery;

    AgentPayForm() {
      super("agentPayCallback");
      // The document's callback sample, signed with the benchmark's secret.
      Map<String, String> p = new LinkedHashMap<>();
      p.put("amount", "20000");
      p.put("mchOrderNo", "Test17651877680001");
      p.put("fee", "900");
      p.put("channelPayNo", "12300000000");
      p.put("agentpayOrderId", "test1997968440790409217");
      p.put("status", "2");
      p.put("sign", RawJdk.ruleA(p, Fixtures.SECRET));
      StringBuilder q = new StringBuilder();
      for (Map.Entry<String, String> e : p.entrySet()) {
        q.append(q.length() == 0 ? "" : "&").append(e.getKey()).append('=')
            .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      }
      rawQuery = q.toString();
      variant("sdk", this::sdk);
      variant("by hand", this::byHand);
    }

    WebhookEvent sdk() {
      return client.webhooks().verify(WebhookRequest.builder().method("POST").rawQuery(rawQuery)
          .contentType("application/x-www-form-urlencoded").build());
    }

    Read byHand() {
      Map<String, String> params = new LinkedHashMap<>();
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      String received = params.remove("sign").toUpperCase(Locale.ROOT);
      String expected = RawJdk.ruleA(params, Fixtures.SECRET);
      if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8))) {
        throw new IllegalStateException("bad signature");
      }
      return new Read(params.get("mchOrderNo"), params.get("status"), new BigDecimal(params.get("amount")));
    }

    @Override
    int opsPerRound() {
      return 40_000;
    }

    @Override
    void check() {
      WebhookEvent e = sdk();
      Read r = byHand();
      RawJdk.requireSame("status", PayoutStatus.SUCCEEDED, e.payoutStatus().orElseThrow());
      RawJdk.requireSame("raw status", e.rawStatus(), r.status());
      RawJdk.requireSame("order", e.merchantOrderNo(), r.order());
      RawJdk.requireSame("paise", e.amount().orElseThrow().toMinorUnits(), r.amount().longValueExact());
    }

    @Override
    public void close() {
      client.close();
    }
  }

  /** A Hexpay pay-in callback: a JSON body signed with RSA2 by the platform. */
  static final class HexpayJson extends Workload {
    private final HexpayClient client;
    private final KeyPair platform;
    private final byte[] body;

    HexpayJson() {
      super("hexpayCallback");
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        platform = g.generateKeyPair();
        KeyPair merchant = g.generateKeyPair();
        client = HexpayClient.builder().baseUrl("http://127.0.0.1:9").mchNo("M1752564528").appId("app-0001")
            .merchantPrivateKey(merchant.getPrivate()).platformPublicKey(platform.getPublic()).build();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("payOrderId", "P1752564528123456");
        f.put("mchNo", "M1752564528");
        f.put("appId", "app-0001");
        f.put("mchOrderNo", "ORD-2025-0001");
        f.put("amount", "100.50");
        f.put("currency", "USDT");
        f.put("realPayAmount", "100.50");
        f.put("realPayCurrency", "USDT");
        f.put("state", "2");
        f.put("wayCode", "CRYPTO");
        f.put("realNetwork", "TRC20");
        f.put("reqTime", "2025-07-15 12:30:45");
        f.put("signType", "RSA2");
        f.put("sign", sign(RawJdk.sortedFragments(f)));
        body = MAPPER.writeValueAsBytes(f);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      variant("sdk", this::sdk);
      variant("by hand (Jackson tree)", this::byHand);
    }

    private String sign(String canonical) throws GeneralSecurityException {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(platform.getPrivate());
      s.update(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    }

    WebhookEvent sdk() {
      return client.webhooks().verify(WebhookRequest.builder().method("POST").contentType("application/json")
          .body(body).build());
    }

    Read byHand() throws Exception {
      JsonNode tree = MAPPER.readTree(body);
      Map<String, String> fields = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : tree.properties()) {
        if (!e.getValue().isNull()) {
          fields.put(e.getKey(), e.getValue().asText());
        }
      }
      String sign = fields.get("sign");
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(platform.getPublic());
      s.update(RawJdk.sortedFragments(fields).getBytes(StandardCharsets.UTF_8));
      if (sign == null || !s.verify(Base64.getDecoder().decode(sign))) {
        throw new IllegalStateException("bad signature");
      }
      if (!"M1752564528".equals(fields.get("mchNo"))) {
        throw new IllegalStateException("another merchant's callback");
      }
      return new Read(fields.get("mchOrderNo"), fields.get("state"), new BigDecimal(fields.get("amount")));
    }

    @Override
    int opsPerRound() {
      return 2_000;
    }

    @Override
    void check() throws Exception {
      WebhookEvent e = sdk();
      Read r = byHand();
      RawJdk.requireSame("status", PayInStatus.SUCCEEDED, e.payInStatus().orElseThrow());
      RawJdk.requireSame("raw status", e.rawStatus(), r.status());
      RawJdk.requireSame("order", e.merchantOrderNo(), r.order());
      RawJdk.requireSame("amount", e.amount().orElseThrow().amount().compareTo(r.amount()), 0);
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
