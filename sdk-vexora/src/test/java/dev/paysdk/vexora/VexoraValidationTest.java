package dev.paysdk.vexora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.vexora.VexoraDisburseTest.answer;
import static dev.paysdk.vexora.VexoraDisburseTest.data;
import static dev.paysdk.vexora.VexoraTestSupport.client;
import static dev.paysdk.vexora.VexoraTestSupport.documentExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.vexora.VexoraTestSupport.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VexoraValidationTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String PATH = "/indonesia/v1/vexora/disbursements";

  private VexoraClient vexora;
  private boolean expectNothingSent = true;

  @BeforeEach
  void setUp() {
    vexora = client(wm.baseUrl() + "/indonesia", new RecordingSleeper()).build();
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse()
        .withBody(answer("0000", "success", data("VX20260331008901", "0015", "Processing")))));
  }

  @AfterEach
  void nothingWasSent() {
    if (expectNothingSent) {
      wm.verify(0, anyRequestedFor(anyUrl()));
    }
  }

  private InvalidRequestException rejected(DisbursementRequest.Builder request) {
    return catchThrowableOfType(InvalidRequestException.class, () -> vexora.payouts().disburse(request.build()));
  }

  private InvalidRequestException rejected(PayoutRequest request) {
    return catchThrowableOfType(InvalidRequestException.class, () -> vexora.payouts().create(request));
  }

  @Test
  void disburse_whenEverythingIsMissing_reportsEveryFieldAtOnce() {
    InvalidRequestException e = rejected(DisbursementRequest.builder());

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("merchantOrderNo", "amount", "accountNo",
        "mobile", "email", "firstName", "lastName", "notifyUrl");
    assertThat(e.getMessage()).contains("[vexora]", "nothing was sent");
  }

  @Test
  void disburse_whenSeveralFieldsAreWrong_reportsThemTogether() {
    InvalidRequestException e = rejected(documentExample().amount(Money.of("99", "IDR")).email("not-an-email")
        .notifyUrl("/relative"));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount", "email", "notifyUrl");
  }

  @Test
  void disburse_whenAmountHasAFraction_rejectsBeforeSending() {
    InvalidRequestException e = rejected(documentExample().amount(Money.of("100.50", "IDR")));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("amount");
      assertThat(f.message()).contains("whole number");
    });
  }

  @Test
  void disburse_whenAmountIsBelow100_rejectsBeforeSending() {
    InvalidRequestException e = rejected(documentExample().amount(Money.of("99", "IDR")));

    assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.message()).contains("at least 100"));
  }

  @Test
  void disburse_whenAmountIsInAnotherCurrency_rejectsBeforeSending() {
    InvalidRequestException e = rejected(documentExample().amount(Money.of("100", "PHP")));

    assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.message()).contains("PHP", "IDR"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+6281234567890", "6281234567890", "81234567890", "0812-3456-789", "081234567",
      "08123", "08123456789012", "081234567890 "})
  void disburse_whenMobileIsNotNationalDigitsOf10To13_rejectsBeforeSending(String mobile) {
    InvalidRequestException e = rejected(documentExample().mobile(mobile));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("mobile");
      assertThat(f.message()).contains("starting with 0").doesNotContain(mobile.strip());
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"081234567890", "0912345678", "0812345678", "0812345678901"})
  void disburse_whenMobileHas10To13NationalDigits_sendsIt(String mobile) {
    expectNothingSent = false;

    vexora.payouts().disburse(documentExample().mobile(mobile).build());

    wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void disburse_withStricterMobilePattern_rejectsTheDocumentsTwelveDigitExample() {
    VexoraClient tenDigits = client(wm.baseUrl() + "/indonesia", new RecordingSleeper())
        .mobilePattern("0[0-9]{9}").build();

    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
        () -> tenDigits.payouts().disburse(documentExample().build()));

    assertThat(e.hasErrorFor("mobile")).isTrue();
  }

  @Test
  void disburse_whenTheMerchantsPatternHasNoLeadingZero_honoursIt() {
    expectNothingSent = false;
    VexoraClient international = client(wm.baseUrl() + "/indonesia", new RecordingSleeper())
        .mobilePattern("62[0-9]{9,12}").build();

    international.payouts().disburse(documentExample().mobile("6281234567890").build());

    wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("\"mobile\":\"6281234567890\"")));
  }

  @Test
  void disburse_whenTheMerchantsPatternRejectsANumber_namesThatRuleNotTheDefault() {
    VexoraClient international = client(wm.baseUrl() + "/indonesia", new RecordingSleeper())
        .mobilePattern("62[0-9]{9,12}").build();

    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
        () -> international.payouts().disburse(documentExample().build()));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("mobile");
      assertThat(f.message()).contains("62[0-9]{9,12}").doesNotContain("starting with 0").doesNotContain("081234567890");
    });
  }

  @Test
  void disburse_whenEmailIsMalformed_rejectsBeforeSending() {
    assertThat(rejected(documentExample().email("rizky.pratama@")).hasErrorFor("email")).isTrue();
  }

  @Test
  void disburse_whenNamesAreBlank_rejectsBeforeSending() {
    InvalidRequestException e = rejected(documentExample().firstName(" ").lastName(null));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("firstName", "lastName");
  }

  @Test
  void disburse_whenAccountNoIsMissing_rejectsBeforeSending() {
    assertThat(rejected(documentExample().accountNo("")).hasErrorFor("accountNo")).isTrue();
  }

  @Test
  void disburse_whenNotifyUrlIsNotAbsoluteHttp_rejectsBeforeSending() {
    assertThat(rejected(documentExample().notifyUrl("ftp://merchant.example/notify")).hasErrorFor("notifyUrl")).isTrue();
    assertThat(rejected(documentExample().notifyUrl("merchant.example/notify")).hasErrorFor("notifyUrl")).isTrue();
  }

  @Test
  void disburse_whenMerchantOrderNoIsMissing_rejectsBeforeSending() {
    assertThat(rejected(documentExample().merchantOrderNo(null)).hasErrorFor("merchantOrderNo")).isTrue();
  }

  @Test
  void create_reportsNeutralFieldNames() {
    InvalidRequestException e = rejected(PayoutRequest.builder().merchantOrderNo("PO-1")
        .amount(Money.of("100", "IDR")).destination(Destination.bankAccount(" ").build())
        .payee(Payee.builder().email("bad").phone("+62812").build()).build());

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("destination.accountNumber", "payee.phone",
        "payee.email", "payee.firstName", "payee.lastName", "notifyUrl");
  }

  @Test
  void create_whenMoneyIsInAnotherCurrency_rejectsBeforeSending() {
    InvalidRequestException e = rejected(neutral().amount(Money.of("100", "USD")).build());

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("amount");
      assertThat(f.message()).contains("USD", "IDR");
    });
  }

  @Test
  void create_whenDestinationIsNotABankAccount_rejectsBeforeSending() {
    InvalidRequestException e = rejected(neutral().destination(Destination.upi("rizky@bank")).build());

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("destination");
      assertThat(f.message()).contains("bank account", "UPI");
    });
  }

  @Test
  void create_whenDestinationIsMissing_rejectsBeforeSending() {
    assertThat(rejected(neutral().destination(null).build()).errors()).extracting(FieldError::field)
        .containsExactly("destination");
  }

  static PayoutRequest.Builder neutral() {
    return PayoutRequest.builder()
        .merchantOrderNo("VX20260331008901")
        .amount(Money.of("100", "IDR"))
        .payee(Payee.builder().firstName("Rizky").lastName("Pratama").email("rizky.pratama@example.com")
            .phone("081234567890").build())
        .destination(Destination.bankAccount("880123456789012345").build())
        .notifyUrl("https://api.merchant.com/vexora/collection/notify");
  }

  @ParameterizedTest
  @ValueSource(strings = {"VX 1", "VX/1", "VX&amount=1", "-VX1", "VX\u00e91",
      "VX12345678901234567890123456789012345678901234567890123456789012345"})
  void disburse_whenMerchantOrderNoIsNotAPlainOrderNumber_rejectsBeforeSending(String merchantOrderNo) {
    InvalidRequestException e = rejected(documentExample().merchantOrderNo(merchantOrderNo));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("merchantOrderNo");
      assertThat(f.message()).contains("callbacks");
    });
  }

  @Test
  void create_whenMerchantOrderNoIsNotAPlainOrderNumber_rejectsBeforeSending() {
    assertThat(rejected(neutral().merchantOrderNo("PO 1").build()).hasErrorFor("merchantOrderNo")).isTrue();
  }
}
