package dev.paysdk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Calls the admin API of a simulator that {@code paysdk simulate} runs. */
final class AdminClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AdminClient() {}

  /**
   * POSTs {@code params} as JSON to {@code simulator + "/_admin" + path} and returns the answer.
   *
   * @throws BadInputException when the simulator answers 4xx (its message says why)
   * @throws IOException when it cannot be reached
   */
  static JsonNode post(String simulator, String path, Map<String, Object> params) throws IOException,
      InterruptedException {
    String base = simulator.endsWith("/") ? simulator.substring(0, simulator.length() - 1) : simulator;
    int admin = base.indexOf("/_admin");
    if (admin >= 0) {
      base = base.substring(0, admin);
    }
    URI uri;
    try {
      uri = URI.create(base + "/_admin" + path);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--simulator is not a URL: " + e.getMessage(), e);
    }
    HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(params))).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IOException("the simulator's admin API answered " + r.statusCode() + " without JSON: is "
          + simulator + " a paysdk simulate server?", e);
    }
    if (r.statusCode() != 200) {
      throw new BadInputException("the simulator refused: " + (body.has("error") ? body.get("error").asText()
          : r.body()));
    }
    return body;
  }

  /** Prints a delivery the admin API answered; true when it was acknowledged. */
  static boolean printDelivery(JsonNode d, java.io.PrintStream out) {
    out.println("> POST " + d.path("url").asText() + " (sent by the simulator)");
    out.println("< " + d.path("responseStatus").asInt() + (d.path("responseBody").asText().isEmpty() ? ""
        : " " + d.path("responseBody").asText()));
    return d.path("acknowledged").asBoolean();
  }
}
