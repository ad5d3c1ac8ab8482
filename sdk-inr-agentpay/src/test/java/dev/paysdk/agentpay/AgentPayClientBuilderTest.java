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
        .hasMessage("merchantId is required: call merchantId(\"...\") with the id the gateway assigned");
  }

  @Test
  void build_withoutSecretKey_explainsHowToFixIt() {
    assertThatThrownBy(() -> AgentPayClient.builder().baseUrl("https://gateway.example").merchantId("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("secret is required: call secret(...) (or its alias secretKey(...)) with the key the gateway gave you");
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
    assertThatThrownBy(() -> b.secret(null)).isInstanceOf(NullPointerException.class).hasMessage("secret == null");
    assertThatThrownBy(() -> b.orderNotFoundPattern(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("orderNotFoundPattern == null");
    assertThatThrownBy(() -> b.applyPath(null)).isInstanceOf(NullPointerException.class).hasMessage("applyPath == null");
    assertThatThrownBy(() -> b.balancePath(null)).isInstanceOf(NullPointerException.class).hasMessage("balancePath == null");
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

    assertThat(client.webhooks().verifyNotification(WebhookRequest.builder().rawQuery(withOther).build()).rawStatus())
        .isEqualTo("2");
    assertThatThrownBy(() -> client.webhooks().verify(WebhookRequest.builder().rawQuery(withTest).build()))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void transport_canBeASharedOkHttpClient_andPathsCanBeChanged() {
    wm.stubFor(post("/prefix/api/agentpay/query_order").willReturn(okJson(Fixtures.signed(
        "{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\",\"status\":2}"))));
    OkHttpTransport shared = OkHttpTransport.builder().okHttpClient(new OkHttpClient()).build();
    AgentPayClient client = Fixtures.client(wm).baseUrl("http://127.0.0.1:" + wm.getPort() + "/prefix")
        .transport(shared).queryPath("/api/agentpay/query_order").build();

    assertThat(client.payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")).rawStatus()).isEqualTo("2");
  }

  @Test
  void provider_isRegisteredAndBuildsAClientFromSettings() {
    PaymentProvider provider = PaymentProvider.find("inr-agentpay").orElseThrow();
    assertThat(provider).isInstanceOf(AgentPayProvider.class);
    assertThat(provider.displayName()).isEqualTo("INR AgentPay");
    assertThat(provider.settingNames()).startsWith("baseUrl", "merchantId", "secret");
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

  @Test
  void provider_acceptsTheSharedSettingNames_andTheOldOnesAsAliases_andRefusesUnknownOnes() {
    PaymentProvider provider = new AgentPayProvider();

    PaymentClient shared = provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "LEtest067", "secret", "s", "requireSignedAnswers", "false", "orderNotFoundPattern", "^E404$")));
    assertThat(((AgentPayClient) shared).merchantId()).isEqualTo("LEtest067");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "m", "secret", "s", "secretKey", "s")))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("given twice");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "m", "secret", "s", "secretKeys", "s")))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no setting 'secretKeys'");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.example",
        "merchantId", "m", "secret", "top-secret", "requireSignedAnswers", "maybe")))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("requireSignedAnswers")
        .hasMessageNotContaining("top-secret");
  }

  @Test
  void secretKey_isAnAliasOfSecret_andBothRefuseABlankOrPlaceholderValue() {
    AgentPayClient.Builder b = AgentPayClient.builder();
    assertThatThrownBy(() -> b.secretKey(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.secret("${AGENTPAY_SECRET}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("AGENTPAY_SECRET");
    String withAlias = "mchOrderNo=PO-1&status=2&sign=" + md5Upper("mchOrderNo=PO-1&status=2&key=alias-secret");

    AgentPayClient client = b.baseUrl("https://gateway.example").merchantId("m").secretKey("alias-secret").build();

    assertThat(client.webhooks().verifyNotification(WebhookRequest.builder().rawQuery(withAlias).build()).rawStatus())
        .isEqualTo("2");
  }

  @Test
  void merchantId_withControlOrNonAsciiCharacters_isRefusedAtOnce_withoutRepeatingIt() {
    AgentPayClient.Builder b = AgentPayClient.builder();

    assertThatThrownBy(() -> b.merchantId("LE\r\nINJECTED")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("INJECTED");
    assertThatThrownBy(() -> b.merchantId("LEtést")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void close_releasesTheClient_sothatLaterCallsFail_butLeavesASharedTransportOpen() {
    wm.stubFor(post("/api/agentpay/query_balance").willReturn(okJson(Fixtures.wireJson("balance-response.jsx"))));
    java.util.concurrent.atomic.AtomicInteger closes = new java.util.concurrent.atomic.AtomicInteger();
    OkHttpTransport okHttp = OkHttpTransport.builder().okHttpClient(new OkHttpClient()).build();
    dev.paysdk.core.http.HttpTransport shared = new dev.paysdk.core.http.HttpTransport() {
      @Override
      public dev.paysdk.core.http.HttpResponse execute(dev.paysdk.core.http.HttpRequest request) throws java.io.IOException {
        return okHttp.execute(request);
      }

      @Override
      public void close() {
        closes.incrementAndGet();
      }
    };
    AgentPayClient first = Fixtures.client(wm).transport(shared).build();
    AgentPayClient second = Fixtures.client(wm).transport(shared).build();
    AgentPayClient own = Fixtures.client(wm).build();
    assertThat(own.balances().query().busNo()).isEqualTo("FLBTEST064");

    first.close();
    first.close();
    own.close();

    assertThat(closes).hasValue(0);
    assertThat(second.balances().query().busNo()).isEqualTo("FLBTEST064");
    assertThatThrownBy(() -> first.balances().query()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> own.payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isInstanceOf(IllegalStateException.class);
  }
}
