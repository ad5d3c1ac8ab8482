package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.paysdk.testkit.internal.LeakAuditSupport.EMAIL;
import static dev.paysdk.testkit.internal.LeakAuditSupport.FORGED;
import static dev.paysdk.testkit.internal.LeakAuditSupport.NAME;
import static dev.paysdk.testkit.internal.LeakAuditSupport.PHONE;
import static dev.paysdk.testkit.internal.LeakAuditSupport.SECRET;
import static dev.paysdk.testkit.internal.LeakAuditSupport.WALLET;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookReceiver;
import dev.paysdk.testkit.internal.LeakAuditCase;
import dev.paysdk.testkit.internal.LeakAuditSupport;
import dev.paysdk.testkit.internal.LeakAuditSupport.Leaks;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Leak audit of sdk-hexpay: the app secret, the private key, wallet addresses, phones, e-mails and
 * names in logs (TRACE included), exception chains and toString(), and gateway CR/LF in them.
 */
class HexpayLeakAuditTest extends LeakAuditCase {
  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();
  private static final KeyPair OTHER = TestSupport.rsaKeyPair();
  /** A second wallet, of another record of the same batch. */
  /** An EVM address (40 hex digits): the form a gateway's text would hold. */
  private static final String WALLET2 = "0x1eA4C0FFEEdeadBEEF0123456789abcdef990a1b";
  /** Batch results are scanned record by record, and an upload's check errors one by one. */
  @Override
  protected void scanResult(String where, Object r) {
    scan(leaks, where, r);
  }

  private static void scan(Leaks l, String where, Object r) {
    l.object(where + " result", r);
    if (r instanceof BatchPayoutDetail d) {
      d.records().forEach(rec -> l.object(where + " record", rec));
    }
    if (r instanceof BatchUploadResult u) {
      u.checkErrors().forEach(e -> l.object(where + " check error", e));
    }
  }

  private static Object attempt(Leaks l, String where, Supplier<?> call) {
    try {
      Object r = call.get();
      scan(l, where, r);
      return r;
    } catch (RuntimeException e) {
      l.throwable(where, e);
      return e;
    }
  }

  /** The private key's PEM body must never show, not even partly: a 40-character stretch of it is forbidden. */
  private static Leaks forbidKey(Leaks l, String pem) {
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
    return l.forbid("private key (part)", body.substring(body.length() / 2, body.length() / 2 + 40));
  }

  private static HexpaySimulator sim() {
    return HexpaySimulator.builder().appSecret(SECRET).options(SimulatorOptions.builder()
        .processingDelay(Duration.ofMillis(20)).completionDelay(Duration.ofMillis(30)).build()).start();
  }

  private static HexpayClient.Builder clientOf(HexpaySimulator sim) {
    return HexpayClient.builder().baseUrl(sim.baseUrl()).mchNo(sim.mchNo()).appId(sim.appId())
        .merchantPrivateKey(sim.merchantPrivateKeyPem()).platformPublicKey(sim.platformPublicKeyPem())
        .appSecret(sim.appSecret()).readTimeout(Duration.ofSeconds(5)).sleeper(d -> { });
  }

  private static CashierOrder order(String no, String notifyUrl) {
    return CashierOrder.builder().merchantOrderNo(no).amount(Money.of("11", "USDC")).network(HexpayNetwork.SOLANA)
        .merchantUserId("u1230987").goods(new Goods("T-shirt", "Blue, size M", "shop")).notifyUrl(notifyUrl).build();
  }

  private static BatchPayoutUpload upload(String purpose, String... addresses) {
    List<BatchPayoutRecord> records = java.util.Arrays.stream(addresses).map(a -> new BatchPayoutRecord(a,
        Money.of("10.5", "USDT"), HexpayNetwork.BINANCE_SMART_CHAIN, "payroll", "memo-" + PHONE)).toList();
    return BatchPayoutUpload.of(purpose, records);
  }

  private static BatchPayoutDetail awaitFinal(HexpayClient client, String batchNo) {
    long end = System.nanoTime() + WAIT.toNanos();
    BatchPayoutDetail d = client.batchPayouts().query(batchNo);
    while (!d.auditStatus().isFinal() && System.nanoTime() < end) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      d = client.batchPayouts().query(batchNo);
    }
    return d;
  }

  @Test
  void successfulFlows_payInBalanceBatchWebhook_leakNothing() {
    try (HexpaySimulator sim = sim()) {
      forbidKey(leaks, sim.merchantPrivateKeyPem());
      HexpayClient.Builder builder = clientOf(sim);
      HexpayClient client = builder.build();
      leaks.object("client builder", builder);
      leaks.object("client", client);
      leaks.object("payIns()", client.payIns());
      leaks.object("balances()", client.balances());
      leaks.object("webhooks()", client.webhooks());
      leaks.object("batchPayouts()", client.batchPayouts());
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        CashierOrder o = order("HXLEAK-OK-1", hook.url());
        leaks.object("CashierOrder", o);
        leaks.object("CashierOrder.toBuilder", o.toBuilder());
        Object created = attempt("createOrder", () -> client.payIns().createOrder(o));
        if (created instanceof CashierOrderResult r) {
          sim.pay(r.payOrderId());
          WebhookEvent e = hook.awaitEvent(ev -> "HXLEAK-OK-1".equals(ev.merchantOrderNo()), WAIT);
          leaks.object("webhook event", e);
          leaks.object("webhook fields", e.fields());
          leaks.object("webhook provider event", e.providerEvent(HexpayPayInNotification.class));
        }
        attempt("query", () -> client.payIns().query(PayInLookup.byMerchantOrderNo("HXLEAK-OK-1")));
        attempt("retrieve", () -> client.payIns().retrieve(PayInLookup.byMerchantOrderNo("HXLEAK-OK-1")));
        attempt("list", () -> client.payIns().listOrders(OrderListQuery.builder().build()).items());
        attempt("neutral list", () -> client.payIns().list(PayInQuery.all()).items());
        attempt("neutral create", () -> client.payIns().create(PayInRequest.builder().merchantOrderNo("HXLEAK-OK-2")
            .amount(Money.of("3", "USDT")).network("Polygon").customerId("u1230987").description("T-shirt")
            .notifyUrl(hook.url()).build()));
        attempt("balances", () -> client.balances().query());
        BatchPayoutUpload up = upload("leak audit #1", WALLET, WALLET2);
        leaks.object("BatchPayoutUpload", up);
        up.records().forEach(r -> leaks.object("BatchPayoutRecord", r));
        Object uploaded = attempt("upload", () -> client.batchPayouts().upload(up));
        if (uploaded instanceof BatchUploadResult u) {
          attempt("batch query", () -> awaitFinal(client, u.batchNo()));
        }
        Object pending = attempt("upload to cancel", () -> client.batchPayouts().upload(upload("leak audit #2",
            WALLET)));
        if (pending instanceof BatchUploadResult u) {
          attempt("cancel", () -> client.batchPayouts().cancel(u.batchNo()));
          attempt("cancel again (refused)", () -> client.batchPayouts().cancel(u.batchNo()));
        }
        hook.rejections().forEach(r -> leaks.throwable("receiver rejection", r));
      }
    }
    assertNoLeak();
  }

  @Test
  void validationFailures_malformedWalletAddressesAndEmails_doNotEchoTheValues() {
    try (HexpaySimulator sim = sim()) {
      HexpayClient client = clientOf(sim).build();
      // records the SDK refuses: blank-looking, control characters, bad amount, Tron
      BatchPayoutUpload bad = BatchPayoutUpload.of("purpose", List.of(
          new BatchPayoutRecord(WALLET + "\r\n" + FORGED, Money.of("5", "EUR"), HexpayNetwork.TRON, null, null),
          new BatchPayoutRecord(WALLET, Money.of("1.12", "EUR"), null, "payroll", PHONE),
          new BatchPayoutRecord(" " + WALLET + "\u0000", Money.of("5", "USDT"), HexpayNetwork.POLYGON, null, null)));
      leaks.object("bad upload", bad);
      attempt("upload invalid", () -> client.batchPayouts().upload(bad));
      // only a control character: passes the SDK's checks, must be refused before sending without echo
      attempt("upload control character", () -> client.batchPayouts().upload(BatchPayoutUpload.of("p", List.of(
          new BatchPayoutRecord(WALLET + "\u0007", Money.of("5", "USDT"), HexpayNetwork.POLYGON, null, null)))));
      // an over-long address: the gateway lists it in checkErrorList
      String longAddress = WALLET + WALLET + WALLET + WALLET;
      attempt("upload over-long address", () -> client.batchPayouts().upload(BatchPayoutUpload.of("p", List.of(
          new BatchPayoutRecord(longAddress, Money.of("5", "USDT"), HexpayNetwork.POLYGON, null, null)))));
      attempt("batch query bad no", () -> client.batchPayouts().query(WALLET + "\r\n" + FORGED));
      attempt("batch cancel long no", () -> client.batchPayouts().cancel(WALLET + WALLET + WALLET));
    }
    assertNoLeak();
  }

  @Test
  void batchPayoutRecord_toString_printsRemarksUnmasked() {
    // remarks are the merchant's free text for the payee, often a name or an e-mail
    BatchPayoutRecord r = new BatchPayoutRecord(WALLET, Money.of("10.5", "USDT"), HexpayNetwork.POLYGON,
        "salary " + EMAIL + " " + PHONE, "memo");
    leaks.object("BatchPayoutRecord", r);
    leaks.object("BatchPayoutUpload", BatchPayoutUpload.of("p", List.of(r)));
    assertNoLeak();
  }

  @Test
  void validationFailures_misplacedEmailOrPhoneInUrlNetworkOrCurrency_areEchoed() {
    try (HexpaySimulator sim = sim()) {
      HexpayClient client = clientOf(sim).build();
      // e-mails and phones where the cashier order has URLs and ids
      attempt("createOrder emails in URLs", () -> client.payIns().createOrder(order("HXLEAK-BAD-1", EMAIL).toBuilder()
          .successUrl("mailto:" + EMAIL).failUrl("tel:" + PHONE).clientIp(PHONE + PHONE + PHONE + PHONE).build()));
      attempt("neutral create bad", () -> client.payIns().create(PayInRequest.builder().merchantOrderNo("HXLEAK-BAD-2")
          .amount(Money.of("3", "USDT")).network(EMAIL).customerId(EMAIL + EMAIL).description("T-shirt")
          .notifyUrl(EMAIL).build()));
      attempt("balance currency", () -> client.balances().query(EMAIL));
    }
    assertNoLeak();
  }

  @Test
  void unknownOutcomes_signatureFailures_wrongKeysAndSecret_leakNothing() {
    try (HexpaySimulator sim = sim()) {
      forbidKey(leaks, sim.merchantPrivateKeyPem());
      HexpayClient client = clientOf(sim).build();
      sim.faults().once(HexpaySimulator.BATCH_UPLOAD, Fault.resetAfterStore());
      attempt("upload reset-after-store", () -> client.batchPayouts().upload(upload("unknown #1", WALLET)));
      sim.faults().once(HexpaySimulator.BATCH_UPLOAD, Fault.wrongSignature());
      attempt("upload wrong signature", () -> client.batchPayouts().upload(upload("unknown #2", WALLET)));
      sim.faults().once(HexpaySimulator.BATCH_UPLOAD, Fault.httpStatus(502));
      attempt("upload 502", () -> client.batchPayouts().upload(upload("unknown #3", WALLET)));
      sim.faults().once(HexpaySimulator.BATCH_UPLOAD, Fault.malformedBody());
      attempt("upload malformed", () -> client.batchPayouts().upload(upload("unknown #4", WALLET)));
      sim.faults().once(HexpaySimulator.PAYIN_ORDER, Fault.resetAfterStore());
      attempt("createOrder reset", () -> client.payIns().createOrder(order("HXLEAK-UNK-1", null)));
      sim.faults().once(HexpaySimulator.PAYIN_QUERY, Fault.wrongSignature());
      attempt("query wrong signature", () -> client.payIns().query(PayInLookup.byMerchantOrderNo("HXLEAK-UNK-1")));
      sim.faults().once(HexpaySimulator.BATCH_QUERY, Fault.wrongSignature());
      attempt("batch query wrong signature", () -> client.batchPayouts().query("BP000000001"));
      // a client whose platform key is another one, and one whose app secret is wrong
      HexpayClient wrongKey = clientOf(sim).platformPublicKey(OTHER.getPublic()).build();
      HexpayClient wrongSecret = clientOf(sim).appSecret(SECRET + "_WRONG").build();
      attempt("query with wrong secret", () -> wrongSecret.payIns().query(PayInLookup.byMerchantOrderNo("HXLEAK-UNK-1")));
      // a client with another merchant key: the gateway refuses the signature
      HexpayClient wrongMerchant = clientOf(sim).merchantPrivateKey(OTHER.getPrivate()).build();
      attempt("upload refused signature", () -> wrongMerchant.batchPayouts().upload(upload("unknown #5", WALLET)));
      try (WebhookReceiver hook = WebhookReceiver.start(wrongKey.webhooks())) {
        Object created = attempt("createOrder for webhook", () -> client.payIns().createOrder(order("HXLEAK-WH-1",
            hook.url())));
        if (created instanceof CashierOrderResult r) {
          sim.pay(r.payOrderId());
          long end = System.nanoTime() + WAIT.toNanos();
          while (hook.rejections().isEmpty() && System.nanoTime() < end) {
            Thread.onSpinWait();
          }
        }
        hook.rejections().forEach(r -> leaks.throwable("wrong platform key rejection", r));
      }
      // MD5-signed webhooks to a client without the app secret
      sim.webhookSigning(HexpaySimulator.WebhookSigning.MD5);
      HexpayClient noSecret = HexpayClient.builder().baseUrl(sim.baseUrl()).mchNo(sim.mchNo()).appId(sim.appId())
          .merchantPrivateKey(sim.merchantPrivateKeyPem()).platformPublicKey(sim.platformPublicKeyPem())
          .readTimeout(Duration.ofSeconds(5)).sleeper(d -> { }).build();
      HexpayClient wrongSecretHooks = wrongSecret;
      try (WebhookReceiver a = WebhookReceiver.start(noSecret.webhooks());
          WebhookReceiver b = WebhookReceiver.start(wrongSecretHooks.webhooks())) {
        for (WebhookReceiver hook : List.of(a, b)) {
          Object created = attempt("createOrder md5", () -> client.payIns().createOrder(order("HXLEAK-MD5-"
              + System.nanoTime() % 100000, hook.url())));
          if (created instanceof CashierOrderResult r) {
            sim.pay(r.payOrderId());
            long end = System.nanoTime() + WAIT.toNanos();
            while (hook.rejections().isEmpty() && System.nanoTime() < end) {
              Thread.onSpinWait();
            }
          }
          hook.rejections().forEach(r -> leaks.throwable("md5 webhook rejection", r));
        }
      }
      // the builder refusing malformed keys: never echoes them
      String pem = sim.merchantPrivateKeyPem();
      attempt("builder truncated key", () -> HexpayClient.builder().merchantPrivateKey(pem.substring(0, pem.length() - 40)));
      attempt("builder key without END", () -> HexpayClient.builder().merchantPrivateKey(
          pem.replaceAll("-----END [A-Z ]+-----", "")));
      attempt("builder private as public", () -> HexpayClient.builder().platformPublicKey(pem));
      attempt("builder mangled base64", () -> HexpayClient.builder().merchantPrivateKey(
          pem.replaceAll("-----[A-Z ]+-----", "").replace('A', '#')));
      attempt("builder md5 without secret", () -> HexpayClient.builder().baseUrl(sim.baseUrl()).mchNo(sim.mchNo())
          .appId(sim.appId()).signType(HexpaySignType.MD5).build());
      attempt("builder blank secret", () -> HexpayClient.builder().appSecret(" "));
    }
    assertNoLeak();
  }

  @Test
  void batchRecordFailReason_echoingTheWalletAddress_isMaskedInQueryResultAndLogs() {
    // the failure reason comes back by query: a name cannot be masked there, addresses must be
    leaks.withoutNames();
    try (HexpaySimulator sim = sim()) {
      HexpayClient client = clientOf(sim).build();
      sim.failPayoutsTo(WALLET, "transfer to " + WALLET + " (" + NAME + ", " + EMAIL + ", " + PHONE + ") failed\r\n"
          + FORGED);
      Object uploaded = attempt("upload", () -> client.batchPayouts().upload(upload("fail #1", WALLET, WALLET2)));
      if (uploaded instanceof BatchUploadResult u) {
        attempt("batch query failed record", () -> awaitFinal(client, u.batchNo()));
      }
    }
    assertNoLeak();
  }

  @Test
  void batchRejectReason_echoingTheWalletAddress_isMaskedInQueryResultAndLogs() {
    leaks.withoutNames();
    try (HexpaySimulator sim = HexpaySimulator.builder().appSecret(SECRET)
        .options(SimulatorOptions.builder().autoAdvance(false).build()).start()) {
      HexpayClient client = clientOf(sim).build();
      Object uploaded = attempt("upload", () -> client.batchPayouts().upload(upload("reject #1", WALLET)));
      if (uploaded instanceof BatchUploadResult u) {
        sim.rejectBatch(u.batchNo(), "address " + WALLET + " of " + EMAIL + " is sanctioned\r\n" + FORGED);
        attempt("batch query rejected", () -> client.batchPayouts().query(u.batchNo()));
        attempt("cancel rejected", () -> client.batchPayouts().cancel(u.batchNo()));
      }
    }
    assertNoLeak();
  }

  // ---- hostile answers on WireMock ----

  private static void stub(String path, String body) {
    wm.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static String echoJson(String... values) {
    return "recipientAddress " + String.join(" / ", values) + "\\r\\n" + FORGED;
  }

  @Test
  void uploadRefusal_echoingTheWalletAddress_isMaskedInExceptionAndLogs() {
    HexpayClient client = TestSupport.client(wm, MERCHANT, PLATFORM).build();
    // a refusal (parameter error) whose message repeats the request's address, with a line break
    stub("/v1/hexpay/batchPayment/upload", "{\"code\":11,\"msg\":\"parameter error: " + echoJson(WALLET, PHONE + "1")
        + "\"}");
    attempt("upload refused (echo)", () -> client.batchPayouts().upload(upload("echo #1", WALLET)));
    // the gateway's own failure with the echo: an unknown outcome
    stub("/v1/hexpay/batchPayment/upload", "{\"code\":10,\"msg\":\"system error for " + echoJson(WALLET) + "\"}");
    attempt("upload system error (echo)", () -> client.batchPayouts().upload(upload("echo #2", WALLET)));
    assertNoLeak();
  }

  @Test
  void uploadCheckErrorList_echoingTheWalletAddress_isMaskedInResultAndLogs() {
    HexpayClient client = TestSupport.client(wm, MERCHANT, PLATFORM).build();
    String data = "{\"batchNo\":null,\"totalCount\":2,\"checkErrorList\":["
        + "{\"index\":0,\"recipientAddress\":\"" + WALLET + "\",\"reason\":\"" + echoJson(WALLET) + "\"},"
        + "{\"index\":1,\"reason\":\"invalid address " + WALLET2 + "\\r\\n" + FORGED + "\"},"
        + "\"row 1: " + WALLET2 + " unknown\"],"
        + "\"checkBalanceList\":[]}";
    stub("/v1/hexpay/batchPayment/upload", "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":" + data + "}");
    leaks.forbid("wallet 2", WALLET2);
    attempt("upload with check errors", () -> client.batchPayouts().upload(upload("echo #3", WALLET, WALLET2)));
    assertNoLeak();
  }

  @Test
  void batchQueryAndCancelAnswers_echoingAddressesAndLineBreaks_leakNothing() {
    leaks.withoutNames().forbid("wallet 2", WALLET2);
    HexpayClient client = TestSupport.client(wm, MERCHANT, PLATFORM).build();
    // the query answer holds WALLET2 (its record's address): its free texts echo it, an e-mail and a line break
    String echo = "payee " + WALLET2 + " " + NAME + " " + EMAIL + "\\r\\n" + FORGED;
    stub("/v1/hexpay/batchPayment/query", "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":{\"batchNo\":\"BP1\","
        + "\"mchNo\":\"M1752564528\",\"auditStatus\":2,\"purpose\":\"p\",\"rejectReason\":\"" + echo
        + "\",\"auditOpinion\":\"" + echo + "\",\"records\":[{\"id\":1,\"recipientAddress\":\"" + WALLET2
        + "\",\"paymentAmount\":\"1\",\"paymentCurrency\":\"USDT\",\"status\":3,\"failReason\":\"" + echo
        + "\",\"addressTag\":\"" + PHONE + "\"}]}}");
    attempt("batch query echo", () -> client.batchPayouts().query("BP1"));
    // the cancel answers hold no address: their free texts echo an e-mail and a line break
    echo = "payee " + NAME + " " + EMAIL + " " + PHONE + "\\r\\n" + FORGED;
    stub("/v1/hexpay/batchPayment/cancel", "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":{\"batchNo\":\"BP2\",\"status\":5,"
        + "\"rejectReason\":\"" + echo + "\",\"remarks\":\"" + echo + "\",\"auditUserName\":\"" + NAME + "\"}}");
    attempt("batch cancel echo", () -> client.batchPayouts().cancel("BP2"));
    stub("/v1/hexpay/batchPayment/cancel", "{\"code\":3002,\"msg\":\"" + echo + "\"}");
    attempt("batch cancel refused echo", () -> client.batchPayouts().cancel("BP3"));
    assertNoLeak();
  }

  @Test
  void forgedWebhooks_withPersonalFields_rejectionsLeakNothing() {
    HexpayClient client = TestSupport.client(wm, MERCHANT, PLATFORM).appSecret(SECRET).build();
    String form = "payOrderId=P1&mchOrderNo=HX1&amount=11&currency=USDC&state=2&mchNo=M1752564528"
        + "&mchUserId=" + EMAIL.replace("@", "%40") + "&mchName=" + NAME.replace(" ", "+")
        + "&realNetwork=" + WALLET + "%0D%0A" + FORGED;
    String rsaSig = TestSupport.rsaSign(OTHER.getPrivate(), "x");
    for (String sign : List.of("&sign=" + rsaSig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"),
        "&sign=0123456789ABCDEF0123456789ABCDEF", "", "&sign=" + WALLET)) {
      attempt("webhook " + (sign.isEmpty() ? "unsigned" : sign.substring(0, 12)), () -> client.webhooks().verify(
          WebhookRequest.builder().method("POST").contentType("application/x-www-form-urlencoded")
              .body(form + sign).build()));
    }
    attempt("webhook not json", () -> client.webhooks().verify(WebhookRequest.builder().method("POST")
        .contentType("application/json").body("{\"recipientAddress\":x" + WALLET + ",\"mchUserId\":" + EMAIL + "}")
        .build()));
    // correctly signed (platform key), but for another merchant, with personal values
    String canonical = "amount=11&currency=USDC&mchNo=M9999999&mchOrderNo=HX1&mchUserId=" + EMAIL
        + "&payOrderId=P1&state=2&";
    String sig = TestSupport.rsaSign(PLATFORM.getPrivate(), canonical);
    attempt("webhook other merchant", () -> client.webhooks().verify(WebhookRequest.builder().method("POST")
        .contentType("application/x-www-form-urlencoded").body("payOrderId=P1&mchOrderNo=HX1&amount=11&currency=USDC"
            + "&state=2&mchNo=M9999999&mchUserId=" + EMAIL.replace("@", "%40") + "&sign="
            + sig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")).build()));
    assertNoLeak();
  }
}
