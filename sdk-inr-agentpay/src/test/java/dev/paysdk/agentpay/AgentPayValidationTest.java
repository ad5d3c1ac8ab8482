package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule the gateway documents for a payout apply, checked before anything is sent. */
class AgentPayValidationTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private AgentPayPayouts payouts;

  @BeforeEach
  void setUp() {
    wm.stubFor(post("/api/agentpay/apply").willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"status\":0}"))));
    payouts = Fixtures.client(wm).build().payouts();
  }

  private static PayoutApply.Builder valid() {
    return PayoutApply.builder()
        .merchantOrderNo("202503110001")
        .amount(Money.ofMinor(10000, "INR"))
        .phoneNumber("6888889999")
        .payerEmail("123@test.com")
        .accountName("Asha Verma")
        .accountNo("12312312")
        .ifscOrVpa("AIRP0000001")
        .notifyUrl("https://merchant.example/notify");
  }

  /** Applies {@code change} to a valid request and returns the rejection; asserts nothing was sent. */
  private InvalidRequestException rejected(UnaryOperator<PayoutApply.Builder> change) {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
        () -> payouts.apply(change.apply(valid()).build()));
    assertThat(e).as("expected a rejection before sending").isNotNull();
    assertThat(wm.getAllServeEvents()).as("requests sent").isEmpty();
    return e;
  }

  private void accepted(UnaryOperator<PayoutApply.Builder> change) {
    assertThat(payouts.apply(change.apply(valid()).build()).agentpayOrderId()).isEqualTo("Le1");
  }

  private static void onlyField(InvalidRequestException e, String field) {
    assertThat(e.errors()).extracting(FieldError::field).containsExactly(field);
  }

  @Test
  void apply_whenTheRequestIsValid_sendsIt() {
    accepted(b -> b);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void apply_whenAmountHasAPaiseFraction_rejectsBeforeSending() {
    InvalidRequestException e = rejected(b -> b.amount(Money.of("100.50", "INR")));
    onlyField(e, "amount");
    assertThat(e.getMessage()).contains("whole number of rupees");
  }

  @Test
  void apply_whenAmountIsZero_rejectsBeforeSending() {
    onlyField(rejected(b -> b.amount(Money.zero("INR"))), "amount");
  }

  @Test
  void apply_whenAmountIsNegative_rejectsBeforeSending() {
    onlyField(rejected(b -> b.amount(Money.reported(new BigDecimal("-100"), "INR"))), "amount");
  }

  @Test
  void apply_whenAmountHasAFractionOfAPaisa_rejectsBeforeSending() {
    onlyField(rejected(b -> b.amount(Money.reported(new BigDecimal("100.005"), "INR"))), "amount");
  }

  @Test
  void apply_whenAmountIsMissing_rejectsBeforeSending() {
    onlyField(rejected(b -> b.amount(null)), "amount");
  }

  @Test
  void apply_whenAmountIsAWholeNumberOfRupees_sendsIt() {
    accepted(b -> b.amount(Money.of("1", "INR")));
    assertThat(Fixtures.received(wm, "/api/agentpay/apply").get(0).getBodyAsString()).contains("&amount=100&");
  }

  @Test
  void apply_whenCurrencyIsNotInr_rejectsBeforeSending() {
    InvalidRequestException e = rejected(b -> b.amount(Money.of("100", "USD")));
    onlyField(e, "currency");
    assertThat(e.getMessage()).contains("USD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5888889999", "688888999", "68888899990", "+916888889999", "68888 9999", "688888999a"})
  void apply_whenPhoneNumberIsNotTenDigitsStartingWith6To9_rejectsBeforeSending(String phone) {
    onlyField(rejected(b -> b.phoneNumber(phone)), "phoneNumber");
  }

  @ParameterizedTest
  @ValueSource(strings = {"6000000000", "7888889999", "8888889999", "9999999999"})
  void apply_whenPhoneNumberStartsWith6To9AndHasTenDigits_sendsIt(String phone) {
    accepted(b -> b.phoneNumber(phone));
  }

  @Test
  void apply_whenPhoneNumberIsAbsent_sendsIt() {
    accepted(b -> b.phoneNumber(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1@test.com", "12test.com", "12@testcom", "12@test.", "12@.", "a b@test.com", "12@te@st.com"})
  void apply_whenPayerEmailIsMalformed_rejectsBeforeSending(String email) {
    onlyField(rejected(b -> b.payerEmail(email)), "payerEmail");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12@test.com", "123@gmail.com", "asha.verma@example.co.in"})
  void apply_whenPayerEmailHasTwoCharactersBeforeTheAtAndADotAfterIt_sendsIt(String email) {
    accepted(b -> b.payerEmail(email));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 49, 60})
  void apply_whenAccountNameIsNot2To48Characters_rejectsBeforeSending(int length) {
    onlyField(rejected(b -> b.accountName("A".repeat(length))), "accountName");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 48})
  void apply_whenAccountNameIs2To48Characters_sendsIt(int length) {
    accepted(b -> b.accountName("A".repeat(length)));
  }

  @Test
  void apply_whenAccountNameIsAbsent_sendsIt() {
    accepted(b -> b.accountName(null));
  }

  @Test
  void apply_whenAccountNoIsMissing_rejectsBeforeSending() {
    onlyField(rejected(b -> b.accountNo(null)), "accountNo");
    onlyField(rejected(b -> b.accountNo(" ")), "accountNo");
  }

  @Test
  void apply_whenAccountBankCodeIsNotBank_rejectsBeforeSending() {
    onlyField(rejected(b -> b.accountBankCode("HDFC")), "accountBankCode");
    onlyField(rejected(b -> b.accountBankCode(null)), "accountBankCode");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hdfc0001234", "HDFC1001234", "HDFC000123", "HDFC00012345", "HDF00001234", "HDFC0-01234",
      "asha@", "@okhdfcbank", "a@okhdfcbank", "asha@ok.hdfc", "asha verma@ybl"})
  void apply_whenExtraIsNeitherAnIfscNorAVpa_rejectsBeforeSending(String value) {
    onlyField(rejected(b -> b.ifscOrVpa(value)), "ifscOrVpa");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HDFC0001234", "AIRP0000001", "SBIN0ABC123", "asha.verma@okhdfcbank", "9876543210@ybl", "as_ha-1@upi"})
  void apply_whenExtraIsAnIfscOrAVpa_sendsIt(String value) {
    accepted(b -> b.ifscOrVpa(value));
  }

  @Test
  void apply_whenExtraIsMissing_rejectsBeforeSending() {
    onlyField(rejected(b -> b.ifscOrVpa(null)), "ifscOrVpa");
  }

  @ParameterizedTest
  @ValueSource(strings = {"merchant.example/notify", "/api/notify", "ftp://merchant.example/notify", "https://", "not a url"})
  void apply_whenNotifyUrlIsNotAnAbsoluteHttpUrl_rejectsBeforeSending(String url) {
    onlyField(rejected(b -> b.notifyUrl(url)), "notifyUrl");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://m.example/hook?tenant=7", "https://m.example/hook?", "http://localhost:8081/notify?a=1&b=2"})
  void apply_whenNotifyUrlHasAQueryString_rejectsBeforeSending_explainingWhyAndSuggestingAPathSegment(String url) {
    InvalidRequestException e = rejected(b -> b.notifyUrl(url));

    onlyField(e, "notifyUrl");
    assertThat(e.errors().get(0).message()).contains("query string", "signature", "never be verified", "path segment");
    // the query may carry a token of the merchant: it is not repeated
    assertThat(e.getMessage()).doesNotContain("tenant=7").doesNotContain("a=1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://m.example/hook#tenant-7", "https://m.example/hook#"})
  void apply_whenNotifyUrlHasAFragment_rejectsBeforeSending(String url) {
    InvalidRequestException e = rejected(b -> b.notifyUrl(url));

    onlyField(e, "notifyUrl");
    assertThat(e.errors().get(0).message()).contains("fragment", "path segment");
  }

  @Test
  void apply_whenNotifyUrlCarriesTheTenantInAPathSegment_sendsIt() {
    accepted(b -> b.notifyUrl("https://m.example/hook/tenant-7"));
  }

  @Test
  void apply_whenNotifyUrlIsMissing_rejectsBeforeSending() {
    onlyField(rejected(b -> b.notifyUrl(null)), "notifyUrl");
  }

  @Test
  void apply_whenNotifyUrlIsPlainHttp_sendsIt() {
    accepted(b -> b.notifyUrl("http://localhost:8081/api/pay/notifyUrl"));
  }

  @Test
  void apply_whenMerchantOrderNoIsLongerThan30Characters_rejectsBeforeSending() {
    InvalidRequestException e = rejected(b -> b.merchantOrderNo("X".repeat(31)));
    onlyField(e, "merchantOrderNo");
    assertThat(e.getMessage()).contains("31 characters");
  }

  @Test
  void apply_whenMerchantOrderNoIs30Characters_sendsIt() {
    accepted(b -> b.merchantOrderNo("X".repeat(30)));
  }

  @Test
  void apply_whenMerchantOrderNoIsMissing_rejectsBeforeSending() {
    onlyField(rejected(b -> b.merchantOrderNo(null)), "merchantOrderNo");
  }

  @Test
  void apply_whenManyFieldsAreWrong_reportsThemAllTogether() {
    InvalidRequestException e = rejected(b -> b.merchantOrderNo("X".repeat(31)).amount(Money.of("100.50", "INR"))
        .phoneNumber("123").payerEmail("x").accountName("A").accountNo(null).accountBankCode("HDFC")
        .ifscOrVpa("nope").notifyUrl("nope"));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("merchantOrderNo", "amount", "phoneNumber",
        "payerEmail", "accountName", "accountNo", "accountBankCode", "ifscOrVpa", "notifyUrl");
    assertThat(e.getMessage()).startsWith("[inr-agentpay] payout.create");
  }

  @Test
  void apply_rejectionMessages_doNotRepeatTheAccountNumberOrVpa() {
    InvalidRequestException e = rejected(b -> b.ifscOrVpa("secret-vpa@ok.hdfc").amount(null));
    assertThat(e.getMessage()).doesNotContain("secret-vpa").doesNotContain("12312312");
  }
}
