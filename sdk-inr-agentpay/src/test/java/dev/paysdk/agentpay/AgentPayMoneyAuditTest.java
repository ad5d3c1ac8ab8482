package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Money and field audit of the AgentPay apply (native and neutral): what is sent, and what never is. */
class AgentPayMoneyAuditTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private AgentPayClient client;

  @BeforeEach
  void setUp() {
    wm.stubFor(post("/api/agentpay/apply").willReturn(okJson(
        Fixtures.signed("{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"status\":0}"))));
    client = Fixtures.client(wm).build();
  }

  private static PayoutApply.Builder valid() {
    return PayoutApply.builder()
        .merchantOrderNo("202503110001")
        .amount(Money.of("100", "INR"))
        .phoneNumber("6888889999")
        .payerEmail("123@test.com")
        .accountName("Asha Verma")
        .accountNo("12312312")
        .ifscOrVpa("AIRP0000001")
        .notifyUrl("https://merchant.example/notify");
  }

  private static PayoutRequest.Builder neutral() {
    return PayoutRequest.builder()
        .merchantOrderNo("202503110001")
        .amount(Money.of("100", "INR"))
        .payee(Payee.builder().name("Asha Verma").phone("9876543210").build())
        .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
        .notifyUrl("https://merchant.example/hooks/agentpay");
  }

  private InvalidRequestException rejected(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("rejection before sending").isInstanceOf(InvalidRequestException.class);
    assertThat(wm.getAllServeEvents()).as("requests sent").isEmpty();
    return (InvalidRequestException) t;
  }

  private InvalidRequestException rejectedApply(UnaryOperator<PayoutApply.Builder> change) {
    return rejected(() -> client.payouts().apply(change.apply(valid()).build()));
  }

  private Map<String, String> sentForm() {
    assertThat(wm.getAllServeEvents()).hasSize(1);
    String body = wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void fields(InvalidRequestException e, String... fields) {
    assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields);
  }

  // ---------------------------------------------------------------- exact wire amounts

  @ParameterizedTest
  @ValueSource(strings = {"100", "100.00", "100.000000", "1e2", "1E+2"})
  void apply_wholeRupeesInAnyExactForm_sendsPaise10000(String text) {
    client.payouts().apply(valid().amount(Money.of(text, "INR")).build());
    assertThat(sentForm()).containsEntry("amount", "10000").containsEntry("currency", "INR");
  }

  @Test
  void apply_negativeScaleBigDecimal_sendsExactPaise() {
    client.payouts().apply(valid().amount(Money.of(new BigDecimal("1E+3"), "INR")).build());
    assertThat(sentForm()).containsEntry("amount", "100000");
  }

  @Test
  void apply_largestWholeRupeesThatFitPaise_sendsExactly() {
    client.payouts().apply(valid().amount(Money.of("92233720368547758", "INR")).build());
    assertThat(sentForm()).containsEntry("amount", "9223372036854775800");
  }

  @Test
  void create_neutralAmountText_sendsPaise() {
    client.payouts().create(neutral().amount("100.00", "INR").build());
    assertThat(sentForm()).containsEntry("amount", "10000");
  }

  // ---------------------------------------------------------------- amounts never sent

  @Test
  void apply_whenAmountNotSendable_rejectsNamingAmount() {
    fields(rejectedApply(b -> b.amount(Money.zero("INR"))), "amount");
    fields(rejectedApply(b -> b.amount(Money.reported(new BigDecimal("-0.00"), "INR"))), "amount");
    fields(rejectedApply(b -> b.amount(Money.reported(new BigDecimal("-100"), "INR"))), "amount");
    fields(rejectedApply(b -> b.amount(Money.reported(new BigDecimal("0.001"), "INR"))), "amount");
    fields(rejectedApply(b -> b.amount(Money.reported(new BigDecimal("100.001"), "INR"))), "amount");
    fields(rejectedApply(b -> b.amount(Money.of("100.50", "INR"))), "amount");
    fields(rejectedApply(b -> b.amount(Money.of("92233720368547758.08", "INR"))), "amount"); // Long.MAX paise + 1
    fields(rejectedApply(b -> b.amount(Money.of("1e20", "INR"))), "amount");
    fields(rejectedApply(b -> b.amount(Money.of("1e29", "INR"))), "amount");
  }

  @Test
  void apply_whenCurrencyIsNotInr_rejectsNamingCurrency() {
    fields(rejectedApply(b -> b.amount(Money.of("100", "USD"))), "currency");
    fields(rejectedApply(b -> b.amount(Money.of("100", "USDT"))), "currency");
  }

  @Test
  void create_whenAmountTextBad_rejectsUnderAmountFields() {
    fields(rejected(() -> client.payouts().create(neutral().amount("100", "inr").build())), "amount.currency");
    fields(rejected(() -> client.payouts().create(neutral().amount("100", "XXX").build())), "amount.currency");
    fields(rejected(() -> client.payouts().create(neutral().amount("100", null).build())), "amount.currency");
    fields(rejected(() -> client.payouts().create(neutral().amount("0.001", "INR").build())), "amount");
    fields(rejected(() -> client.payouts().create(neutral().amount("NaN", "INR").build())), "amount");
    fields(rejected(() -> client.payouts().create(neutral().amount("1,000", "INR").build())), "amount");
    fields(rejected(() -> client.payouts().create(neutral().amount(Money.of("100", "USD")).build())), "amount");
  }

  @Test
  void create_whenEverythingIsWrong_reportsEveryFieldAtOnce() {
    InvalidRequestException e = rejected(() -> client.payouts().create(PayoutRequest.builder()
        .merchantOrderNo("x".repeat(31))
        .amount("100.005", "INR")
        .payee(Payee.builder().name("A").phone("12345").email("a@b").build())
        .destination(Destination.bankAccount("123456789012").ifsc("hdfc0001234").build())
        .notifyUrl("ftp://merchant.example/n")
        .build()));
    assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("amount", "merchantOrderNo",
        "payee.phone", "payee.email", "payee.name", "destination.ifsc", "notifyUrl");
    assertThat(e.getMessage()).doesNotContain("123456789012");
  }

  // ---------------------------------------------------------------- text fields

  @Test
  void apply_merchantOrderNoExactly30_sent_31_rejected() {
    client.payouts().apply(valid().merchantOrderNo("A".repeat(30)).build());
    assertThat(sentForm()).containsEntry("mchOrderNo", "A".repeat(30));
    wm.resetRequests();
    fields(rejectedApply(b -> b.merchantOrderNo("A".repeat(31))), "merchantOrderNo");
    fields(rejectedApply(b -> b.merchantOrderNo("A\n1")), "merchantOrderNo");
    fields(rejectedApply(b -> b.merchantOrderNo("   ")), "merchantOrderNo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HDFC0ABC123", "SBIN0000001", "AIRP0000001", "asha.v-1_x@okicici", "ab@ybl"})
  void apply_validIfscOrVpaEdgeCases_sent(String value) {
    client.payouts().apply(valid().ifscOrVpa(value).build());
    assertThat(sentForm()).containsEntry("extra", "{\"value\":\"" + value + "\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HDFC1000123", "hdfc0001234", "HDFC000123", "HDFC00012345", "HDF00001234", "HDFC0001234 ",
      "@ybl", "a@1bl", "a b@ybl"})
  void apply_invalidIfscOrVpa_rejected(String value) {
    fields(rejectedApply(b -> b.ifscOrVpa(value)), "ifscOrVpa");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://merchant.example/n", "merchant.example/n", " https://merchant.example/n",
      "https://merchant.example/n x", "https:///n", "javascript:alert(1)"})
  void apply_badNotifyUrl_rejected(String url) {
    fields(rejectedApply(b -> b.notifyUrl(url)), "notifyUrl");
  }

  @Test
  void apply_accountNameLengths_2and48Sent_1and49Rejected() {
    fields(rejectedApply(b -> b.accountName("A")), "accountName");
    fields(rejectedApply(b -> b.accountName("A".repeat(49))), "accountName");
    client.payouts().apply(valid().accountName("A".repeat(48)).build());
    assertThat(sentForm()).containsEntry("accountName", "A".repeat(48));
  }

  @Test
  void apply_blankAccountNo_rejected_andNeverEchoed() {
    fields(rejectedApply(b -> b.accountNo("   ")), "accountNo");
    InvalidRequestException e = rejectedApply(b -> b.accountNo("987654321012").ifscOrVpa("bad").phoneNumber("1"));
    assertThat(e.getMessage()).doesNotContain("987654321012");
  }

  /**
   * DEFECT: a blank payee name (two spaces) passes the "2-48 characters" rule and is sent as
   * accountName="  "; PEN and Vexora reject a blank name, and a blank is not a name.
   */
  @Test
  void apply_whenAccountNameIsBlank_rejectsBeforeSending() {
    fields(rejectedApply(b -> b.accountName("  ")), "accountName");
  }

  /**
   * DEFECT: control characters (NUL, newline) in the account holder's name and the account number are
   * accepted and sent to the gateway as part of a money-moving request.
   */
  @Test
  void apply_whenAccountNameOrNumberHoldsControlCharacters_rejectsBeforeSending() {
    InvalidRequestException e = rejectedApply(b -> b.accountName("Asha\u0000Verma").accountNo("1231\n2312"));
    assertThat(e.errors()).extracting(FieldError::field).contains("accountName", "accountNo");
  }

  /**
   * DEFECT (message): 1e20 INR is a whole number of rupees; the amount is rejected (it does not fit the
   * gateway's integer paise) but the error says it "is not a whole number of paise".
   */
  @Test
  void apply_whenAmountTooLargeForPaise_messageSaysTooLargeNotFraction() {
    InvalidRequestException e = rejectedApply(b -> b.amount(Money.of("1e20", "INR")));
    assertThat(e.getMessage()).doesNotContain("not a whole number");
  }
}
