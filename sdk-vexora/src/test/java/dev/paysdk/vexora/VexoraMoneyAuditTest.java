package dev.paysdk.vexora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.vexora.VexoraDisburseTest.answer;
import static dev.paysdk.vexora.VexoraDisburseTest.data;
import static dev.paysdk.vexora.VexoraTestSupport.client;
import static dev.paysdk.vexora.VexoraTestSupport.documentExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.vexora.VexoraTestSupport.RecordingSleeper;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Money and field audit of Vexora disbursements: whole units, minimum 100, the client's currency. */
class VexoraMoneyAuditTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String PATH = "/indonesia/v1/vexora/disbursements";

  @BeforeEach
  void setUp() {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse()
        .withBody(answer("0000", "success", data("VX20260331008901", "0015", "Processing")))));
  }

  private static VexoraClient.Builder builder() {
    return client(wm.baseUrl() + "/indonesia", new RecordingSleeper());
  }

  private static VexoraClient vexora(AmountFormat format) {
    return builder().amountFormat(format).build();
  }

  private InvalidRequestException rejected(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("rejection before sending").isInstanceOf(InvalidRequestException.class);
    assertThat(wm.getAllServeEvents()).as("requests sent").isEmpty();
    return (InvalidRequestException) t;
  }

  private static String sentAmount() {
    assertThat(wm.getAllServeEvents()).hasSize(1);
    String body = wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"amount\":(\"[^\"]*\"|[^,}]*)").matcher(body);
    assertThat(m.find()).as("amount in %s", body).isTrue();
    return m.group(1);
  }

  private static PayoutRequest.Builder neutral() {
    return PayoutRequest.builder()
        .merchantOrderNo("VX20260331008901")
        .amount(Money.of("100", "IDR"))
        .payee(Payee.builder().firstName("Rizky").lastName("Pratama").phone("081234567890")
            .email("rizky.pratama@example.com").build())
        .destination(Destination.bankAccount("880123456789012345").build())
        .notifyUrl("https://api.merchant.com/vexora/collection/notify");
  }

  // ---------------------------------------------------------------- exact wire amounts

  @ParameterizedTest
  @CsvSource({
      "100, TWO_DECIMALS, \"100.00\"",
      "100.00, WHOLE_NUMBER, \"100\"",
      "1E+3, WHOLE_NUMBER, \"1000\"",
      "1E+3, TWO_DECIMALS, \"1000.00\"",
      "100.000000, WHOLE_NUMBER, \"100\"",
      "1e20, WHOLE_NUMBER, \"100000000000000000000\""})
  void disburse_exactWholeAmounts_sentAsTheFormatSays(String amount, AmountFormat format, String wire) {
    vexora(format).payouts().disburse(documentExample().amount(Money.of(new BigDecimal(amount), "IDR")).build());
    assertThat(sentAmount()).isEqualTo(wire);
  }

  @Test
  void create_neutralAmountText_sent() {
    vexora(AmountFormat.WHOLE_NUMBER).payouts().create(neutral().amount("150000.00", "IDR").build());
    assertThat(sentAmount()).isEqualTo("\"150000\"");
  }

  // ---------------------------------------------------------------- amounts never sent

  @ParameterizedTest
  @ValueSource(strings = {"100.50", "100.01", "99", "99.99", "0", "-100", "-0.00", "100.005"})
  void disburse_whenNotAWholeAmountOfAtLeast100_rejectsNamingAmount(String amount) {
    for (AmountFormat f : AmountFormat.values()) {
      InvalidRequestException e = rejected(() -> vexora(f).payouts().disburse(
          documentExample().amount(Money.reported(new BigDecimal(amount), "IDR")).build()));
      assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
    }
  }

  @Test
  void disburse_whenCurrencyIsNotTheClients_rejectsNamingAmount() {
    VexoraClient v = vexora(AmountFormat.WHOLE_NUMBER);
    assertThat(rejected(() -> v.payouts().disburse(documentExample().amount(Money.of("100", "INR")).build())).errors())
        .extracting(FieldError::field).containsExactly("amount");
    VexoraClient php = builder().currency("PHP").build();
    rejected(() -> php.payouts().disburse(documentExample().amount(Money.of("100", "IDR")).build()));
  }

  @Test
  void create_whenAmountTextBad_rejectsUnderAmountFields() {
    VexoraClient v = vexora(AmountFormat.WHOLE_NUMBER);
    assertThat(rejected(() -> v.payouts().create(neutral().amount("100.50", "IDR").build())).errors())
        .extracting(FieldError::field).containsExactly("amount");
    assertThat(rejected(() -> v.payouts().create(neutral().amount("100", "idr").build())).errors())
        .extracting(FieldError::field).containsExactly("amount.currency");
    assertThat(rejected(() -> v.payouts().create(neutral().amount("Infinity", "IDR").build())).errors())
        .extracting(FieldError::field).containsExactly("amount");
  }

  @Test
  void builderCurrency_badValues_failAtTheSetterNamingTheValue() {
    assertThat(catchThrowable(() -> builder().currency(null))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("currency");
    for (String c : new String[] {"idr", "XXX", "ABC", ""}) {
      assertThat(catchThrowable(() -> builder().currency(c))).as(c).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("currency");
    }
  }

  @Test
  void disburse_whenEverythingIsWrong_reportsEveryFieldAtOnce_withoutEchoingTheAccount() {
    InvalidRequestException e = rejected(() -> vexora(AmountFormat.WHOLE_NUMBER).payouts().disburse(
        DisbursementRequest.builder()
            .merchantOrderNo("bad order no")
            .amount(Money.of("99.50", "IDR"))
            .accountNo("880123456789012345")
            .mobile("+6281234567890")
            .email("not-an-email")
            .notifyUrl("ftp://x.example/n")
            .build()));
    assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("merchantOrderNo", "amount",
        "mobile", "email", "firstName", "lastName", "notifyUrl");
    assertThat(e.getMessage()).doesNotContain("880123456789012345").doesNotContain("6281234567890");
  }

  /**
   * DEFECT: control characters (NUL, CR/LF) in the first name, last name and account number are accepted
   * and sent to the gateway in a money-moving request (blank values are rejected, these are not).
   */
  @Test
  void disburse_whenNamesOrAccountHoldControlCharacters_rejectsBeforeSending() {
    InvalidRequestException e = rejected(() -> vexora(AmountFormat.WHOLE_NUMBER).payouts().disburse(
        documentExample().firstName("Riz\u0000ky").lastName("Pra\ntama").accountNo("8801\r\n2345").build()));
    assertThat(e.errors()).extracting(FieldError::field).contains("firstName", "lastName", "accountNo");
  }
}
