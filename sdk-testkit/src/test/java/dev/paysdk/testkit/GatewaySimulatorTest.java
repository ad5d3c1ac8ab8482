package dev.paysdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.testkit.internal.SimResponse;
import dev.paysdk.testkit.internal.WebhookDispatcher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewaySimulatorTest {

  /** A one-endpoint gateway that stores every call and can send a webhook. */
  static class EchoSimulator extends GatewaySimulator {
    final AtomicInteger stored = new AtomicInteger();

    EchoSimulator(SimulatorOptions options) {
      super("echo-sim", options, "{\"code\":\"ERR\"}");
      server().route("POST", "/pay", "pay", req -> {
        stored.incrementAndGet();
        return SimResponse.json("{\"code\":\"OK\",\"n\":" + stored.get() + "}");
      });
      startServer();
    }

    void sendWebhook(String url, boolean duplicate) {
      deliver(new WebhookDispatcher.Webhook("order-1", url, "text/plain", Map.of("X-Sign", "abc"), "hello", "OK",
          List.of(Duration.ofMinutes(1), Duration.ofMinutes(2)), duplicate));
    }
  }

  private final EchoSimulator sim = new EchoSimulator(SimulatorOptions.defaults());
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    sim.close();
  }

  private HttpResponse<String> post(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path)).POST(HttpRequest.BodyPublishers.ofString("x=1"))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnLoopbackAndRecordsRequests() throws Exception {
    assertThat(sim.baseUrl()).startsWith("http://127.0.0.1:");
    HttpResponse<String> r = post("/pay");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"code\":\"OK\",\"n\":1}");
    assertThat(sim.receivedRequests("pay")).singleElement().satisfies(q -> assertThat(q.bodyAsString()).isEqualTo("x=1"));
  }

  @Test
  void resetAfterStore_storesTheOrderAndDropsTheConnection() {
    sim.faults().once("pay", Fault.resetAfterStore());
    assertThatThrownBy(() -> post("/pay")).isInstanceOf(IOException.class);
    assertThat(sim.stored.get()).isEqualTo(1);
  }

  @Test
  void resetBeforeStore_dropsTheConnectionWithoutStoring() {
    sim.faults().once("pay", Fault.resetBeforeStore());
    assertThatThrownBy(() -> post("/pay")).isInstanceOf(IOException.class);
    assertThat(sim.stored.get()).isZero();
    assertThat(sim.receivedRequests("pay")).hasSize(1);
  }

  @Test
  void httpStatusFault_answersTheGatewayErrorShapeWithoutStoring() throws Exception {
    sim.faults().once("pay", Fault.httpStatus(503));
    HttpResponse<String> r = post("/pay");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).isEqualTo("{\"code\":\"ERR\"}");
    assertThat(sim.stored.get()).isZero();
    assertThat(post("/pay").statusCode()).isEqualTo(200);
  }

  @Test
  void malformedBody_storesAndAnswersBrokenJson() throws Exception {
    sim.faults().once("pay", Fault.malformedBody());
    HttpResponse<String> r = post("/pay");
    assertThat(r.body()).isEqualTo("{\"code\":");
    assertThat(sim.stored.get()).isEqualTo(1);
  }

  @Test
  void delay_holdsTheAnswerBack() throws Exception {
    sim.faults().once("pay", Fault.delay(Duration.ofMillis(300)));
    long t0 = System.nanoTime();
    post("/pay");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void webhook_isRetriedOnTheCompressedScheduleUntilAcknowledged() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (EchoSimulator merchant = new EchoSimulator(SimulatorOptions.defaults()) {
      {
        server().route("POST", "/hook", "hook", req -> SimResponse.text(200, calls.incrementAndGet() < 3 ? "no" : "OK"));
      }
    }) {
      sim.sendWebhook(merchant.baseUrl() + "/hook", false);
      WebhookDelivery acked = sim.awaitWebhook(WebhookDelivery::acknowledged, Duration.ofSeconds(5));
      assertThat(acked.attempt()).isEqualTo(3);
      assertThat(sim.webhookDeliveries()).extracting(WebhookDelivery::acknowledged).containsExactly(false, false, true);
      assertThat(merchant.receivedRequests("hook").get(0).header("X-Sign")).isEqualTo("abc");
    }
  }

  @Test
  void duplicateWebhook_deliversAgainAfterTheAcknowledgement() throws Exception {
    try (EchoSimulator merchant = new EchoSimulator(SimulatorOptions.defaults()) {
      {
        server().route("POST", "/hook", "hook", req -> SimResponse.text(200, "OK"));
      }
    }) {
      sim.sendWebhook(merchant.baseUrl() + "/hook", true);
      sim.awaitWebhook(d -> d.attempt() == 2, Duration.ofSeconds(5));
      assertThat(merchant.receivedRequests("hook")).hasSize(2);
    }
  }
}
