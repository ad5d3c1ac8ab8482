package dev.paysdk.store.jdbc;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The worst load balancer in front of several instances: every delivery the gateway makes goes to
 * all of them at the same moment, and the gateway gets the answer of one of them, picked at random.
 */
final class FanOutFront implements AutoCloseable {
  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  FanOutFront(List<String> targets) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/webhooks", exchange -> {
      try (exchange) {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
          body = in.readAllBytes();
        }
        String query = exchange.getRequestURI().getRawQuery();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String target : targets) {
          HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(target + (query == null ? "" : "?" + query)))
              .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
          if (contentType != null) {
            rb.header("Content-Type", contentType);
          }
          answers.add(http.sendAsync(rb.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> chosen = null;
        int pick = ThreadLocalRandom.current().nextInt(answers.size());
        for (int i = 0; i < answers.size(); i++) {
          try {
            HttpResponse<String> r = answers.get(i).join();
            if (i == pick) {
              chosen = r;
            }
          } catch (RuntimeException e) {
            // that instance did not answer: the gateway sees a failure if it was the chosen one
          }
        }
        byte[] out = (chosen == null ? "no answer" : chosen.body()).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(chosen == null ? 502 : chosen.statusCode(), out.length);
        exchange.getResponseBody().write(out);
      }
    });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
