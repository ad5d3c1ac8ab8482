package dev.paysdk.vexora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.vexora.VexoraDisburseTest.answer;
import static dev.paysdk.vexora.VexoraDisburseTest.data;
import static dev.paysdk.vexora.VexoraTestSupport.MERCHANT_NO;
import static dev.paysdk.vexora.VexoraTestSupport.client;
import static dev.paysdk.vexora.VexoraTestSupport.md5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.vexora.VexoraTestSupport.RecordingSleeper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VexoraPayoutsCreateTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String PATH = "/indonesia/v1/vexora/disbursements";

  private VexoraClient vexora;

  @BeforeEach
  void setUp() {
    vexora = client(wm.baseUrl() + "/indonesia", new RecordingSleeper()).build();
  }

  private static void stub(String body) {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withBody(body)));
  }

  @Test
  void create_mapsTheNeutralRequestOntoTheWireAndTheAnswerOntoAPayout() {
    stub(answer("0000", "success", data("VX20260331008901", "0015", "Processing")));

    Payout payout = vexora.payouts().create(VexoraValidationTest.neutral().remark("order 7").build());

    String canonical = "accountNo=880123456789012345amount=100.00email=rizky.pratama@example.comfirstname=Rizky"
        + "lastname=Pratamamobile=081234567890notifyUrl=https://api.merchant.com/vexora/collection/notify"
        + "remark=order 7timestamp=1719876543210tradeNo=VX20260331008901";
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("merchantNo", equalTo(MERCHANT_NO))
        .withRequestBody(equalTo("{\"timestamp\":\"1719876543210\",\"tradeNo\":\"VX20260331008901\","
            + "\"amount\":\"100.00\",\"accountNo\":\"880123456789012345\",\"mobile\":\"081234567890\","
            + "\"email\":\"rizky.pratama@example.com\",\"firstname\":\"Rizky\",\"lastname\":\"Pratama\","
            + "\"notifyUrl\":\"https://api.merchant.com/vexora/collection/notify\",\"remark\":\"order 7\","
            + "\"sign\":\"" + md5(canonical + "test-secret") + "\"}")));
    assertThat(payout.providerId()).isEqualTo("vexora");
    assertThat(payout.merchantOrderNo()).isEqualTo("VX20260331008901");
    assertThat(payout.providerOrderNo()).contains("vx4m8k2d9pl0q7f1a");
    assertThat(payout.amount()).contains(Money.of("100", "IDR"));
    assertThat(payout.status()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(payout.rawStatus()).isEqualTo("0015");
    assertThat(payout.failureReason()).isEmpty();
    assertThat(payout.rawResponse()).hasValueSatisfying(b -> assertThat(b).contains("vx4m8k2d9pl0q7f1a"));
  }

  @Test
  void create_whenTheGatewayReportsFailedStatus_returnsAFailedPayoutWithItsReason() {
    stub(answer("0000", "success", data("VX20260331008901", "00029", "Account closed")));

    Payout payout = vexora.payouts().create(VexoraValidationTest.neutral().build());

    assertThat(payout.status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(payout.failureReason()).contains("Account closed");
  }

  @Test
  void create_whenTheGatewayReportsAnUnknownStatus_keepsItRaw() {
    stub(answer("0000", "success", data("VX20260331008901", "0042", "Hmm")));

    Payout payout = vexora.payouts().create(VexoraValidationTest.neutral().build());

    assertThat(payout.status()).isEqualTo(PayoutStatus.UNKNOWN);
    assertThat(payout.rawStatus()).isEqualTo("0042");
  }

  @Test
  void create_whenCode5000_isOutcomeUnknown() {
    stub(answer("5000", "System error", "null"));

    assertThatThrownBy(() -> vexora.payouts().create(VexoraValidationTest.neutral().build()))
        .isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void create_whenCode8000_isProviderException() {
    stub(answer("8000", "Parameter error", "null"));

    assertThatThrownBy(() -> vexora.payouts().create(VexoraValidationTest.neutral().build()))
        .isInstanceOf(ProviderException.class);
  }
}
