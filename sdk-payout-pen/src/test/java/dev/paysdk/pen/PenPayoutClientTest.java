package dev.paysdk.pen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PenPayoutClientTest {

  @Test
  void build_withTheRequiredSettings_givesAPayoutAndWebhookClient() {
    PenPayoutClient pen = PenPayoutClient.builder().baseUrl("https://gateway.example").merchantId("100001")
        .secretKey("s3cr3t-value").build();

    assertThat(pen.providerId()).isEqualTo("payout-pen");
    assertThat(pen.capabilities()).containsExactlyInAnyOrder(Capability.PAYOUTS, Capability.WEBHOOKS);
    assertThat(pen.payouts()).isNotNull();
    assertThat(pen.webhooks()).isNotNull();
    assertThat(pen.toString()).doesNotContain("s3cr3t-value");
    assertThatThrownBy(pen::balances).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_withoutBaseUrl_explainsHowToFix() {
    assertThatThrownBy(() -> PenPayoutClient.builder().merchantId("1").secretKey("s").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl(");
  }

  @Test
  void build_withoutMerchantId_explainsHowToFix() {
    assertThatThrownBy(() -> PenPayoutClient.builder().baseUrl("https://gateway.example").secretKey("s").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("merchantId(");
  }

  @Test
  void build_withoutSecretKeyOrSigner_explainsHowToFix() {
    assertThatThrownBy(() -> PenPayoutClient.builder().baseUrl("https://gateway.example").merchantId("1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("secretKey(").hasMessageContaining("signer(");
  }

  @Test
  void build_withASignerInsteadOfASecret_works() {
    assertThat(PenPayoutClient.builder().baseUrl("https://gateway.example").merchantId("1")
        .signer(PenSigner.hmacSha256("s")).build().providerId()).isEqualTo("payout-pen");
  }

  @Test
  void setters_rejectNullAtOnce() {
    PenPayoutClient.Builder b = PenPayoutClient.builder();
    assertThatThrownBy(() -> b.merchantId(null)).isInstanceOf(NullPointerException.class).hasMessage("merchantId == null");
    assertThatThrownBy(() -> b.secretKey(null)).isInstanceOf(NullPointerException.class).hasMessage("secretKey == null");
    assertThatThrownBy(() -> b.signer(null)).isInstanceOf(NullPointerException.class).hasMessage("signer == null");
    assertThatThrownBy(() -> b.gatewayZone(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.cciRequiredForBankIds(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.defaultNotifyUrl(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.defaultNotifyUrl("ftp://x.example/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.merchantId(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void provider_isDiscoveredAndBuildsAClientFromSettings() {
    PaymentProvider provider = PaymentProvider.find("payout-pen").orElseThrow();

    PaymentClient client = provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "100001", "secretKey", "s", "signer", "hmacSha256", "cciRequiredExceptForBankIds", "1, 2,3",
        "gatewayZone", "UTC", "literalIpNotifyUrlAllowed", "true")));

    assertThat(provider.capabilities()).containsExactlyInAnyOrder(Capability.PAYOUTS, Capability.WEBHOOKS);
    assertThat(provider.settingNames()).startsWith("baseUrl", "merchantId", "secret");
    assertThat(client).isInstanceOf(PenPayoutClient.class);
    assertThat(client.toString()).contains("HMAC-SHA256");
  }

  @Test
  void provider_whenASettingIsMissingOrInvalid_throwsIllegalState() {
    PaymentProvider provider = PaymentProvider.find("payout-pen").orElseThrow();

    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("merchantId");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "1", "secretKey", "s", "signer", "sha1")))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ruleA");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "not a url",
        "merchantId", "1", "secretKey", "s")))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void secretAndItsAliasSecretKey_buildTheSameSigner() {
    PenPayoutClient viaSecret = PenPayoutClient.builder().baseUrl("https://gateway.example").merchantId("100001")
        .secret("s3cr3t-value").build();
    PenPayoutClient viaAlias = PenPayoutClient.builder().baseUrl("https://gateway.example").merchantId("100001")
        .secretKey("s3cr3t-value").build();

    assertThat(viaSecret.toString()).isEqualTo(viaAlias.toString()).contains("rule A");
  }

  @Test
  void build_withoutSecret_namesTheSharedSetterItsAliasAndTheSigner() {
    assertThatThrownBy(() -> PenPayoutClient.builder().baseUrl("https://gateway.example").merchantId("1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secret(").hasMessageContaining("secretKey(").hasMessageContaining("signer(");
  }

  @Test
  void merchantId_withControlOrNonAsciiCharacters_isRejectedAtOnce() {
    PenPayoutClient.Builder b = PenPayoutClient.builder();

    assertThatThrownBy(() -> b.merchantId("100001\r\nX")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("100001");
    assertThatThrownBy(() -> b.merchantId("1000é1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.secret(null)).isInstanceOf(NullPointerException.class).hasMessage("secret == null");
    assertThatThrownBy(() -> b.orderNotFoundPattern(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.reconciler(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.orderNotFoundCodes(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void close_isIdempotent_andLeavesASharedTransportOpen() {
    AtomicInteger closes = new AtomicInteger();
    HttpTransport shared = new HttpTransport() {
      @Override
      public HttpResponse execute(HttpRequest request) {
        throw new AssertionError("not called");
      }

      @Override
      public void close() {
        closes.incrementAndGet();
      }
    };
    PenPayoutClient pen = PenPayoutClient.builder().baseUrl("https://gateway.example").merchantId("1").secret("s")
        .transport(shared).build();

    pen.close();
    pen.close();

    assertThat(closes).hasValue(0);
  }

  @Test
  void provider_bindsTheGatewaysOwnOptions() {
    PaymentProvider provider = PaymentProvider.find("payout-pen").orElseThrow();

    PaymentClient client = provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "100001", "secret", "s", "guessedFinalStatusesEnabled", "true", "signedAnswersRequired", "false",
        "orderNotFoundPattern", "^no existe$", "orderNotFoundCodes", "40004, 40005")));

    assertThat(client).isInstanceOf(PenPayoutClient.class);
    assertThat(provider.settingNames()).contains("guessedFinalStatusesEnabled", "signedAnswersRequired",
        "orderNotFoundPattern");
    client.close();
  }

  @Test
  void provider_whenASettingIsUnknownOrMalformed_namesItButNeverTheSecret() {
    PaymentProvider provider = PaymentProvider.find("payout-pen").orElseThrow();

    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "1", "secret", "s", "secretKye", "x")))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secretKye");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "1", "secret", "s", "guessedFinalStatusesEnabled", "maybe"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("guessedFinalStatusesEnabled");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "1", "secret", "  ")))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secret");
  }
}
