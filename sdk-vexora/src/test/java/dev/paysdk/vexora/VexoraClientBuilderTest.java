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

  @Test
  void sharedSetters_merchantIdAndSecret_buildTheSameClientAsTheGatewaysNames() {
    VexoraClient shared = VexoraClient.builder().baseUrl("https://gw.example/indonesia").merchantId("M1").secret("s")
        .build();
    VexoraClient gatewayNames = VexoraClient.builder().baseUrl("https://gw.example/indonesia").merchantNo("M1")
        .appSecret("s").build();

    assertThat(shared.toString()).isEqualTo(gatewayNames.toString()).contains("merchantNo=M1");
  }

  @Test
  void sharedSetters_rejectNullNamingThemselves() {
    VexoraClient.Builder b = VexoraClient.builder();
    assertThatThrownBy(() -> b.merchantId(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("merchantId == null");
    assertThatThrownBy(() -> b.secret(null)).isInstanceOf(NullPointerException.class).hasMessage("secret == null");
    assertThatThrownBy(() -> b.reconciler(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("reconciler == null");
    assertThatThrownBy(() -> b.orderNotFoundPattern(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("orderNotFoundPattern == null");
    assertThatThrownBy(() -> b.signingRule(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("signingRule == null");
    assertThatThrownBy(() -> b.orderNoGenerator(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("orderNoGenerator == null");
  }

  @Test
  void merchantNo_withControlOrNonAsciiCharacters_isRejectedWithoutRepeatingIt() {
    for (String bad : new String[] {"M1\r\nX-Injected: 1", "M\u00e9rchant", "${VEXORA_MERCHANT}", ""}) {
      assertThatThrownBy(() -> VexoraClient.builder().merchantNo(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("merchantNo")
          .satisfies(e -> assertThat(bad.isEmpty() || !e.getMessage().contains(bad)).isTrue());
    }
  }

  @Test
  void appSecret_thatIsBlankOrAPlaceholder_isRejected() {
    assertThatThrownBy(() -> VexoraClient.builder().appSecret(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VexoraClient.builder().appSecret("${VEXORA_APP_SECRET}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("VEXORA_APP_SECRET");
  }

  @Test
  void build_withASigningRule_needsNoSecret() {
    VexoraClient c = VexoraClient.builder().baseUrl("https://gw.example").merchantNo("M1")
        .signingRule(dev.paysdk.core.sign.Signers.md5SaltedPairs("other")).build();

    assertThat(c.providerId()).isEqualTo("vexora");
  }

  @Test
  void provider_acceptsTheSharedSettingNames_andRejectsOneGivenTwiceOrUnknown() {
    PaymentProvider provider = PaymentProvider.find("vexora").orElseThrow();

    PaymentClient client = provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gw.example/indonesia",
        "merchantId", "M1", "secret", "s", "orderNotFoundPattern", "^ORDER_MISSING$")));

    assertThat(client).isInstanceOf(VexoraClient.class);
    assertThat(client.toString()).contains("merchantNo=M1", "requireSignedResponses=true");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gw.example",
        "merchantId", "M1", "merchantNo", "M2", "secret", "s"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("given twice");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gw.example",
        "merchantId", "M1", "secret", "s", "mchNo", "M1"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("mchNo");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gw.example",
        "merchantId", "M1", "secret", "s", "requireSignedResponses", "maybe"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("requireSignedResponses");
  }

  @Test
  void provider_isAGatewayProviderOverTheClientsDescriptor() {
    PaymentProvider provider = PaymentProvider.find("vexora").orElseThrow();

    assertThat(provider).isInstanceOf(VexoraPaymentProvider.class);
    assertThat(((VexoraPaymentProvider) provider).descriptor()).isSameAs(DefaultVexoraClient.DESCRIPTOR);
    assertThat(DefaultVexoraClient.DESCRIPTOR.setting("appSecret")).hasValueSatisfying(s -> {
      assertThat(s.name()).isEqualTo("secret");
      assertThat(s.secret()).isTrue();
    });
  }
}
