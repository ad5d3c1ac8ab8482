package dev.paysdk.fuzz;

import static dev.paysdk.fuzz.FuzzSupport.documentedOnly;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.hexpay.BatchPayoutRecord;
import dev.paysdk.hexpay.BatchPayoutUpload;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayNetwork;
import dev.paysdk.hexpay.HexpaySignType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hexpay: every answer parser (pay-in, query, list, balance, batch upload, query, cancel) and the callback verifier. */
class HexpayFuzzTest {
  private static final String SECRET = "fuzz-app-secret";
  private static final List<String> DATA = List.of("payOrderId", "mchOrderNo", "mchNo", "amount", "currency", "state",
      "orderState", "location", "network", "realPayAmount", "realPayCurrency", "records", "total", "size", "pages",
      "batchNo", "totalCount", "totalAmount", "checkErrorList", "checkBalanceList", "auditStatus", "status",
      "availableBalance", "frozenBalance", "createdAt", "successTime", "goods", "applyTime", "failReason");
  private static final List<String> CALLBACK = List.of("payOrderId", "mchOrderNo", "mchNo", "amount", "currency",
      "state", "mchName", "realPayAmount", "realPayCurrency", "settleAmount", "settleCurrency", "settleState",
      "successUrl", "reqTime", "createdAt", "successTime", "updatedAt", "appId", "mchUserId", "payWay");

  private static HexpayClient client(HttpTransport transport) {
    return HexpayClient.builder().baseUrl("http://127.0.0.1:9").merchantId("M1").appId("A1")
        .signType(HexpaySignType.MD5).secret(SECRET).httpOptions(FuzzSupport.http(transport)).build();
  }

  private static void call(HexpayClient c, int which) {
    switch (which) {
      case 0 -> c.payIns().create(PayInRequest.builder().merchantOrderNo("PI1").amount(Money.of("5.5", "USDC"))
          .network("polygon").description("Gift card").build());
      case 1 -> c.payIns().retrieve(PayInLookup.byMerchantOrderNo("PI1"));
      case 2 -> c.payIns().list(new PayInQuery(Instant.parse("2026-01-01T00:00:00Z"),
          Instant.parse("2026-01-02T00:00:00Z"), null, 20)).items();
      case 3 -> c.balances().list();
      case 4 -> c.batchPayouts().upload(BatchPayoutUpload.of("fuzz", List.of(BatchPayoutRecord.of(
          "0x52908400098527886E0F7030069857D2E4169EE7", Money.of("10.5", "USDT"), HexpayNetwork.ETHEREUM))));
      case 5 -> c.batchPayouts().query("BP1");
      default -> c.batchPayouts().cancel("BP1");
    }
  }

  @FuzzTest(maxDuration = "3s")
  void answers_rawBytes(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 6);
    try (HexpayClient c = client(FuzzSupport.rawAnswers(data))) {
      documentedOnly(() -> call(c, which));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void answers_signedFields(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 6);
    int status = data.pickValue(FuzzSupport.STATUSES);
    Map<String, String> inner = FuzzSupport.fields(data, DATA);
    String sign = Signers.md5SortedFragments(SECRET).sign(inner);
    String code = data.pickValue(new String[] {"0", "10", "12", "5003", "9999"});
    String body = "{\"code\":" + code + ",\"msg\":" + FuzzSupport.quote(data.consumeString(20)) + ",\"data\":"
        + FuzzSupport.json(inner) + ",\"sign\":\"" + sign + "\"}";
    try (HexpayClient c = client(FuzzSupport.answering(status, body.getBytes(StandardCharsets.UTF_8), Map.of()))) {
      documentedOnly(() -> call(c, which));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void callbacks_rawBytes(FuzzedDataProvider data) {
    try (HexpayClient c = client(FuzzSupport.answering(500, new byte[0], Map.of()))) {
      documentedOnly(() -> c.webhooks().verify(FuzzSupport.rawWebhook(data)));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void callbacks_signedFields(FuzzedDataProvider data) {
    boolean json = data.consumeBoolean();
    Map<String, String> f = FuzzSupport.fields(data, CALLBACK);
    if (data.consumeBoolean()) {
      f.put("mchNo", "M1");
    }
    Map<String, String> signed = FuzzSupport.signed(f, m -> Signers.md5SortedFragments(SECRET).sign(m));
    WebhookRequest r = json
        ? WebhookRequest.builder().contentType("application/json").body(FuzzSupport.json(signed)).build()
        : WebhookRequest.builder().contentType("application/x-www-form-urlencoded").body(FuzzSupport.form(signed))
            .build();
    try (HexpayClient c = client(FuzzSupport.answering(500, new byte[0], Map.of()))) {
      documentedOnly(() -> c.webhooks().verify(r));
    }
  }
}
