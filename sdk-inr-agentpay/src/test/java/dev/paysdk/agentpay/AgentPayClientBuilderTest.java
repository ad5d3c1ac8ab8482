package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.agentpay.Fixtures.md5Upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.http.okhttp.OkHttpTransport;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.webhook.WebhookRequest;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentPayClientBuilderTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static AgentPayClient.Builder complete() {
    return AgentPayClient.builder().baseUrl("https://gateway.example").merchantId("LEtest067").secretKey("s3cr3t-value");
  }

  @Test
  void build_withEveryRequiredSetting_givesAClientOfInrAgentPay() {
    AgentPayClient client = complete().build();

    assertThat(client.providerId()).isEqualTo("inr-agentpay");
    assertThat(client.merchantId()).isEqualTo("LEtest067");
    assertThat(client.capabilities()).containsExactlyInAnyOrder(Capability.PAYOUTS, Capability.BALANCES, Capability.WEBHOOKS);
    assertThat(client.supports(Capability.PAYINS)).isFalse();
    assertThat(client.payouts()).isSameAs(client.payouts());
  }

  @Test
  void build_withoutBaseUrl_explainsHowToFixIt() {
    assertThatThrownBy(() -> AgentPayClient.builder().merchantId("m").secretKey("s").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUrl is required");
  }

  @Test
  void build_withoutMerchantId_explainsHowToFixIt() {
    assertThatThrownBy(() -> AgentPayClient.builder().baseUrl("https://gateway.example").secretKey("s").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("merchantId is required: call merchantId(...) on the builder");
  }

  @Test
  void build_withoutSecretKey_explainsHowToFixIt() {
    assertThatThrownBy(() -> AgentPayClient.builder().baseUrl("https://gateway.example").merchantId("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("secretKey is required: call secretKey(...) on the builder");
  }

  @Test
  void setters_rejectNullAtOnce_namingTheArgument() {
    AgentPayClient.Builder b = AgentPayClient.builder();
    assertThatThrownBy(() -> b.merchantId(null)).isInstanceOf(NullPointerException.class).hasMessage("merchantId == null");
    assertThatThrownBy(() -> b.secretKey(null)).isInstanceOf(NullPointerException.class).hasMessage("secretKey == null");
    assertThatThrownBy(() -> b.zone(null)).isInstanceOf(NullPointerException.class).hasMessage("zone == null");
    assertThatThrownBy(() -> b.signingRule(null)).isInstanceOf(NullPointerException.class).hasMessage("signingRule == null");
    assertThatThrownBy(() -> b.queryPath(null)).isInstanceOf(NullPointerException.class).hasMessage("queryPath == null");
    assertThatThrownBy(() -> b.reconciler(null)).isInstanceOf(NullPointerException.class).hasMessage("reconciler == null");
    assertThatThrownBy(() -> b.baseUrl("ftp://gateway.example")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_neverShowsTheSecret() {
    assertThat(complete().build().toString()).contains("LEtest067").doesNotContain("s3cr3t-value");
    assertThat(complete().toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void signingRule_replacesTheSecretKeysRule() {
    AgentPayClient client = AgentPayClient.builder().baseUrl("https://gateway.example").merchantId("m")
        .signingRule(Signers.md5SortedFragments("other-secret")).build();
    String withOther = "mchOrderNo=PO-1&status=2&sign=" + md5Upper("mchOrderNo=PO-1&status=2&key=other-secret");
    String withTest = "mchOrderNo=PO-1&status=2&sign=" + md5Upper("mchOrderNo=PO-1&status=2&key=test-secret");

    assertThat(client.webhooks().verifyCallback(WebhookRequest.builder().rawQuery(withOther).build()).status()).isEqualTo("2");
    assertThatThrownBy(() -> client.webhooks().verify(WebhookRequest.builder().rawQuery(withTest).build()))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void transport_canBeASharedOkHttpClient_andPathsCanBeChanged() {
    wm.stubFor(post("/prefix/api/agentpay/query_order").willReturn(okJson("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\",\"status\":2}")));
    OkHttpTransport shared = OkHttpTransport.builder().okHttpClient(new OkHttpClient()).build();
    AgentPayClient client = Fixtures.client(wm).baseUrl("http://127.0.0.1:" + wm.getPort() + "/prefix")
        .transport(shared).queryPath("/api/agentpay/query_order").build();

    assertThat(client.payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")).status()).isEqualTo("2");
  }

  @Test
  void provider_isRegisteredAndBuildsAClientFromSettings() {
    PaymentProvider provider = PaymentProvider.find("inr-agentpay").orElseThrow();
    assertThat(provider).isInstanceOf(AgentPayProvider.class);
    assertThat(provider.displayName()).isEqualTo("INR AgentPay");
    assertThat(provider.settingNames()).startsWith("baseUrl", "merchantId", "secretKey");
    assertThat(provider.capabilities()).contains(Capability.PAYOUTS, Capability.BALANCES, Capability.WEBHOOKS);

    PaymentClient client = provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "LEtest067", "secretKey", "s", "zone", "UTC")));

    assertThat(client).isInstanceOf(AgentPayClient.class);
    assertThat(((AgentPayClient) client).merchantId()).isEqualTo("LEtest067");
  }

  @Test
  void provider_withoutASecret_orWithABadZone_failsWithTheSettingsName() {
    PaymentProvider provider = new AgentPayProvider();
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "m")))).isInstanceOf(IllegalStateException.class).hasMessageContaining("secretKey");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "m", "secretKey", "s", "zone", "Mars/Base")))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Mars/Base");
  }
}
