package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.paysdk.hexpay.TestSupport.APP_SECRET;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static dev.paysdk.hexpay.TestSupport.md5Upper;
import static dev.paysdk.hexpay.TestSupport.onlyRequest;
import static dev.paysdk.hexpay.TestSupport.rsaSign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.sign.Keys;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HexpayClientBuilderTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();
  private static final String BALANCE_CANONICAL =
      "appId=68760330a2cf0af37c52a073&mchNo=M1752564528&signType=RSA2&version=v1.0&";

  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  private static HexpayClient.Builder complete() {
    return HexpayClient.builder().baseUrl("https://gateway.invalid").mchNo("M1").appId("A1")
        .merchantPrivateKey(MERCHANT.getPrivate()).platformPublicKey(PLATFORM.getPublic());
  }

  private void stubBalance() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/balance/query")).willReturn(okJson(fixture("balance-response.json"))));
  }

  @Test
  void build_withoutARequiredSetting_saysWhichSetterToCall() {
    assertThatThrownBy(() -> HexpayClient.builder().mchNo("M1").appId("A1").merchantPrivateKey(MERCHANT.getPrivate())
        .platformPublicKey(PLATFORM.getPublic()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl is required");
    assertThatThrownBy(() -> HexpayClient.builder().baseUrl("https://gateway.invalid").appId("A1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("merchantId is required: call merchantId(\"...\") (or its alias mchNo(...)) with the id the gateway"
            + " assigned");
    assertThatThrownBy(() -> HexpayClient.builder().baseUrl("https://gateway.invalid").mchNo("M1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("call appId(...)");
    assertThatThrownBy(() -> HexpayClient.builder().baseUrl("https://gateway.invalid").mchNo("M1").appId("A1")
        .platformPublicKey(PLATFORM.getPublic()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("call merchantPrivateKey(...)");
    assertThatThrownBy(() -> HexpayClient.builder().baseUrl("https://gateway.invalid").mchNo("M1").appId("A1")
        .merchantPrivateKey(MERCHANT.getPrivate()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("call platformPublicKey(...)");
    assertThatThrownBy(() -> HexpayClient.builder().baseUrl("https://gateway.invalid").mchNo("M1").appId("A1")
        .signType(HexpaySignType.MD5).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("alias appSecret(...)");
  }

  @Test
  void build_withAMerchantNumberOverThirtyCharacters_fails() {
    assertThatThrownBy(() -> complete().mchNo("M".repeat(31)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at most 30");
  }

  @Test
  void build_withAnAppIdOver64OrAVersionOver10Characters_fails() {
    assertThatThrownBy(() -> complete().appId("A".repeat(65)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("appId is 65 characters long")
        .hasMessageContaining("at most 64");
    assertThatThrownBy(() -> complete().version("v".repeat(11)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("version is 11 characters long")
        .hasMessageContaining("at most 10");
  }

  @Test
  void setters_rejectNullAtOnce() {
    assertThatThrownBy(() -> HexpayClient.builder().mchNo(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("mchNo == null");
    assertThatThrownBy(() -> HexpayClient.builder().merchantPrivateKey((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("merchantPrivateKey == null");
    assertThatThrownBy(() -> HexpayClient.builder().zone(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("zone == null");
  }

  @Test
  void merchantPrivateKey_malformed_failsWithoutEchoingTheText() {
    assertThatThrownBy(() -> HexpayClient.builder().merchantPrivateKey("c2VjcmV0LWtleS10ZXh0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("c2VjcmV0LWtleS10ZXh0");
  }

  @Test
  void keysGivenAsPemAndAsBareBase64_signAndVerifyLikeKeyObjects() {
    stubBalance();
    HexpayClient client = HexpayClient.builder().baseUrl(TestSupport.baseUrl(wm)).mchNo("M1752564528")
        .appId("68760330a2cf0af37c52a073").merchantPrivateKey(Keys.toPem(MERCHANT.getPrivate()))
        .platformPublicKey(Keys.toBase64(PLATFORM.getPublic())).build();

    client.balances().query();

    assertThat(onlyRequest(wm).getBodyAsString())
        .endsWith("\"sign\":\"" + rsaSign(MERCHANT.getPrivate(), BALANCE_CANONICAL) + "\"}");
  }

  @Test
  void canonicalFormWithoutTrailingAmpersand_leavesSignTypeUnsigned() {
    stubBalance();

    TestSupport.client(wm, MERCHANT, PLATFORM).canonicalForm(HexpayCanonicalForm.NO_TRAILING_AMPERSAND_WITHOUT_SIGN_TYPE)
        .build().balances().query();

    assertThat(onlyRequest(wm).getBodyAsString()).endsWith("\"signType\":\"RSA2\",\"version\":\"v1.0\",\"sign\":\""
        + rsaSign(MERCHANT.getPrivate(), "appId=68760330a2cf0af37c52a073&mchNo=M1752564528&version=v1.0") + "\"}");
  }

  @Test
  void md5SignType_signsRequestsWithTheAppSecretAndNeedsNoKeys() {
    stubBalance();

    HexpayClient.builder().baseUrl(TestSupport.baseUrl(wm)).mchNo("M1752564528").appId("68760330a2cf0af37c52a073")
        .signType(HexpaySignType.MD5).appSecret(APP_SECRET).build().balances().query();

    String canonical = "appId=68760330a2cf0af37c52a073&mchNo=M1752564528&signType=MD5&version=v1.0&";
    assertThat(onlyRequest(wm).getBodyAsString()).isEqualTo("{\"mchNo\":\"M1752564528\","
        + "\"appId\":\"68760330a2cf0af37c52a073\",\"signType\":\"MD5\",\"version\":\"v1.0\",\"sign\":\""
        + md5Upper(canonical + "key=" + APP_SECRET) + "\"}");
  }

  @Test
  void client_reportsItsIdAndCapabilities_andHasNoNeutralPayouts() {
    HexpayClient client = complete().build();

    assertThat(client.providerId()).isEqualTo("hexpay");
    assertThat(client.capabilities()).containsExactlyInAnyOrder(Capability.PAYINS, Capability.BALANCES,
        Capability.WEBHOOKS, Capability.BATCH_PAYOUTS);
    assertThatThrownBy(client::payouts).isInstanceOf(UnsupportedOperationException.class);
    assertThat(client.toString()).doesNotContain("PRIVATE");
  }

  @Test
  void provider_isDiscoveredAndBuildsAClientFromSettings() {
    PaymentProvider provider = PaymentProvider.find("hexpay").orElseThrow();

    PaymentClient client = provider.create(ProviderSettings.of(Map.of(
        "baseUrl", "https://gateway.invalid", "mchNo", "M1", "appId", "A1",
        "merchantPrivateKey", Keys.toPem(MERCHANT.getPrivate()),
        "platformPublicKey", Keys.toPem(PLATFORM.getPublic()),
        "zone", "Asia/Shanghai", "tronNetworkEnabled", "true")));

    assertThat(provider.displayName()).isEqualTo("Hexpay");
    assertThat(provider.settingNames()).startsWith("baseUrl", "merchantId", "appId");
    assertThat(client).isInstanceOf(HexpayClient.class);
    assertThat(client.capabilities()).isEqualTo(provider.capabilities());
  }

  @Test
  void provider_withoutARequiredSetting_failsNamingIt() {
    PaymentProvider provider = PaymentProvider.find("hexpay").orElseThrow();

    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.invalid",
        "mchNo", "M1", "appId", "A1"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("merchantPrivateKey");
    assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of("baseUrl", "https://gateway.invalid",
        "mchNo", "M1", "appId", "A1", "merchantPrivateKey", "not a key"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'merchantPrivateKey' is malformed")
        .hasMessageNotContaining("not a key");
  }
}
