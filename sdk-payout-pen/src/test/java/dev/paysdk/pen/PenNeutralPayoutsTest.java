package dev.paysdk.pen;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.pen.PenTestSupport.CREATE_ANSWER;
import static dev.paysdk.pen.PenTestSupport.QUERY_ANSWER;
import static dev.paysdk.pen.PenTestSupport.client;
import static dev.paysdk.pen.PenTestSupport.createAnswerWithAmount;
import static dev.paysdk.pen.PenTestSupport.md5Upper;
import static dev.paysdk.pen.PenTestSupport.nonceOf;
import static dev.paysdk.pen.PenTestSupport.onlyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenNeutralPayoutsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final PenPayouts payouts = client(wm).build().payouts();
  private final PenPayouts guessing = client(wm).guessedFinalStatusesEnabled(true).build().payouts();

  private static PayoutRequest.Builder neutralRequest() {
    return PayoutRequest.builder()
        .merchantOrderNo("M1656907083234")
        .amount(Money.of("250.5", "PEN"))
        .payee(Payee.builder().firstName("Rosa").lastName("Quispe").email("rosa@mail.pe").phone("987654321")
            .identityDocument("DNI", "45678912").build())
        .destination(Destination.bankAccount("1914567890123").bankId("2").accountType("1")
            .cci("00219400254640654321").build())
        .notifyUrl("https://merchant.example/hooks/pen");
  }

  @Test
  void create_mapsNeutralFieldsOntoTheWireAndDefaultsTheRemarkToTheOrderNumber() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount("250.50"))));

    payouts.create(neutralRequest().build());

    LoggedRequest sent = onlyRequest(wm);
    String nonce = nonceOf(sent.getBodyAsString());
    assertThat(sent.getBodyAsString()).isEqualTo("{\"accountName\":\"Rosa Quispe\",\"accountNo\":\"1914567890123\","
        + "\"cciAccountNo\":\"00219400254640654321\",\"accountType\":1,\"currency\":\"PEN\",\"amount\":250.50,"
        + "\"bankId\":2,\"mchOrderNo\":\"M1656907083234\",\"notifyUrl\":\"https://merchant.example/hooks/pen\","
        + "\"nonceStr\":\"" + nonce + "\",\"idType\":\"DNI\",\"idCard\":\"45678912\",\"phone\":\"987654321\","
        + "\"email\":\"rosa@mail.pe\",\"remark\":\"M1656907083234\"}");
    assertThat(sent.getHeader("Sign")).isEqualTo(md5Upper("accountName=Rosa Quispe&accountNo=1914567890123"
        + "&accountType=1&amount=250.50&bankId=2&cciAccountNo=00219400254640654321&currency=PEN"
        + "&email=rosa@mail.pe&idCard=45678912&idType=DNI&mchOrderNo=M1656907083234&nonceStr=" + nonce
        + "&notifyUrl=https://merchant.example/hooks/pen&phone=987654321&remark=M1656907083234&key=test-secret"));
  }

  @Test
  void create_whenRemarkIsGiven_sendsIt() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount("250.50"))));

    payouts.create(neutralRequest().remark("invoice 42").build());

    assertThat(onlyRequest(wm).getBodyAsString()).endsWith(",\"remark\":\"invoice 42\"}");
  }

  @Test
  void create_returnsTheNeutralPayoutOfTheDocumentsAnswer() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));

    Payout payout = payouts.create(neutralRequest().amount(Money.of("100", "PEN")).build());

    assertThat(payout.providerId()).isEqualTo("payout-pen");
    assertThat(payout.merchantOrderNo()).isEqualTo("M1656907083234");
    assertThat(payout.providerOrderNo()).contains("PAYOUT8232147367892025344");
    assertThat(payout.amount()).contains(Money.of("100", "PEN"));
    assertThat(payout.fee()).contains(Money.zero("PEN"));
    assertThat(payout.status()).isEqualTo(PayoutStatus.ACCEPTED);
    assertThat(payout.rawStatus()).isEqualTo("PROCESSING");
    assertThat(payout.rawResponse()).contains(CREATE_ANSWER);
  }

  @Test
  void create_whenNeutralFieldsAreMissingOrUnusable_namesTheNeutralFieldsAndSendsNothing() {
    PayoutRequest request = neutralRequest()
        .payee(Payee.builder().email("bad").build())
        .destination(Destination.bankAccount("1914567890123").bankId("BCP").cci("123").build())
        .build();

    assertThatThrownBy(() -> payouts.create(request))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("payee.identityDocument",
                "is required: the gateway needs the payee's document type and number"),
            new FieldError("destination.bankId", "'BCP' is not a whole number; the gateway's bankId is an integer code"),
            new FieldError("payee.name", "is required"),
            new FieldError("destination.cci", "must be exactly 20 digits"),
            new FieldError("destination.accountType", "is required"),
            new FieldError("payee.email", "is not a valid email address")));
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void create_whenDestinationIsNotABankAccount_rejectsBeforeSending() {
    PayoutRequest request = neutralRequest().destination(Destination.upi("rosa@bank")).build();

    assertThatThrownBy(() -> payouts.create(request))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("destination", "is a UPI; the gateway pays out to bank accounts only")));
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void create_whenCurrencyIsNotPen_namesTheNeutralAmountCurrency() {
    assertThatThrownBy(() -> payouts.create(neutralRequest().amount(Money.of("100", "USD")).build()))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount.currency"));
  }

  @Test
  void retrieve_byProviderOrderNo_queriesByOrderNoAndMapsTheDocumentsAnswer() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    Payout payout = payouts.retrieve(new PayoutLookup("M1656756338536", "PAYOUT8231515112790892544"));

    String body = onlyRequest(wm).getBodyAsString();
    assertThat(body).isEqualTo("{\"orderNo\":\"PAYOUT8231515112790892544\",\"nonceStr\":\"" + nonceOf(body) + "\"}");
    assertThat(payout.merchantOrderNo()).isEqualTo("M1656756338536");
    assertThat(payout.providerOrderNo()).contains("PAYOUT8231515112790892544");
    assertThat(payout.status()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(payout.rawStatus()).isEqualTo("PAYING");
    assertThat(payout.amount()).contains(Money.of("100", "PEN"));
    assertThat(payout.fee()).isEmpty();
    assertThat(payout.completedAt()).isEmpty();
    assertThat(payout.failureReason()).isEmpty();
  }

  @Test
  void retrieve_byBothNumbers_whenTheAnswerNamesAnotherMerchantOrder_doesNotTrustIt() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    assertThatThrownBy(() -> payouts.retrieve(new PayoutLookup("M0000000000001", "PAYOUT8231515112790892544")))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("the answer is about merchant order M1656756338536, not M0000000000001");
  }

  @Test
  void create_whenTheAnswerNamesAnotherAmount_isOutcomeUnknown() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));

    assertThatThrownBy(() -> payouts.create(neutralRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void retrieve_whenFailed_reportsResultDescAsTheFailureReason() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER.replace("\"PAYING\"", "\"FAILED\"")
        .replace("\"resultDesc\": \"SUCCESS\"", "\"resultDesc\": \"account closed\""))));

    Payout payout = guessing.retrieve(PayoutLookup.byMerchantOrderNo("M1656756338536"));

    assertThat(payout.status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(payout.failureReason()).contains("account closed");
  }

  @Test
  void retrieve_whenTheStatusIsAnUndocumentedFailureName_isUnknownWithoutAReasonByDefault() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER.replace("\"PAYING\"", "\"FAILED\"")
        .replace("\"resultDesc\": \"SUCCESS\"", "\"resultDesc\": \"account closed\""))));

    Payout payout = payouts.retrieve(PayoutLookup.byMerchantOrderNo("M1656756338536"));

    assertThat(payout.status()).isEqualTo(PayoutStatus.UNKNOWN);
    assertThat(payout.rawStatus()).isEqualTo("FAILED");
    assertThat(payout.failureReason()).isEmpty();
  }

  @Test
  void retrieve_whenTheFailureReasonHoldsLineBreaks_keepsItOnOneLine() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER.replace("\"PAYING\"", "\"FAIL\"")
        .replace("\"resultDesc\": \"SUCCESS\"", "\"resultDesc\": \"account closed\\r\\nINFO paid\""))));

    Payout payout = guessing.retrieve(PayoutLookup.byMerchantOrderNo("M1656756338536"));

    assertThat(payout.failureReason()).contains("account closed  INFO paid");
  }

  @ParameterizedTest
  @CsvSource({"CANCELLED, CANCELLED", "CLOSED, FAILED", "ERROR, UNKNOWN", "PROCESSING, ACCEPTED", "SUCCESS, SUCCEEDED"})
  void retrieve_whenNotAFailureWithAReason_hasNoFailureReason(String orderStatus, PayoutStatus expected) {
    // the gateway sends resultDesc "SUCCESS" whatever the state; CLOSED is a failure, yet "SUCCESS" is no reason
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER.replace("\"PAYING\"", "\"" + orderStatus + "\""))));

    Payout payout = guessing.retrieve(PayoutLookup.byMerchantOrderNo("M1656756338536"));

    assertThat(payout.status()).isEqualTo(expected);
    assertThat(payout.failureReason()).isEmpty();
  }

  @Test
  void retrieve_whenCancelledWithADescription_hasNoFailureReason() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER.replace("\"PAYING\"", "\"CANCELLED\"")
        .replace("\"resultDesc\": \"SUCCESS\"", "\"resultDesc\": \"cancelled by operator\""))));

    Payout payout = guessing.retrieve(PayoutLookup.byMerchantOrderNo("M1656756338536"));

    assertThat(payout.status()).isEqualTo(PayoutStatus.CANCELLED);
    assertThat(payout.failureReason()).isEmpty();
  }

  @Test
  void reconcile_whenTheGatewayHasTheOrder_findsItByMerchantOrderNo() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    Reconciliation r = payouts.reconcile("M1656756338536");

    assertThat(r.found()).isTrue();
    assertThat(r.payout().status()).isEqualTo(PayoutStatus.PROCESSING);
    String body = onlyRequest(wm).getBodyAsString();
    assertThat(body).isEqualTo("{\"mchOrderNo\":\"M1656756338536\",\"nonceStr\":\"" + nonceOf(body) + "\"}");
  }

  @Test
  void reconcile_whenCode200CarriesNoDataButNoSuccess_neverSaysNotFound() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"system busy\",\"code\":200,\"data\":null}")));
    // long enough for each query to finish: a query cut short by the budget could reach the server
    // after this test and be counted by the next one
    Reconciler quick = Reconciler.builder().maxWait(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(100))
        .notFoundGrace(Duration.ZERO).build();

    assertThatThrownBy(() -> quick.reconcile(payouts, "M1656907083234"))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("outcome still unknown");
  }

  @Test
  void reconcile_usesTheClientsReconcilerTiming() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"SUCCESS\",\"code\":200,\"data\":null}")));
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    PenPayouts configured = client(wm).reconciler(Reconciler.builder().notFoundGrace(Duration.ofMillis(40))
        .pollInterval(Duration.ofMillis(10)).sleeper(d -> {
          sleeps.add(d);
          Thread.sleep(d.toMillis());
        }).build()).build().payouts();

    assertThat(configured.reconcile("M1656907083234").notFound()).isTrue();
    assertThat(sleeps).isNotEmpty().allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofMillis(10)));
  }

  @Test
  void reconcile_whenTheGatewayHasNoSuchOrder_saysNotFound() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"SUCCESS\",\"code\":200,\"data\":null}")));

    Reconciliation r = Reconciler.builder().notFoundGrace(Duration.ZERO).sleeper(d -> { }).build()
        .reconcile(payouts, "M1656907083234");

    assertThat(r.notFound()).isTrue();
  }
}
