package dev.paysdk.vexora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VexoraClientBuilderTest {

  @Test
  void build_withoutBaseUrl_explainsWhatToCall() {
    assertThatThrownBy(() -> VexoraClient.builder().merchantNo("M1").appSecret("s").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl(");
  }

  @Test
  void build_withoutMerchantNo_explainsWhatToCall() {
    assertThatThrownBy(() -> VexoraClient.builder().baseUrl("https://gw.example/indonesia").appSecret("s").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("merchantNo(");
  }

  @Test
  void build_withoutAppSecret_explainsWhatToCall() {
    assertThatThrownBy(() -> VexoraClient.builder().baseUrl("https://gw.example/indonesia").merchantNo("M1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("appSecret(");
  }

  @Test
  void setters_rejectNullAtOnce() {
    VexoraClient.Builder b = VexoraClient.builder();
    assertThatThrownBy(() -> b.merchantNo(null)).hasMessage("merchantNo == null");
    assertThatThrownBy(() -> b.appSecret(null)).hasMessage("appSecret == null");
    assertThatThrownBy(() -> b.currency(null)).hasMessage("currency == null");
    assertThatThrownBy(() -> b.amountFormat(null)).hasMessage("amountFormat == null");
    assertThatThrownBy(() -> b.unsignedWebhooks(null)).hasMessage("unsignedWebhooks == null");
    assertThatThrownBy(() -> b.mobilePattern((String) null)).hasMessage("mobilePattern == null");
  }

  @Test
  void currency_rejectsUnknownCodes_andDefaultsToIdr() {
    assertThatThrownBy(() -> VexoraClient.builder().currency("XYZ1")).isInstanceOf(IllegalArgumentException.class);
    VexoraClient c = VexoraClient.builder().baseUrl("https://gw.example").merchantNo("M1").appSecret("s").build();
    assertThat(c.currency()).isEqualTo("IDR");
    assertThat(VexoraClient.builder().baseUrl("https://gw.example").merchantNo("M1").appSecret("s").currency("PHP")
        .build().currency()).isEqualTo("PHP");
  }

  @Test
  void client_saysWhatItSupports_andNeverPrintsTheSecret() {
    VexoraClient c = VexoraClient.builder().baseUrl("https://gw.example/indonesia").merchantNo("M1")
        .appSecret("very-secret-value").build();

    assertThat(c.providerId()).isEqualTo("vexora");
    assertThat(c.capabilities()).containsExactlyInAnyOrder(Capability.PAYOUTS, Capability.BALANCES, Capability.WEBHOOKS);
    assertThat(c.supports(Capability.PAYINS)).isFalse();
    assertThat(c.toString()).contains("https://gw.example/indonesia").doesNotContain("very-secret-value");
    assertThatThrownBy(c::payIns).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void provider_isDiscoveredUnderItsId_andBuildsAClientFromSettings() {
    PaymentProvider provider = PaymentProvider.find("vexora").orElseThrow();

    PaymentClient client = provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gw.example/indonesia",
        "merchantNo", "M1", "appSecret", "s", "currency", "PHP", "amountFormat", "whole_number",
        "unsignedWebhooks", "confirm_by_query", "requireSignedResponses", "true")));

    assertThat(provider.displayName()).isEqualTo("Vexora");
    assertThat(provider.settingNames()).startsWith("baseUrl", "merchantId", "secret");
    assertThat(provider.capabilities()).isEqualTo(client.capabilities());
    assertThat(client).isInstanceOf(VexoraClient.class);
    assertThat(((VexoraClient) client).currency()).isEqualTo("PHP");
  }

  @Test
  void provider_withMissingOrInvalidSetting_failsWithIllegalState() {
    PaymentProvider provider = PaymentProvider.find("vexora").orElseThrow();

    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gw.example"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("merchantNo");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gw.example",
        "merchantNo", "M1", "appSecret", "s", "amountFormat", "cents"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("amountFormat");
  }
}
