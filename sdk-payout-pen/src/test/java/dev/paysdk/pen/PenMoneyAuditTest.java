package dev.paysdk.pen;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.pen.PenTestSupport.client;
import static dev.paysdk.pen.PenTestSupport.createAnswerWithAmount;
import static dev.paysdk.pen.PenTestSupport.documentRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Money and field audit of the PEN payout: decimal(20,2) in [10.00, 2000.00], never rounded. */
class PenMoneyAuditTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final PenPayoutClient pen = client(wm).build();

  private InvalidRequestException rejected(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("rejection before sending").isInstanceOf(InvalidRequestException.class);
    assertThat(wm.getAllServeEvents()).as("requests sent").isEmpty();
    return (InvalidRequestException) t;
  }

  private static String sentBody() {
    return PenTestSupport.onlyRequest(wm).getBodyAsString();
  }

  private static PayoutRequest.Builder neutral() {
    return PayoutRequest.builder()
        .merchantOrderNo("M1656907083234")
        .amount(Money.of("250.5", "PEN"))
        .payee(Payee.builder().firstName("Rosa").lastName("Quispe").email("rosa@mail.pe").phone("987654321")
            .identityDocument("DNI", "45678912").build())
        .destination(Destination.bankAccount("1914567890123").bankId("2").accountType("1")
            .cci("00219400254640654321").build())
        .notifyUrl("https://merchant.example/hooks/pen");
  }

  // ---------------------------------------------------------------- exact wire amounts

  @ParameterizedTest
  @CsvSource({"10.5, 10.50", "10, 10.00", "100.000000, 100.00", "1E+3, 1000.00", "2000.00, 2000.00", "1e2, 100.00"})
  void payOut_exactAmounts_sentWithTwoDecimals(String amount, String wire) {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount(wire))));
    pen.payouts().payOut(documentRequest().amount(Money.of(new BigDecimal(amount), "PEN")).build());
    assertThat(sentBody()).contains("\"amount\":" + wire + ",");
  }

  @Test
  void create_neutralAmountText_sentWithTwoDecimals() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount("10.50"))));
    pen.payouts().create(neutral().amount("10.5", "PEN").build());
    assertThat(sentBody()).contains("\"amount\":10.50,");
  }

  // ---------------------------------------------------------------- amounts never sent

  @ParameterizedTest
  @ValueSource(strings = {"100.005", "10.001", "9.99", "2000.01", "0", "-0.00", "-10", "1E+30", "1e20"})
  void payOut_whenAmountNotSendable_rejectsNamingAmount(String amount) {
    InvalidRequestException e = rejected(() -> pen.payouts().payOut(
        documentRequest().amount(Money.reported(new BigDecimal(amount), "PEN")).build()));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
  }

  @Test
  void payOut_whenCurrencyIsNotPen_rejectsNamingCurrency() {
    assertThat(rejected(() -> pen.payouts().payOut(documentRequest().amount(Money.of("100", "INR")).build())).errors())
        .extracting(FieldError::field).containsExactly("currency");
    assertThat(rejected(() -> pen.payouts().create(neutral().amount(Money.of("100", "INR")).build())).errors())
        .extracting(FieldError::field).containsExactly("amount.currency");
    assertThat(rejected(() -> pen.payouts().create(neutral().amount("100", "pen").build())).errors())
        .extracting(FieldError::field).containsExactly("amount.currency");
    assertThat(rejected(() -> pen.payouts().create(neutral().amount("100.005", "PEN").build())).errors())
        .extracting(FieldError::field).containsExactly("amount");
  }

  // ---------------------------------------------------------------- text fields

  @Test
  void payOut_notifyUrl250Sent_251Rejected_literalIpRejected() {
    String base = "https://merchant.example/";
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount("100.00"))));
    pen.payouts().payOut(documentRequest().notifyUrl(base + "a".repeat(250 - base.length())).build());
    assertThat(wm.getAllServeEvents()).hasSize(1);
    wm.resetRequests();
    assertThat(rejected(() -> pen.payouts().payOut(documentRequest()
        .notifyUrl(base + "a".repeat(251 - base.length())).build())).errors())
        .extracting(FieldError::field).containsExactly("notifyUrl");
    for (String url : new String[] {"http://203.0.113.7/hook", "http://[2001:db8::1]/hook", "ftp://abc.com/x",
        " http://abc.com/x", "abc.com/x"}) {
      assertThat(rejected(() -> pen.payouts().payOut(documentRequest().notifyUrl(url).build())).errors())
          .as(url).extracting(FieldError::field).containsExactly("notifyUrl");
    }
  }

  @Test
  void payOut_fieldsOfExactly32Sent() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount("100.00"))));
    pen.payouts().payOut(documentRequest().accountName("N".repeat(32)).accountNo("1".repeat(32))
        .idCard("2".repeat(32)).remark("r".repeat(32)).email("a".repeat(20) + "@example.com").build());
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void create_whenEverythingIsWrong_reportsEveryFieldAtOnce_withoutEchoingTheAccount() {
    String account = "19145678901234567890123456789012X"; // 33 characters
    InvalidRequestException e = rejected(() -> pen.payouts().create(PayoutRequest.builder()
        .merchantOrderNo("M" + "1".repeat(32))
        .amount("9.999", "PEN")
        .payee(Payee.builder().name(" ").email("bad").identityDocument("DNI", " ").build())
        .destination(Destination.bankAccount(account).bankId("BCP").accountType("1").cci("123").build())
        .notifyUrl("ftp://merchant.example/pen")
        .build()));
    assertThat(e.errors()).extracting(FieldError::field).contains("merchantOrderNo", "amount", "payee.name",
        "payee.email", "payee.identityDocument.number", "destination.accountNumber", "destination.bankId",
        "destination.cci", "notifyUrl");
    assertThat(e.getMessage()).doesNotContain(account).doesNotContain("1914567890123");
  }

  /**
   * DEFECT: the neutral bank id is read with Integer.valueOf, which takes any Unicode digit: a
   * full-width "２" (or Arabic-Indic "٢") becomes bank id 2 and the payout is sent to that bank,
   * instead of being rejected as "not a whole number" like "BCP".
   */
  @ParameterizedTest
  @ValueSource(strings = {"\uff12", "\u0662"})
  void create_whenBankIdHasNonAsciiDigits_rejectsNamingBankId(String bankId) {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount("250.50"))));
    InvalidRequestException e = rejected(() -> pen.payouts().create(neutral()
        .destination(Destination.bankAccount("1914567890123").bankId(bankId).accountType("1")
            .cci("00219400254640654321").build()).build()));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("destination.bankId");
  }

  /** DEFECT: control characters in the beneficiary name and account number are accepted and sent. */
  @Test
  void payOut_whenAccountNameOrNumberHoldsControlCharacters_rejectsBeforeSending() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount("100.00"))));
    InvalidRequestException e = rejected(() -> pen.payouts().payOut(documentRequest()
        .accountName("Jo\u0000hn").accountNo("1914\n567890123").build()));
    assertThat(e.errors()).extracting(FieldError::field).contains("accountName", "accountNo");
  }
}
