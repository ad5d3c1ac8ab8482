package dev.paysdk.fuzz;

import static dev.paysdk.fuzz.FuzzSupport.documentedOnly;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.webhook.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** INR AgentPay: every answer parser (apply, query, balance) and the callback verifier. */
class AgentPayFuzzTest {
  private static final String SECRET = "fuzz-secret";
  private static final List<String> ANSWER = List.of("retCode", "retMsg", "mchId", "mchOrderNo", "agentpayOrderId",
      "amount", "fee", "status", "channelPayNo", "errorMessage", "extra", "busNo", "availableAmount", "frozenAmount",
      "pendingAmount", "unsettledAmount", "reqTime");
  private static final List<String> CALLBACK = List.of("mchId", "mchOrderNo", "agentpayOrderId", "amount", "fee",
      "status", "channelPayNo", "errorMessage", "reqTime");
  private static final PayoutRequest REQUEST = PayoutRequest.builder().merchantOrderNo("PO1")
      .amount(Money.of("1000", "INR")).payee(Payee.builder().name("Rahul Verma").phone("9876543210").build())
      .destination(Destination.bankAccount("001234567890").ifsc("HDFC0001234").build()).build();

  private static AgentPayClient client(HttpTransport transport) {
    return AgentPayClient.builder().baseUrl("http://127.0.0.1:9").merchantId("M1").secret(SECRET)
        .httpOptions(FuzzSupport.http(transport)).build();
  }

  private static void call(AgentPayClient c, int which) {
    switch (which) {
      case 0 -> c.payouts().create(REQUEST);
      case 1 -> c.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO1"));
      default -> c.balances().list();
    }
  }

  @FuzzTest(maxDuration = "3s")
  void answers_rawBytes(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 2);
    try (AgentPayClient c = client(FuzzSupport.rawAnswers(data))) {
      documentedOnly(() -> call(c, which));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void answers_signedFields(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 2);
    int status = data.pickValue(FuzzSupport.STATUSES);
    Map<String, String> f = FuzzSupport.signed(FuzzSupport.fields(data, ANSWER),
        m -> Signers.md5SortedFragments(SECRET).sign(m));
    byte[] body = FuzzSupport.json(f).getBytes(StandardCharsets.UTF_8);
    try (AgentPayClient c = client(FuzzSupport.answering(status, body, Map.of()))) {
      documentedOnly(() -> call(c, which));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void callbacks_rawBytes(FuzzedDataProvider data) {
    try (AgentPayClient c = client(FuzzSupport.answering(500, new byte[0], Map.of()))) {
      documentedOnly(() -> c.webhooks().verify(FuzzSupport.rawWebhook(data)));
    }
  }

  @FuzzTest(maxDuration = "3s")
  void callbacks_signedFields(FuzzedDataProvider data) {
    boolean inBody = data.consumeBoolean();
    Map<String, String> f = FuzzSupport.signed(FuzzSupport.fields(data, CALLBACK),
        m -> Signers.md5SortedFragments(SECRET).sign(m));
    WebhookRequest r = inBody
        ? WebhookRequest.builder().contentType("application/x-www-form-urlencoded").body(FuzzSupport.form(f)).build()
        : WebhookRequest.builder().rawQuery(FuzzSupport.form(f)).build();
    try (AgentPayClient c = client(FuzzSupport.answering(500, new byte[0], Map.of()))) {
      documentedOnly(() -> c.webhooks().verify(r));
    }
  }
}
