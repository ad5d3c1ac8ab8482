package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.sign.Signers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gateway document's samples, the test secret, and small helpers shared by the tests. */
final class Fixtures {
  static final String SECRET = "test-secret";
  static final String MERCHANT_ID = "LEtest067";
  /** 18:20:01 in Asia/Kolkata, the {@code reqTime} of the document's query example. */
  static final Instant NOW = Instant.parse("2025-03-11T12:50:01Z");
  static final String FORM = "application/x-www-form-urlencoded";

  private Fixtures() {}

  /** A client of {@code wm} with the test secret, a fixed clock and no real sleeping. */
  static AgentPayClient.Builder client(WireMockExtension wm) {
    return AgentPayClient.builder()
        .baseUrl("http://127.0.0.1:" + wm.getPort())
        .merchantId(MERCHANT_ID)
        .secret(SECRET)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(d -> {});
  }

  /** A fixture file, verbatim. */
  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample answer as it travels: the document annotates its fields with {@code //} comments. */
  static String wireJson(String name) {
    return text(name).replaceAll("(?m)\\s*//[^\"\\n]*$", "");
  }

  /**
   * The fields of a request example ({@code name="value"} lines after the {@code POST} line), in
   * the document's order, quotes and {@code //} comments removed.
   */
  static Map<String, String> requestExample(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = text(name).lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String l = line.replaceAll("(?<=[\"0-9])\\s+//.*$", "");
      int eq = l.indexOf('=');
      String v = l.substring(eq + 1);
      if (v.startsWith("\"") && v.endsWith("\"")) {
        v = v.substring(1, v.length() - 1);
      }
      out.put(l.substring(0, eq), v);
    }
    return out;
  }

  /** {@code json} with the value of its {@code sign} field replaced. */
  static String withSign(String json, String sign) {
    String out = json.replaceFirst("\"sign\":\\s*\"[0-9A-Fa-f]*\"", "\"sign\": \"" + sign + "\"");
    if (out.equals(json)) {
      throw new IllegalArgumentException("no sign field in " + json);
    }
    return out;
  }

  /**
   * {@code json} (one JSON object) with a {@code sign} field appended: rule A with the test secret
   * over every other non-null field, as the gateway signs its answers.
   */
  static String signed(String json) {
    Map<String, String> fields = new LinkedHashMap<>(RawJson.object(json));
    fields.remove("sign");
    String sign = Signers.md5SortedFragments(SECRET).sign(fields);
    String body = json.strip();
    return body.substring(0, body.length() - 1) + ",\"sign\":\"" + sign + "\"}";
  }

  /** MD5 of UTF-8 {@code s}, upper-case hex. */
  static String md5Upper(String s) {
    try {
      return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A clock that stands still until a test (or its sleeper) moves it forward. Thread-safe. */
  static final class SteppingClock extends Clock {
    private final java.util.concurrent.atomic.AtomicReference<Instant> now;

    SteppingClock(Instant start) {
      this.now = new java.util.concurrent.atomic.AtomicReference<>(start);
    }

    void advance(java.time.Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  /** Every request {@code wm} received on {@code path}. */
  static List<LoggedRequest> received(WireMockExtension wm, String path) {
    return wm.findAll(postRequestedFor(urlEqualTo(path)));
  }
}
