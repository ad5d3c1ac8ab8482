package dev.paysdk.vexora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.testkit.internal.LeakAuditSupport.ACCOUNT;
import static dev.paysdk.testkit.internal.LeakAuditSupport.EMAIL;
import static dev.paysdk.testkit.internal.LeakAuditSupport.FIRST;
import static dev.paysdk.testkit.internal.LeakAuditSupport.FORGED;
import static dev.paysdk.testkit.internal.LeakAuditSupport.LAST;
import static dev.paysdk.testkit.internal.LeakAuditSupport.NAME;
import static dev.paysdk.testkit.internal.LeakAuditSupport.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.testkit.WebhookReceiver;
import dev.paysdk.testkit.internal.LeakAuditSupport.Leaks;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.paysdk.testkit.internal.LeakAuditCase;
import dev.paysdk.testkit.internal.LeakAuditSupport;

/** Leak audit: secrets and personal data in logs (TRACE included), exceptions and toString(). */
class VexoraLeakAuditTest extends LeakAuditCase {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String MOBILE = "0" + LeakAuditSupport.PHONE;
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static VexoraSimulator sim() {
    return VexoraSimulator.builder().appSecret(SECRET).options(SimulatorOptions.builder()
        .processingDelay(Duration.ofMillis(20)).completionDelay(Duration.ofMillis(30)).build()).start();
  }

  private static VexoraClient.Builder clientOf(VexoraSimulator sim) {
    return VexoraClient.builder().baseUrl(sim.baseUrl()).merchantNo(sim.merchantNo()).appSecret(sim.appSecret())
        .readTimeout(Duration.ofSeconds(5)).sleeper(d -> { });
  }

  private static PayoutRequest request(String orderNo, String notifyUrl) {
    return PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of("150000", "IDR"))
        .payee(Payee.builder().firstName(FIRST).lastName(LAST).email(EMAIL).phone(MOBILE).build())
        .destination(Destination.bankAccount(ACCOUNT).build()).notifyUrl(notifyUrl).build();
  }

  private static DisbursementRequest nativeRequest(String orderNo, String notifyUrl) {
    return DisbursementRequest.builder().merchantOrderNo(orderNo).amount(Money.of("150000", "IDR"))
        .accountNo(ACCOUNT).mobile(MOBILE).email(EMAIL).firstName(FIRST).lastName(LAST).notifyUrl(notifyUrl).build();
  }

  @Test
  void successfulFlow_payoutQueryBalanceWebhookReconcile_leakNothing() {
    try (VexoraSimulator sim = sim()) {
      VexoraClient.Builder builder = clientOf(sim);
      VexoraClient client = builder.build();
      leaks.object("client builder", builder);
      leaks.object("client", client);
      leaks.object("payouts()", client.payouts());
      leaks.object("balances()", client.balances());
      leaks.object("webhooks()", client.webhooks());
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        PayoutRequest req = request("VXLEAK-OK-1", hook.url());
        leaks.object("PayoutRequest", req);
        leaks.object("PayoutRequest.payee", req.payee());
        leaks.object("PayoutRequest.destination", req.destination());
        leaks.object("PayoutRequest.toBuilder", req.toBuilder());
        attempt("create", () -> client.payouts().create(req));
        WebhookEvent event = hook.awaitEvent(e -> "VXLEAK-OK-1".equals(e.merchantOrderNo()), WAIT);
        leaks.object("webhook event", event);
        leaks.object("webhook event fields", event.fields());
        leaks.object("webhook provider event", event.providerEvent(DisbursementNotification.class));
        attempt("retrieve", () -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("VXLEAK-OK-1")));
        attempt("native query", () -> client.payouts().query("VXLEAK-OK-1"));
        attempt("balance", () -> client.balances().query());
        attempt("reconcile", () -> client.payouts().reconcile("VXLEAK-OK-1"));
        DisbursementRequest nat = nativeRequest("VXLEAK-OK-2", hook.url());
        leaks.object("DisbursementRequest", nat);
        leaks.object("DisbursementRequest.toBuilder", nat.toBuilder());
        attempt("native disburse", () -> client.payouts().disburse(nat));
        hook.rejections().forEach(r -> leaks.throwable("receiver rejection", r));
      }
    }
    assertNoLeak();
  }

  @Test
  void validationFailure_malformedAccountPhoneEmail_doesNotEchoTheValues() {
    try (VexoraSimulator sim = sim()) {
      VexoraClient client = clientOf(sim).build();
      PayoutRequest bad = PayoutRequest.builder().merchantOrderNo("VXLEAK-BAD-1").amount(Money.of("150000", "IDR"))
          .payee(Payee.builder().firstName(FIRST + "<>").lastName(LAST + "\u0001").email(EMAIL + "@@")
              .phone("+" + LeakAuditSupport.PHONE + "x").build())
          .destination(Destination.bankAccount(ACCOUNT + "-X!").build()).notifyUrl("http://127.0.0.1:1/n").build();
      leaks.object("bad PayoutRequest", bad);
      attempt("create invalid", () -> client.payouts().create(bad));
      attempt("native invalid", () -> client.payouts().disburse(DisbursementRequest.builder()
          .merchantOrderNo("VXLEAK-BAD-2").amount(Money.of("150000", "IDR")).accountNo(ACCOUNT + "-X!")
          .mobile("+" + LeakAuditSupport.PHONE + "x").email(EMAIL + "@@").firstName(FIRST + "<>")
          .lastName(LAST + "\u0001").notifyUrl("http://127.0.0.1:1/n").build()));
      // a too long account
      attempt("create long account", () -> client.payouts().create(request("VXLEAK-BAD-3", "http://127.0.0.1:1/n")
          .toBuilder().destination(Destination.bankAccount(ACCOUNT + ACCOUNT + ACCOUNT).build()).build()));
    }
    assertNoLeak();
  }

  @Test
  void unknownOutcome_signatureFailure_reconcile_leakNothing() {
    try (VexoraSimulator sim = sim()) {
      VexoraClient client = clientOf(sim).build();
      sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.resetAfterStore());
      attempt("create reset-after-store", () -> client.payouts().create(request("VXLEAK-UNK-1", "http://127.0.0.1:1/n")));
      attempt("reconcile after unknown", () -> client.payouts().reconcile("VXLEAK-UNK-1"));
      sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.wrongSignature());
      attempt("create wrong signature", () -> client.payouts().create(request("VXLEAK-SIG-1", "http://127.0.0.1:1/n")));
      sim.faults().once(VexoraSimulator.QUERY, Fault.wrongSignature());
      attempt("query wrong signature", () -> client.payouts().query("VXLEAK-SIG-1"));
      sim.faults().once(VexoraSimulator.BALANCE, Fault.wrongSignature());
      attempt("balance wrong signature", () -> client.balances().query());
      sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.malformedBody());
      attempt("create malformed", () -> client.payouts().create(request("VXLEAK-MAL-1", "http://127.0.0.1:1/n")));
      sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.httpStatus(502));
      attempt("create 502", () -> client.payouts().create(request("VXLEAK-502-1", "http://127.0.0.1:1/n")));
      // a client with the wrong secret: the gateway refuses the signature
      VexoraClient wrong = clientOf(sim).appSecret(SECRET + "_WRONG").build();
      attempt("create wrong secret", () -> wrong.payouts().create(request("VXLEAK-SIG-2", "http://127.0.0.1:1/n")));
      attempt("balance wrong secret", () -> wrong.balances().query());
    }
    assertNoLeak();
  }

  @Test
  void failedPayout_gatewayMessageEchoingAccountAndName_isMaskedInQueryWebhookAndPayout() {
    // the failure reason comes back by query and webhook, where the SDK does not hold the payee's
    // name: numbers and addresses are masked by their look, a name cannot be
    leaks.withoutNames();
    String echo = "Transfer to " + ACCOUNT + " (" + NAME + ", " + MOBILE + ", " + EMAIL + ") failed\r\n" + FORGED;
    try (VexoraSimulator sim = sim()) {
      VexoraClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        sim.nextOutcome(VexoraSimulator.Outcome.FAILED, echo);
        attempt("create (will fail)", () -> client.payouts().create(request("VXLEAK-FAIL-1", hook.url())));
        WebhookEvent event = hook.awaitEvent(e -> "VXLEAK-FAIL-1".equals(e.merchantOrderNo()), WAIT);
        leaks.object("failed webhook event", event);
        leaks.object("failed webhook provider event", event.providerEvent(DisbursementNotification.class));
        attempt("retrieve failed", () -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("VXLEAK-FAIL-1")));
        attempt("native query failed", () -> client.payouts().query("VXLEAK-FAIL-1"));
        attempt("reconcile failed", () -> {
          Reconciliation r = client.payouts().reconcile("VXLEAK-FAIL-1");
          return r;
        });
        // the webhook is received with a wrong signature: rejection message and logs
        sim.sendWebhook("VXLEAK-FAIL-1", hook.url(), true);
        hook.rejections().forEach(r -> leaks.throwable("receiver rejection", r));
      }
    }
    assertNoLeak();
  }

  @Test
  void forgedWebhookWithPersonalFields_rejection_leaksNothing() {
    try (VexoraSimulator sim = sim()) {
      VexoraClient client = clientOf(sim).build();
      String body = "{\"tradeNo\":\"VXLEAK-WH-1\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"amount\":\"150000.00\","
          + "\"status\":\"0000\",\"message\":\"paid " + ACCOUNT + " " + NAME + "\\r\\n" + FORGED + "\",\"accountNo\":\""
          + ACCOUNT + "\",\"email\":\"" + EMAIL + "\",\"sign\":\"0123456789abcdef0123456789abcdef\"}";
      attempt("webhook bad sign", () -> client.webhooks().verify(WebhookRequest.builder().method("POST")
          .contentType("application/json").body(body).build()));
      attempt("webhook unsigned", () -> client.webhooks().verify(WebhookRequest.builder().method("POST")
          .contentType("application/json").body(body.replaceFirst(",\"sign\":\"[0-9a-f]+\"", "")).build()));
      attempt("webhook not json", () -> client.webhooks().verify(WebhookRequest.builder().method("POST")
          .contentType("application/json").body("{\"accountNo\":x" + ACCOUNT + ",\"name\":" + FIRST + "}").build()));
      attempt("webhook odd status", () -> client.webhooks().verify(WebhookRequest.builder().method("POST")
          .contentType("application/json").body(body.replace("\"0000\"", "\"" + ACCOUNT + "\\r\\n" + FORGED + "\"")).build()));
    }
    assertNoLeak();
  }

  // ---- hostile answers on WireMock (secret of VexoraTestSupport) ----

  private static final String PATH = "/indonesia/v1/vexora/disbursements";

  private static void stub(String path, int status, String body) {
    wm.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  /** A signed handled answer whose top-level msg is {@code msgJson} (JSON-escaped) / {@code msgText} (decoded). */
  private static String signedAnswer(String msgJson, String msgText, String data) {
    String canonical = "code=0000data=" + data + "msg=" + msgText + "success=truetimestamp=1719876543210";
    return "{\"msg\":\"" + msgJson + "\",\"code\":\"0000\",\"timestamp\":1719876543210,\"success\":true,\"data\":"
        + data + ",\"sign\":\"" + VexoraTestSupport.md5(canonical + VexoraTestSupport.SECRET) + "\"}";
  }

  @Test
  void hostileAnswers_refusalEcho_handledMsgEcho_unparseableToken_leakNothing() {
    VexoraClient client = VexoraTestSupport.client(wm.baseUrl() + "/indonesia", new VexoraTestSupport.RecordingSleeper())
        .build();
    String echoJson = "account " + ACCOUNT + " of " + NAME + " / " + MOBILE + " / " + EMAIL + "\\r\\n" + FORGED;
    String echoText = "account " + ACCOUNT + " of " + NAME + " / " + MOBILE + " / " + EMAIL + "\r\n" + FORGED;
    // 1. a refusal echoing the request's values
    stub(PATH, 200, "{\"msg\":\"" + echoJson + "\",\"code\":\"8000\",\"timestamp\":1719876543210,\"success\":false,"
        + "\"data\":null}");
    attempt("refusal echo (neutral)", () -> client.payouts().create(request("VX-HOST-1", "https://m.example/n")));
    attempt("refusal echo (native)", () -> client.payouts().disburse(nativeRequest("VX-HOST-1", "https://m.example/n")));
    // 2. a handled answer whose msg and data.message/remark echo them, with a line break
    String data = "{\"tradeNo\":\"VX-HOST-2\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"status\":\"0015\","
        + "\"message\":\"" + echoJson + "\",\"remark\":\"" + echoJson + "\"}";
    stub(PATH, 200, signedAnswer(echoJson, echoText, data));
    attempt("handled echo (native)", () -> client.payouts().disburse(nativeRequest("VX-HOST-2", "https://m.example/n")));
    attempt("handled echo (neutral)", () -> client.payouts().create(request("VX-HOST-2", "https://m.example/n")));
    leaks.logs("logs of the create calls", LeakAuditSupport.stopCapture());
    LeakAuditSupport.startCapture();
    // 3. query answer echoing them (the query knows no request value to mask)
    String qdata = "{\"tradeNo\":\"VX-HOST-3\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"amount\":\"150000.00\","
        + "\"status\":\"00029\",\"message\":\"" + echoJson + "\"}";
    stub("/indonesia/v1/vexora/queryPayOutResult", 200, signedAnswer(echoJson, echoText, qdata));
    // a query or balance answer holds no request the SDK knows: a payee's name there cannot be told
    // from other words; its numbers, phone and e-mail are masked by their look
    Leaks gatewayText = new Leaks().withoutNames();
    gatewayText.object("query echo (native) result", client.payouts().query("VX-HOST-3"));
    gatewayText.object("query echo (neutral) result",
        client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("VX-HOST-3")));
    // 4. balance answer with an echoing msg
    String bdata = "{\"availableAmount\":\"1000.00\",\"freezeAmount\":\"0.00\",\"unsettledAmount\":\"0.00\"}";
    stub("/indonesia/v1/vexora/queryBalance", 200, signedAnswer(echoJson, echoText, bdata));
    gatewayText.object("balance echo result", client.balances().query());
    gatewayText.logs("logs of the query and balance calls", LeakAuditSupport.stopCapture());
    LeakAuditSupport.startCapture();
    assertThat(gatewayText.found).as(gatewayText.report()).isEmpty();
    // 5. an answer that is not JSON, holding the values as bare tokens
    stub(PATH, 200, "{\"code\":\"0000\",\"data\":{\"accountNo\":x" + ACCOUNT + ",\"name\":" + FIRST + "}}");
    attempt("unparseable answer", () -> client.payouts().create(request("VX-HOST-5", "https://m.example/n")));
    stub(PATH, 200, "{\"code\":\"0000\",\"msg\":" + FIRST + LAST + "}");
    attempt("unparseable answer 2", () -> client.payouts().create(request("VX-HOST-6", "https://m.example/n")));
    System.out.println("paths: " + wm.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).distinct().toList());
    assertNoLeak();
  }
}
