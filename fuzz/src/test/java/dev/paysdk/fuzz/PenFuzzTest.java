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
import dev.paysdk.pen.PenPayoutClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** PEN payouts: every answer parser (create, query) and the webhook verifier. */
class PenFuzzTest {
  private static final String SECRET = "fuzz-secret";
  private static final List<String> DATA = List.of("merchantId", "mchOrderNo", "orderNo", "channelOrderNo", "amount",
      "fee", "orderStatus", "resultDesc", "completionTime", "currency");
  private static final PayoutRequest REQUEST = PayoutRequest.builder().merchantOrderNo("PO1")
      .amount(Money.of("150.00", "PEN"))
      .payee(Payee.builder().name("Rosa Quispe").identityDocument("DNI", "45678912").phone("+51987654321")
          .email("rosa@example.pe").build())
      .destination(Destination.bankAccount("1914567890123").bankId("2").accountType("1")
          .cci("00219400254640654321").build())
      .notifyUrl("https://merchant.example/hooks/pen").build();

  private static PenPayoutClient client(HttpTransport transport) {
    return PenPayoutClient.builder().baseUrl("http://127.0.0.1:9").merchantId("100001").secret(SECRET)
        .httpOptions(FuzzSupport.http(transport)).build();
  }

  private static void call(PenPayoutClient c, int which) {
    if (which == 0) {
      c.payouts().create(REQUEST);
    } else {
      c.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO1"));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void answers_rawBytes(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 1);
    try (PenPayoutClient c = client(FuzzSupport.rawAnswers(data))) {
      documentedOnly(() -> call(c, which));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void answers_structured(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 1);
    int status = data.pickValue(FuzzSupport.STATUSES);
    String code = data.pickValue(new String[] {"200", "500", "504", "401", "FAIL", "404"});
    String msg = data.consumeString(30);
    String dataJson = FuzzSupport.json(FuzzSupport.fields(data, DATA));
    String body = "{\"code\":" + (code.matches("\\d+") ? code : FuzzSupport.quote(code)) + ",\"msg\":"
        + FuzzSupport.quote(msg) + ",\"data\":" + dataJson + "}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> headers = data.consumeBoolean()
        ? Map.of("Sign", List.of(data.consumeString(40))) : Map.of();
    try (PenPayoutClient c = client(FuzzSupport.answering(status, bytes, headers))) {
      documentedOnly(() -> call(c, which));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void webhooks_rawBytes(FuzzedDataProvider data) {
    try (PenPayoutClient c = client(FuzzSupport.answering(500, new byte[0], Map.of()))) {
      documentedOnly(() -> c.webhooks().verify(FuzzSupport.rawWebhook(data)));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void webhooks_signedFields(FuzzedDataProvider data) {
    Map<String, String> f = FuzzSupport.fields(data, DATA);
    String body = FuzzSupport.json(f);
    String sign = Signers.md5SortedFragments(SECRET).sign(f);
    WebhookRequest r = WebhookRequest.builder().contentType("application/json").header("Sign", sign).body(body).build();
    try (PenPayoutClient c = client(FuzzSupport.answering(500, new byte[0], Map.of()))) {
      documentedOnly(() -> c.webhooks().verify(r));
    }
  }
}
