package dev.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.testsupport.RecordingSleeper;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientBuilderBaseTest {

  /** The smallest provider-style builder. */
  static final class DemoBuilder extends ClientBuilderBase<DemoBuilder> {
    String merchantId;

    DemoBuilder merchantId(String merchantId) {
      this.merchantId = merchantId;
      return this;
    }

    DemoBuilder checkedMerchantId(String merchantId) {
      this.merchantId = requireMerchantId(merchantId, "merchantNo");
      return this;
    }

    @Override
    protected DemoBuilder self() {
      return this;
    }

    Object[] build() {
      return new Object[] {requireBaseUrl(), require(merchantId, "merchantId"), httpOptions()};
    }
  }

  @Test
  void build_withoutBaseUrl_explainsHowToFixIt() {
    assertThatThrownBy(() -> new DemoBuilder().merchantId("M1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUrl is required").hasMessageContaining("baseUrl(\"https://");
  }

  @Test
  void build_withoutARequiredSetting_namesTheSetter() {
    assertThatThrownBy(() -> new DemoBuilder().baseUrl("https://gw.example").merchantId(" ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("merchantId is required: call merchantId(...) on the builder");
  }

  @Test
  void baseUrl_failsAtOnceWhenMalformed() {
    assertThatThrownBy(() -> new DemoBuilder().baseUrl("gw.example/api")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyTransportOption_reachesTheHttpOptions() {
    RecordingSleeper sleeper = new RecordingSleeper();
    Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.example", 3128));
    HttpTransport transport = r -> null;
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).build();

    Object[] built = new DemoBuilder().baseUrl("https://gw.example/indonesia/").merchantId("M1")
        .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2)).callTimeout(Duration.ofSeconds(3))
        .deadline(Duration.ofSeconds(4)).retryPolicy(policy).proxy(proxy).proxyCredentials("u", "p")
        .transport(transport).sleeper(sleeper).clock(java.time.Clock.systemDefaultZone()).build();

    assertThat(built[0]).isEqualTo(BaseUrl.of("https://gw.example/indonesia"));
    HttpOptions o = (HttpOptions) built[2];
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(o.callTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(o.deadline()).isEqualTo(Duration.ofSeconds(4));
    assertThat(o.retryPolicy()).isSameAs(policy);
    assertThat(o.proxy()).isSameAs(proxy);
    assertThat(o.proxyUsername()).isEqualTo("u");
    assertThat(o.createTransport()).isSameAs(transport);
    assertThat(o.sleeper()).isSameAs(sleeper);
  }

  @Test
  void httpOptions_replacesEveryOptionAtOnce() {
    HttpOptions given = HttpOptions.builder().deadline(Duration.ofSeconds(7)).build();

    Object[] built = new DemoBuilder().baseUrl("https://gw.example").merchantId("M1").httpOptions(given).build();

    assertThat(((HttpOptions) built[2]).deadline()).isEqualTo(Duration.ofSeconds(7));
    assertThatThrownBy(() -> new DemoBuilder().httpOptions(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"M1\r\nX-Forged: yes", "M1\n", "\tM1", "M\u00001", "M1\u007f", "M1\u0085",
      "M\u00e91", "M1\u00a0", "\u200bM1", "\ufeffM1", "\u041c1", "\uD83D\uDE00"})
  void requireMerchantId_rejectsControlAndNonAsciiCharacters_namingTheSetterButNotTheValue(String value) {
    assertThatThrownBy(() -> new DemoBuilder().checkedMerchantId(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("merchantNo ")
        .hasMessageContaining("U+")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value).doesNotContain("M1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"${PAYSDK_VEXORA_MERCHANT_NO}", "${paysdk.vexora.merchant-no:}", "MCH-${env}"})
  void requireMerchantId_rejectsAnUnresolvedPlaceholder(String value) {
    assertThatThrownBy(() -> new DemoBuilder().checkedMerchantId(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("merchantNo").hasMessageContaining("placeholder");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", " M1", "M1 "})
  void requireMerchantId_rejectsBlankValuesAndSurroundingSpaces(String value) {
    assertThatThrownBy(() -> new DemoBuilder().checkedMerchantId(value))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merchantNo");
  }

  @Test
  void requireMerchantId_withNull_namesTheSetter() {
    assertThatThrownBy(() -> new DemoBuilder().checkedMerchantId(null))
        .isInstanceOf(NullPointerException.class).hasMessage("merchantNo == null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"M1", "LEtest067", "100001", "mch_2024-01.A", "M 1", "$100", "{x}", "a~!@#%^&*()+="})
  void requireMerchantId_acceptsPrintableAsciiIds_unchanged(String value) {
    assertThat(new DemoBuilder().checkedMerchantId(value).merchantId).isSameAs(value);
  }
}
