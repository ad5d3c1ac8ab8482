package dev.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.testsupport.RecordingSleeper;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientBuilderBaseTest {

  /** The smallest provider-style builder. */
  static final class DemoBuilder extends ClientBuilderBase<DemoBuilder> {
    String merchantId;

    DemoBuilder merchantId(String merchantId) {
      this.merchantId = merchantId;
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
}
