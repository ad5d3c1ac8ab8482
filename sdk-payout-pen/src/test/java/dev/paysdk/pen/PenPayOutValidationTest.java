package dev.paysdk.pen;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.pen.PenTestSupport.CREATE_ANSWER;
import static dev.paysdk.pen.PenTestSupport.client;
import static dev.paysdk.pen.PenTestSupport.documentRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PenPayOutValidationTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final PenPayouts payouts = client(wm).build().payouts();

  @AfterEach
  void nothingWasSentUnlessStubbed() {
    if (wm.getStubMappings().isEmpty()) {
      wm.verify(0, anyRequestedFor(anyUrl()));
    }
  }

  @Test
  void payOut_whenCurrencyIsNotPen_rejectsBeforeSending() {
    assertRejected(r -> r.amount(Money.of("100", "USD")), "currency", "USD");
  }

  @Test
  void payOut_whenAmountHasThreeDecimals_rejectsBeforeSending() {
    assertRejected(r -> r.amount(Money.reported(new BigDecimal("100.005"), "PEN")), "amount", "more than 2 decimals");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.99", "2000.01", "0.50", "5000"})
  void payOut_whenAmountIsOutsideTenToTwoThousand_rejectsBeforeSending(String amount) {
    assertRejected(r -> r.amount(Money.of(amount, "PEN")), "amount", "outside the gateway's range 10.00 to 2000.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.00", "2000.00", "10", "1999.99"})
  void payOut_whenAmountIsOnOrInsideTheBounds_sends(String amount) {
    wm.stubFor(post("/api/payOut").willReturn(okJson(PenTestSupport.createAnswerWithAmount(amount))));

    payouts.payOut(documentRequest().amount(Money.of(amount, "PEN")).build());

    assertThat(PenTestSupport.onlyRequest(wm).getBodyAsString())
        .contains("\"amount\":" + new BigDecimal(amount).setScale(2).toPlainString() + ",");
  }

  @ParameterizedTest
  @ValueSource(strings = {"merchantOrderNo", "accountName", "accountNo", "idType", "idCard", "phone", "email", "remark"})
  void payOut_whenAFieldIsLongerThan32_rejectsBeforeSending(String field) {
    String value = field.equals("email") ? "a".repeat(24) + "@mail.com" : "x".repeat(33);
    assertThat(value).hasSize(33);
    assertRejected(r -> set(r, field, value), field, "at most 32");
  }

  @ParameterizedTest
  @ValueSource(strings = {"merchantOrderNo", "accountName", "accountNo", "idType", "idCard", "phone", "remark"})
  void payOut_whenAFieldIsExactly32_sends(String field) {
    String value = "x".repeat(32);
    String orderNo = field.equals("merchantOrderNo") ? value : "M1656907083234";
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER.replace("M1656907083234", orderNo))));

    payouts.payOut(set(documentRequest(), field, value).build());

    assertThat(PenTestSupport.onlyRequest(wm).getBodyAsString()).contains("\"" + value + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P 1", "P&merchantId=1", "P=1", "-P1", "P1\r\n", "Pé1", "P#1"})
  void payOut_whenMerchantOrderNoIsNotAPlainIdentifier_rejectsBeforeSending(String orderNo) {
    assertRejected(r -> r.merchantOrderNo(orderNo), "merchantOrderNo", "may hold only letters, digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1", "2a6421c4-3758-4d1a-b47e-f7d0e713", "ORDER_2026.11.22-01"})
  void payOut_whenMerchantOrderNoIsAPlainIdentifier_sends(String orderNo) {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER.replace("M1656907083234", orderNo))));

    payouts.payOut(documentRequest().merchantOrderNo(orderNo).build());

    assertThat(PenTestSupport.onlyRequest(wm).getBodyAsString()).contains("\"mchOrderNo\":\"" + orderNo + "\"");
  }

  @Test
  void payOut_whenNotifyUrlIsLongerThan250_rejectsBeforeSending() {
    String url = "https://merchant.example/" + "p".repeat(250 - 25 + 1);
    assertThat(url).hasSize(251);
    assertRejected(r -> r.notifyUrl(url), "notifyUrl", "at most 250");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0021940025464065432", "002194002546406543210", "0021940025464065432X", "00219-40025464065432"})
  void payOut_whenCciIsNotExactly20Digits_rejectsBeforeSending(String cci) {
    assertRejected(r -> r.cciAccountNo(cci), "cciAccountNo", "exactly 20 digits");
  }

  @Test
  void payOut_whenCciIsMissingForABankConfiguredToNeedIt_rejectsBeforeSending() {
    PenPayouts strict = client(wm).cciRequiredForBankIds(Set.of(2, 7)).build().payouts();

    assertThatThrownBy(() -> strict.payOut(documentRequest().cciAccountNo(null).build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("cciAccountNo",
                "is required for bank id 2 (the client is configured to need a CCI for it)")));
  }

  @Test
  void payOut_whenCciIsMissingForABankNotConfigured_sends() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));
    PenPayouts strict = client(wm).cciRequiredForBankIds(Set.of(7)).build().payouts();

    strict.payOut(documentRequest().cciAccountNo(null).build());

    assertThat(PenTestSupport.onlyRequest(wm).getBodyAsString()).doesNotContain("cciAccountNo");
  }

  @Test
  void payOut_whenCciIsMissingForABankOutsideTheBigBanks_rejectsBeforeSending() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));
    PenPayouts bigFour = client(wm).cciRequiredExceptForBankIds(Set.of(1, 3, 4, 5)).build().payouts();

    assertThatThrownBy(() -> bigFour.payOut(documentRequest().cciAccountNo(null).build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.hasErrorFor("cciAccountNo")).isTrue());
    wm.verify(0, anyRequestedFor(anyUrl()));

    bigFour.payOut(documentRequest().cciAccountNo(null).bankId(3).build());

    assertThat(PenTestSupport.onlyRequest(wm).getBodyAsString()).contains("\"bankId\":3,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://abc.com/webhooks", "abc.com/webhooks", "https://"})
  void payOut_whenNotifyUrlIsNotHttpOrHttps_rejectsBeforeSending(String url) {
    assertRejected(r -> r.notifyUrl(url), "notifyUrl", "not an absolute http or https URL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://203.0.113.7/webhooks", "https://203.0.113.7:8443/hooks", "http://[2001:db8::1]/hooks"})
  void payOut_whenNotifyUrlNamesAnIpAddress_rejectsWithTheDocumentsReason(String url) {
    assertRejected(r -> r.notifyUrl(url), "notifyUrl", "the gateway asks for a public domain name instead");
  }

  @Test
  void payOut_whenNotifyUrlNamesAnIpAddressAndTheClientAllowsIt_sends() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));
    PenPayouts lenient = client(wm).literalIpNotifyUrlAllowed(true).build().payouts();

    lenient.payOut(documentRequest().notifyUrl("http://203.0.113.7/webhooks").build());

    assertThat(PenTestSupport.onlyRequest(wm).getBodyAsString()).contains("\"notifyUrl\":\"http://203.0.113.7/webhooks\"");
  }

  @Test
  void payOut_whenRequestHasNoNotifyUrl_usesTheClientsDefault() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));
    PenPayouts withDefault = client(wm).defaultNotifyUrl("https://merchant.example/hooks/pen").build().payouts();

    withDefault.payOut(documentRequest().notifyUrl(null).build());

    assertThat(PenTestSupport.onlyRequest(wm).getBodyAsString())
        .contains("\"notifyUrl\":\"https://merchant.example/hooks/pen\"");
  }

  @Test
  void payOut_whenEmailIsMalformed_rejectsBeforeSending() {
    assertRejected(r -> r.email("not-an-email"), "email", "not a valid email address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"merchantOrderNo", "amount", "accountName", "accountNo", "accountType", "bankId", "notifyUrl",
      "idType", "idCard", "remark"})
  void payOut_whenOneRequiredFieldIsMissing_rejectsBeforeSending_namingOnlyThatField(String field) {
    assertRejected(r -> without(r, field), field, "is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"accountName", "accountNo", "idType", "idCard", "remark"})
  void payOut_whenARequiredTextIsBlank_rejectsBeforeSending(String field) {
    assertRejected(r -> set(r, field, " "), field, "is required");
  }

  @Test
  void payOut_whenEveryRequiredFieldIsMissing_reportsThemAllAtOnce() {
    assertThatThrownBy(() -> payouts.payOut(PenPayoutRequest.builder().build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactly("merchantOrderNo", "amount", "accountName", "accountNo", "accountType", "bankId",
                "notifyUrl", "idType", "idCard", "remark"));
  }

  @Test
  void payOut_whenSeveralRulesFail_reportsEveryOneAndNamesNoAccountNumber() {
    assertThatThrownBy(() -> payouts.payOut(documentRequest().accountType(null).bankId(null).idType(" ")
        .cciAccountNo("123").notifyUrl("http://10.0.0.1/x").amount(Money.of("5", "PEN")).build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.errors()).extracting(FieldError::field)
              .containsExactly("amount", "cciAccountNo", "accountType", "bankId", "notifyUrl", "idType");
          assertThat(e.getMessage()).startsWith("[payout-pen] payout.create (merchant order M1656907083234)")
              .doesNotContain("1914567890123");
        });
  }

  private void assertRejected(UnaryOperator<PenPayoutRequest.Builder> change, String field, String message) {
    assertThatThrownBy(() -> payouts.payOut(change.apply(documentRequest()).build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.errors()).hasSize(1);
          assertThat(e.errors().get(0).field()).isEqualTo(field);
          assertThat(e.errors().get(0).message()).contains(message);
        });
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  private static PenPayoutRequest.Builder without(PenPayoutRequest.Builder b, String field) {
    return switch (field) {
      case "amount" -> b.amount(null);
      case "accountType" -> b.accountType(null);
      case "bankId" -> b.bankId(null);
      case "notifyUrl" -> b.notifyUrl(null);
      default -> set(b, field, null);
    };
  }

  private static PenPayoutRequest.Builder set(PenPayoutRequest.Builder b, String field, String value) {
    return switch (field) {
      case "merchantOrderNo" -> b.merchantOrderNo(value);
      case "accountName" -> b.accountName(value);
      case "accountNo" -> b.accountNo(value);
      case "idType" -> b.idType(value);
      case "idCard" -> b.idCard(value);
      case "phone" -> b.phone(value);
      case "email" -> b.email(value);
      case "remark" -> b.remark(value);
      default -> throw new IllegalArgumentException(field);
    };
  }
}
