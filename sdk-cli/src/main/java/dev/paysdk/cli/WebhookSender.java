package dev.paysdk.cli;

import dev.paysdk.core.log.Masking;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Sends one webhook with the JDK client, no retry and no redirect, and prints the exchange masked. */
final class WebhookSender {
  /** Headers the client sets itself or that describe another hop. */
  private static final Set<String> NOT_COPIED = Set.of("host", "content-length", "connection", "transfer-encoding",
      "expect", "upgrade", "keep-alive", "te", "trailer", "proxy-connection", "accept-encoding");

  /**
   * One webhook to send.
   *
   * @param method HTTP method
   * @param url the full URL, query string included
   * @param headers headers (Content-Type among them)
   * @param body body bytes
   */
  record Outgoing(String method, String url, List<Map.Entry<String, String>> headers, byte[] body) {}

  /**
   * The answer.
   *
   * @param status HTTP status
   * @param body the answer's text
   */
  record Answer(int status, String body) {}

  private WebhookSender() {}

  /**
   * Sends {@code w}, printing the masked exchange to {@code out}.
   *
   * @throws BadInputException when the URL is not an http(s) URL
   * @throws IOException when the endpoint cannot be reached or does not answer in 10 s
   */
  static Answer send(Outgoing w, PrintStream out) throws IOException, InterruptedException {
    URI uri;
    try {
      uri = URI.create(w.url());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--url is not a URL: " + e.getMessage(), e);
    }
    if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
      throw new BadInputException("--url must be an http or https URL with a host");
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .method(w.method(), HttpRequest.BodyPublishers.ofByteArray(w.body()));
    String contentType = null;
    out.println("> " + w.method() + " " + Masking.maskUrl(w.url()));
    for (Map.Entry<String, String> h : w.headers()) {
      if (NOT_COPIED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      b.header(h.getKey(), h.getValue());
      if (h.getKey().equalsIgnoreCase("Content-Type")) {
        contentType = h.getValue();
      }
      out.println("> " + h.getKey() + ": " + PrintingTransport.maskHeader(h.getKey(), h.getValue()));
    }
    if (w.body().length > 0) {
      out.println("> " + Masking.maskBody(contentType, new String(w.body(), StandardCharsets.UTF_8)));
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    long start = System.nanoTime();
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    out.println("< " + r.statusCode() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
    String answer = r.body() == null ? "" : r.body();
    if (!answer.isEmpty()) {
      out.println("< " + (answer.length() <= 64 && answer.matches("[\\w .,:;!?()-]*") ? answer
          : abbreviate(Masking.maskBody(r.headers().firstValue("Content-Type").orElse(null), answer))));
    }
    return new Answer(r.statusCode(), answer);
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("[\\r\\n]+", " ");
    return one.length() > 300 ? one.substring(0, 300) + "..." : one;
  }
}
