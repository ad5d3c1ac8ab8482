package dev.paysdk.fuzz;

import static dev.paysdk.fuzz.FuzzSupport.documentedOnly;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.vexora.VexoraClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Vexora: every answer parser (disbursement, query, balance) and the webhook verifier. */
class VexoraFuzzTest {
  private static final String SECRET = "fuzz-secret";
  private static final List<String> DATA = List.of("tradeNo", "platFormTradeNo", "amount", "orderAmount",
      "payAmount", "status", "message", "successTime", "availableAmount", "freezeAmount", "unsettledAmount", "remark");
  private static final List<String> WEBHOOK = List.of("tradeNo", "platFormTradeNo", "amount", "status", "message");
  private static final PayoutRequest REQUEST = PayoutRequest.builder().merchantOrderNo("PO1")
      .amount(Money.of("150000", "IDR"))
      .payee(Payee.builder().firstName("Rizky").lastName("Pratama").email("rizky@example.com").phone("081234567890")
          .build())
      .destination(Destination.bankAccount("880123456789012345").build()).build();

  private static VexoraClient client(HttpTransport transport) {
    return VexoraClient.builder().baseUrl("http://127.0.0.1:9/indonesia").merchantId("M1").secret(SECRET)
        .httpOptions(FuzzSupport.http(transport)).build();
  }

  private static void call(VexoraClient c, int which) {
    switch (which) {
      case 0 -> c.payouts().create(REQUEST);
      case 1 -> c.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO1"));
      default -> c.balances().list();
    }
  }

  @FuzzTest(maxDuration = "3s")
  void answers_rawBytes(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 2);
    try (VexoraClient c = client(FuzzSupport.rawAnswers(data))) {
      documentedOnly(() -> call(c, which));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void answers_signedFields(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 2);
    int status = data.pickValue(FuzzSupport.STATUSES);
    boolean signInData = data.consumeBoolean();
    Map<String, String> inner = FuzzSupport.fields(data, DATA);
    if (signInData) {
      inner = FuzzSupport.signed(inner, m -> Signers.md5SaltedPairs(SECRET).sign(m));
    }
    Map<String, String> top = new LinkedHashMap<>();
    top.put("code", data.pickValue(new String[] {"0000", "5000", "8000", "9999"}));
    top.put("msg", data.consumeString(30));
    top.put("data", FuzzSupport.json(inner));
    if (!signInData) {
      top.put("sign", Signers.md5SaltedPairs(SECRET).sign(top));
    }
    StringBuilder body = new StringBuilder("{");
    top.forEach((k, v) -> body.append(body.length() > 1 ? "," : "").append(FuzzSupport.quote(k)).append(':')
        .append(k.equals("data") ? v : FuzzSupport.quote(v)));
    byte[] bytes = body.append('}').toString().getBytes(StandardCharsets.UTF_8);
    try (VexoraClient c = client(FuzzSupport.answering(status, bytes, Map.of()))) {
      documentedOnly(() -> call(c, which));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void webhooks_rawBytes(FuzzedDataProvider data) {
    try (VexoraClient c = client(FuzzSupport.answering(500, new byte[0], Map.of()))) {
      documentedOnly(() -> c.webhooks().verify(FuzzSupport.rawWebhook(data)));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void webhooks_signedFields(FuzzedDataProvider data) {
    Map<String, String> f = FuzzSupport.signed(FuzzSupport.fields(data, WEBHOOK),
        m -> Signers.md5SaltedPairs(SECRET).sign(m));
    WebhookRequest r = WebhookRequest.builder().contentType("application/json").body(FuzzSupport.json(f)).build();
    try (VexoraClient c = client(FuzzSupport.answering(500, new byte[0], Map.of()))) {
      documentedOnly(() -> c.webhooks().verify(r));
    }
  }
}
