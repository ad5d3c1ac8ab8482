package dev.paysdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {
  /** Not the usual 200 "success", so that the answer is seen to come from the event. */
  private static final WebhookAck ACK = new WebhookAck(202, "application/json", "{\"received\":true}");

  /** What the fake verifier was handed, to check the request reached it as it arrived. */
  private final List<WebhookRequest> verified = new CopyOnWriteArrayList<>();

  /** Accepts exactly the body {@code ok}; the event's order number is the {@code order} query parameter. */
  private final Webhooks fake = request -> {
    verified.add(request);
    if (!request.bodyAsString().equals("ok")) {
      throw new SignatureVerificationException(ErrorContext.of("fake", "webhook"), "body is not ok");
    }
    String order = request.queryParameters().getOrDefault("order", List.of("none")).get(0);
    return WebhookEvent.builder()
        .providerId("fake")
        .type(WebhookEvent.Type.PAYOUT_STATUS)
        .merchantOrderNo(order)
        .deduplicationKey("fake:" + order)
        .ack(ACK)
        .build();
  };

  private final WebhookReceiver receiver = WebhookReceiver.start(fake);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    receiver.close();
  }

  private HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
    return http.send(request(url, body), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "text/plain")
        .header("X-Sign", "abc123")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  @Test
  void url_isTheWebhooksPathOnLoopbackAndAnEphemeralPort() {
    assertThat(receiver.url()).matches("http://127\\.0\\.0\\.1:[1-9][0-9]*/webhooks");
  }

  @Test
  void verifiedRequest_isAnsweredWithTheEventsAck_andRecordedAsItArrived() throws Exception {
    HttpResponse<String> r = post(receiver.url(), "ok");

    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(r.body()).isEqualTo("{\"received\":true}");
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(receiver.events()).singleElement()
        .satisfies(e -> assertThat(e.deduplicationKey()).isEqualTo("fake:none"));
    assertThat(receiver.rejections()).isEmpty();
    assertThat(receiver.receivedRequests()).singleElement().satisfies(q -> {
      assertThat(q.method()).isEqualTo("POST");
      assertThat(q.path()).isEqualTo("/webhooks");
      assertThat(q.query()).isNull();
      assertThat(q.header("x-sign")).isEqualTo("abc123");
      assertThat(q.bodyAsString()).isEqualTo("ok");
      assertThat(q.operation()).isEqualTo(Faults.WEBHOOK);
    });
    assertThat(verified).singleElement().satisfies(w -> {
      assertThat(w.method()).isEqualTo("POST");
      assertThat(w.header("X-Sign")).contains("abc123");
      assertThat(w.contentType()).isEqualTo("text/plain");
      assertThat(w.bodyAsString()).isEqualTo("ok");
    });
  }

  @Test
  void requestWhoseVerificationThrows_isAnswered400Rejected_andTheExceptionRecorded() throws Exception {
    HttpResponse<String> r = post(receiver.url(), "forged");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("rejected");
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
    assertThat(receiver.rejections()).singleElement()
        .isInstanceOf(SignatureVerificationException.class)
        .satisfies(e -> assertThat(e).hasMessageContaining("body is not ok"));
    assertThat(receiver.events()).isEmpty();
    assertThat(receiver.receivedRequests()).singleElement()
        .satisfies(q -> assertThat(q.bodyAsString()).isEqualTo("forged"));
  }

  @Test
  void queryString_isRecordedRaw_andReachesVerifyAsDecodedQueryParameters() throws Exception {
    post(receiver.url() + "?order=IT%201&amount=100&sign=AB%2BC", "ok");

    assertThat(receiver.receivedRequests()).singleElement()
        .satisfies(q -> assertThat(q.query()).isEqualTo("order=IT%201&amount=100&sign=AB%2BC"));
    assertThat(verified).singleElement().satisfies(w -> assertThat(w.queryParameters())
        .containsExactly(
            Map.entry("order", List.of("IT 1")),
            Map.entry("amount", List.of("100")),
            Map.entry("sign", List.of("AB+C"))));
    assertThat(receiver.events()).singleElement().satisfies(e -> assertThat(e.merchantOrderNo()).isEqualTo("IT 1"));
  }

  @Test
  void anyPathAndMethod_isVerifiedToo() throws Exception {
    String base = receiver.url().substring(0, receiver.url().length() - "/webhooks".length());
    post(base + "/merchant/notify?order=A", "ok");
    http.send(HttpRequest.newBuilder(URI.create(base + "/callback?order=B")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(receiver.receivedRequests()).extracting(ReceivedRequest::method, ReceivedRequest::path)
        .containsExactly(tuple("POST", "/merchant/notify"),
            tuple("GET", "/callback"));
    assertThat(receiver.events()).extracting(WebhookEvent::merchantOrderNo).containsExactly("A");
    assertThat(receiver.rejections()).hasSize(1);
    assertThat(verified).extracting(WebhookRequest::method).containsExactly("POST", "GET");
  }

  @Test
  void awaitEvent_waitsForAMatchingEventThatArrivesLater_andSkipsTheOthers() throws Exception {
    post(receiver.url() + "?order=FIRST", "ok");
    CompletableFuture<HttpResponse<String>> later = CompletableFuture.runAsync(() -> sleep(100))
        .thenCompose(v -> http.sendAsync(request(receiver.url() + "?order=SECOND", "ok"),
            HttpResponse.BodyHandlers.ofString()));

    WebhookEvent event = receiver.awaitEvent(e -> e.merchantOrderNo().equals("SECOND"), Duration.ofSeconds(5));

    assertThat(event.merchantOrderNo()).isEqualTo("SECOND");
    assertThat(later.get().statusCode()).isEqualTo(202);
    assertThat(receiver.events()).extracting(WebhookEvent::merchantOrderNo).containsExactly("FIRST", "SECOND");
  }

  @Test
  void awaitEvent_whenNoEventMatchesInTime_failsWithAnAssertionErrorNamingWhatArrived() throws Exception {
    post(receiver.url() + "?order=OTHER", "ok");
    post(receiver.url(), "forged");
    long start = System.nanoTime();

    assertThatThrownBy(() -> receiver.awaitEvent(e -> e.merchantOrderNo().equals("MISSING"), Duration.ofMillis(80)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("within PT0.08S")
        .hasMessageContaining("merchantOrderNo=OTHER")
        .hasMessageContaining("body is not ok");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(80));
  }

  @Test
  void afterClose_theReceiverNoLongerListens_butItsRecordsStayReadable() throws Exception {
    post(receiver.url(), "ok");
    String url = receiver.url();

    receiver.close();

    assertThatThrownBy(() -> post(url, "ok")).isInstanceOf(IOException.class);
    assertThat(receiver.events()).hasSize(1);
  }

  @Test
  void start_withoutWebhooks_isRefused() {
    assertThatThrownBy(() -> WebhookReceiver.start(null))
        .isInstanceOf(NullPointerException.class).hasMessage("webhooks == null");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
