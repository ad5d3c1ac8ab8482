package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.agentpay.Fixtures.md5Upper;
import static dev.paysdk.agentpay.Fixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The neutral payouts API mapped onto the gateway's apply. */
class AgentPayNeutralPayoutsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  static final String PATH = "/api/agentpay/apply";

  private Payouts payouts;

  @BeforeEach
  void setUp() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le7\",\"fee\":1200,\"status\":0}"))));
    PaymentClient client = Fixtures.client(wm).build();
    payouts = client.payouts();
  }

  private static PayoutRequest.Builder request(Destination destination) {
    return PayoutRequest.builder()
        .merchantOrderNo("PO-20261122-0001")
        .amount(Money.of("100", "INR"))
        .payee(Payee.builder().firstName("Asha").lastName("Verma").phone("9876543210").email("asha@example.in").build())
        .destination(destination)
        .notifyUrl("https://merchant.example/hooks/agentpay")
        .remark("invoice 7");
  }

  /** A valid neutral payout to a bank account. */
  static PayoutRequest bankRequest() {
    return request(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build()).build();
  }

  private InvalidRequestException rejected(PayoutRequest r) {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> payouts.create(r));
    assertThat(e).isNotNull();
    assertThat(wm.getAllServeEvents()).isEmpty();
    return e;
  }

  @Test
  void create_toABankAccount_sendsPayeeAndAccountAsTheGatewaysFields() {
    Payout p = payouts.create(request(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build()).build());

    String canonical = "accountBankCode=BANK&accountName=Asha Verma&accountNo=123456789012&amount=10000&currency=INR"
        + "&extra={\"value\":\"HDFC0001234\"}&mchId=LEtest067&mchOrderNo=PO-20261122-0001"
        + "&notifyUrl=https://merchant.example/hooks/agentpay&payerEmail=asha@example.in&phoneNumber=9876543210"
        + "&remark=invoice 7&key=test-secret";
    assertThat(received(wm, PATH).get(0).getBodyAsString()).isEqualTo("mchId=LEtest067&mchOrderNo=PO-20261122-0001"
        + "&amount=10000&currency=INR&phoneNumber=9876543210&payerEmail=asha%40example.in&accountName=Asha+Verma"
        + "&accountNo=123456789012&accountBankCode=BANK&remark=invoice+7"
        + "&notifyUrl=https%3A%2F%2Fmerchant.example%2Fhooks%2Fagentpay&extra=%7B%22value%22%3A%22HDFC0001234%22%7D"
        + "&sign=" + md5Upper(canonical));
    assertThat(p.providerId()).isEqualTo("inr-agentpay");
    assertThat(p.merchantOrderNo()).isEqualTo("PO-20261122-0001");
    assertThat(p.providerOrderNo()).contains("Le7");
    assertThat(p.amount()).contains(Money.of("100", "INR"));
    assertThat(p.fee()).contains(Money.of("12", "INR"));
    assertThat(p.status()).isEqualTo(PayoutStatus.ACCEPTED);
    assertThat(p.rawStatus()).isEqualTo("0");
  }

  @Test
  void create_toAUpiAddress_sendsTheVpaAsAccountNoAndExtra() {
    PayoutRequest r = request(Destination.upi("asha.verma@okhdfcbank")).payee(Payee.builder().build()).remark(null).build();

    payouts.create(r);

    String canonical = "accountBankCode=BANK&accountNo=asha.verma@okhdfcbank&amount=10000&currency=INR"
        + "&extra={\"value\":\"asha.verma@okhdfcbank\"}&mchId=LEtest067&mchOrderNo=PO-20261122-0001"
        + "&notifyUrl=https://merchant.example/hooks/agentpay&key=test-secret";
    assertThat(received(wm, PATH).get(0).getBodyAsString()).isEqualTo("mchId=LEtest067&mchOrderNo=PO-20261122-0001"
        + "&amount=10000&currency=INR&accountNo=asha.verma%40okhdfcbank&accountBankCode=BANK"
        + "&notifyUrl=https%3A%2F%2Fmerchant.example%2Fhooks%2Fagentpay"
        + "&extra=%7B%22value%22%3A%22asha.verma%40okhdfcbank%22%7D&sign=" + md5Upper(canonical));
  }

  @Test
  void create_whenTheBankAccountHasNoIfsc_namesTheNeutralField() {
    InvalidRequestException e = rejected(request(Destination.bankAccount("123456789012").build()).build());

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("destination.ifsc");
  }

  @Test
  void create_whenTheBankAccountsIfscIsAVpa_rejectsIt() {
    InvalidRequestException e = rejected(request(Destination.bankAccount("1234").ifsc("asha@ybl").build()).build());

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("destination.ifsc");
  }

  @Test
  void create_whenTheVpaIsMalformed_reportsItOnce() {
    InvalidRequestException e = rejected(request(Destination.upi("asha")).build());
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("destination.vpa");

    InvalidRequestException blank = rejected(request(Destination.upi("")).build());
    assertThat(blank.errors()).extracting(FieldError::field).containsExactly("destination.vpa");
  }

  @Test
  void create_whenTheBankAccountNamesABankCodeOtherThanBank_namesTheNeutralFieldInsteadOfReplacingIt() {
    InvalidRequestException e = rejected(request(Destination.bankAccount("123456789012").bankCode("HDFC")
        .ifsc("HDFC0001234").build()).build());

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("destination.bankCode");
    assertThat(e.getMessage()).contains("must be BANK, not 'HDFC'");
  }

  @Test
  void create_whenTheBankAccountsBankCodeIsBank_sendsIt() {
    payouts.create(request(Destination.bankAccount("123456789012").bankCode("BANK").ifsc("HDFC0001234").build())
        .build());

    assertThat(received(wm, PATH).get(0).getBodyAsString()).contains("&accountBankCode=BANK&");
  }

  @Test
  void create_whenTheGatewayAnswersFailedAtOnce_givesItsMessageAsFailureReason() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"retMsg\":\"Beneficiary bank offline\","
        + "\"agentpayOrderId\":\"Le8\",\"status\":3}"))));

    Payout p = payouts.create(request(Destination.upi("asha@ybl")).build());

    assertThat(p.status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(p.rawStatus()).isEqualTo("3");
    assertThat(p.failureReason()).contains("Beneficiary bank offline");
  }

  @Test
  void create_whenTheGatewayAcceptsThePayout_givesNoFailureReason() {
    Payout p = payouts.create(request(Destination.upi("asha@ybl")).build());

    assertThat(p.failureReason()).isEmpty();
  }

  @Test
  void create_whenTheDestinationIsACryptoWallet_rejectsItBeforeSending() {
    InvalidRequestException e = rejected(request(Destination.cryptoWallet("0xabc", "Ethereum", null)).build());

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("destination");
    assertThat(e.getMessage()).contains("CRYPTO_WALLET");
  }

  @Test
  void create_whenTheDestinationIsMissing_rejectsItBeforeSending() {
    InvalidRequestException e = rejected(request(null).build());

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("destination");
  }

  @Test
  void create_whenNeutralFieldsBreakTheGatewaysRules_namesTheNeutralFieldsTogether() {
    PayoutRequest r = request(Destination.bankAccount(" ").ifsc("hdfc0001234").build())
        .merchantOrderNo(null)
        .amount(Money.of("100.50", "INR"))
        .payee(Payee.builder().name("A").phone("+919876543210").email("a@b").build())
        .notifyUrl("merchant.example/hook")
        .build();

    InvalidRequestException e = rejected(r);

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("merchantOrderNo", "amount", "payee.phone",
        "payee.email", "payee.name", "destination.accountNumber", "destination.ifsc", "notifyUrl");
  }

  @Test
  void create_whenTheNotifyUrlHasAQueryStringOrFragment_rejectsItBeforeSending() {
    for (String url : new String[] {"https://m.example/hook?tenant=7", "https://m.example/hook#tenant-7"}) {
      InvalidRequestException e = rejected(request(Destination.upi("asha@ybl")).notifyUrl(url).build());

      assertThat(e.errors()).as(url).extracting(FieldError::field).containsExactly("notifyUrl");
      assertThat(e.errors().get(0).message()).as(url).contains("path segment");
    }
  }

  @Test
  void create_whenTheCurrencyIsNotInr_namesTheAmount() {
    InvalidRequestException e = rejected(request(Destination.upi("asha@ybl")).amount(Money.of("100", "USD")).build());

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
  }

  @Test
  void create_whenTheFailureReasonEchoesTheAccountOrPayee_masksIt_andDropsControlCharacters() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"retMsg\":\"account"
        + " 123456789012 of Asha Verma closed\\r\\nFAKE\",\"agentpayOrderId\":\"Le8\",\"status\":3}"))));

    Payout p = payouts.create(bankRequest());

    assertThat(p.status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(p.failureReason()).hasValueSatisfying(reason -> assertThat(reason)
        .isEqualTo("account ****9012 of ****erma closed  FAKE"));
  }

  @Test
  void create_whenTheMerchantOrderNumberHoldsCharactersACallbackCouldNotCarry_rejectsItBeforeSending() {
    for (String no : new String[] {"PO 1", "PO/1", "PO&amount=1", "-PO1"}) {
      InvalidRequestException e = rejected(request(Destination.upi("asha@ybl")).merchantOrderNo(no).build());

      assertThat(e.errors()).as(no).extracting(FieldError::field).containsExactly("merchantOrderNo");
    }
  }

  @Test
  void create_namesTheOperationPayoutCreate() {
    InvalidRequestException e = rejected(request(null).build());

    assertThat(e.operation()).isEqualTo("payout.create");
  }
}
