package dev.paysdk.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.spring.test.PaySdkSimulators;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The shop started on a random port against the four simulators ({@link PaySdkSimulators}); every
 * test class extending this shares the one context. Talks to the shop over real HTTP, and reads
 * JSON with Jackson 2 (on the class path on both Boot lines through sdk-core) so that the test is
 * independent of the mapper the shop itself uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PaySdkSimulators
abstract class ShopTestSupport {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Value("${local.server.port}")
  int port;

  @Autowired
  OrderBook orderBook;

  HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  /** Waits for the shop's listener to receive a verified webhook matching {@code condition}. */
  WebhookEvent awaitWebhook(Predicate<WebhookEvent> condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < end) {
      Optional<WebhookEvent> e = orderBook.received().stream().filter(condition).findFirst();
      if (e.isPresent()) {
        return e.get();
      }
      Thread.sleep(20);
    }
    assertThat(orderBook.received()).as("webhooks received so far").anyMatch(condition);
    throw new AssertionError("unreachable");
  }
}
