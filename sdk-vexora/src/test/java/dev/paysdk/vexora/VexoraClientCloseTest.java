package dev.paysdk.vexora;

import static dev.paysdk.vexora.VexoraTestSupport.documentExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VexoraClientCloseTest {

  /** A transport that answers every request with an HTTP 503 and counts requests and closes. */
  static final class CountingTransport implements HttpTransport {
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();

    @Override
    public HttpResponse execute(HttpRequest request) {
      requests.incrementAndGet();
      return new HttpResponse(503, Map.of(), new byte[0]);
    }

    @Override
    public void close() {
      closes.incrementAndGet();
    }
  }

  private static VexoraClient.Builder builder() {
    return VexoraClient.builder().baseUrl("http://127.0.0.1:9/indonesia").merchantNo("M1").appSecret("s");
  }

  @Test
  void close_leavesASharedTransportOpen_andLaterCallsFailWithoutSending() {
    CountingTransport shared = new CountingTransport();
    VexoraClient client = builder().transport(shared).build();

    client.close();
    client.close();

    assertThat(shared.closes).hasValue(0);
    assertThatThrownBy(() -> client.payouts().query("VX1")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> client.balances().query()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> client.payouts().disburse(documentExample().build()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(shared.requests).hasValue(0);
  }

  @Test
  void close_ofAClientThatBuiltItsTransport_endsItsCalls() {
    VexoraClient client = builder().build();

    client.close();

    assertThatThrownBy(() -> client.payouts().query("VX1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aClient_isUsableInTryWithResources() {
    CountingTransport shared = new CountingTransport();
    try (VexoraClient client = builder().transport(shared).build()) {
      assertThat(client.providerId()).isEqualTo("vexora");
    }
    assertThat(shared.closes).hasValue(0);
  }
}
