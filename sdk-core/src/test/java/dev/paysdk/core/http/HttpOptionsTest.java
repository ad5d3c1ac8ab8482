package dev.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.http.okhttp.OkHttpTransport;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpOptionsTest {

  @Test
  void defaults_areTheDocumentedOnes() {
    HttpOptions o = HttpOptions.defaults();

    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.callTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(o.deadline()).isEqualTo(Duration.ofSeconds(90));
    assertThat(o.retryPolicy()).isSameAs(RetryPolicy.defaults());
    assertThat(o.proxy()).isNull();
    assertThat(o.proxyUsername()).isNull();
    assertThat(o.clock()).isEqualTo(Clock.systemUTC());
    assertThat(o.createTransport()).isInstanceOf(OkHttpTransport.class);
  }

  @Test
  void toBuilder_makesAVariant_withoutChangingTheOriginal() {
    HttpOptions base = HttpOptions.builder().readTimeout(Duration.ofSeconds(5)).build();
    HttpOptions variant = base.toBuilder().deadline(Duration.ofSeconds(20)).build();

    assertThat(variant.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(variant.deadline()).isEqualTo(Duration.ofSeconds(20));
    assertThat(base.deadline()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aGivenTransport_isUsedAsIs() {
    HttpTransport mine = r -> null;

    assertThat(HttpOptions.builder().transport(mine).build().createTransport()).isSameAs(mine);
  }

  @Test
  void toString_neverShowsTheProxyPassword() {
    HttpOptions o = HttpOptions.builder()
        .proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.example", 3128)))
        .proxyCredentials("alice", "pr0xy-Pa55").build();

    assertThat(o.toString()).contains("alice").contains("proxyPassword=***").doesNotContain("pr0xy-Pa55");
    assertThat(o.proxyPassword()).isEqualTo("pr0xy-Pa55");
  }

  @Test
  void builder_rejectsNullsAndNonPositiveDurations_namingTheOption() {
    HttpOptions.Builder b = HttpOptions.builder();

    assertThatThrownBy(() -> b.connectTimeout(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("connectTimeout == null");
    assertThatThrownBy(() -> b.readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> b.deadline(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadline");
    assertThatThrownBy(() -> b.proxy(null)).isInstanceOf(NullPointerException.class).hasMessage("proxy == null");
    assertThatThrownBy(() -> b.proxyCredentials("u", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("password == null");
    assertThatThrownBy(() -> b.sleeper(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.clock(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.transport(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.retryPolicy(null)).isInstanceOf(NullPointerException.class);
  }
}
