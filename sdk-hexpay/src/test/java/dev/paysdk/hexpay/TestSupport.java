package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Test helpers that never call the code under test: RSA and MD5 straight from the JDK, the
 * document's samples from the class path, JSON compared with numbers by value.
 */
final class TestSupport {
  static final String APP_SECRET = "test-app-secret";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private TestSupport() {}

  static WireMockExtension wireMock() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
  }

  static String baseUrl(WireMockExtension wm) {
    return "http://127.0.0.1:" + wm.getPort();
  }

  /** A client against WireMock with a no-op sleeper and short timeouts. */
  static HexpayClient.Builder client(WireMockExtension wm, KeyPair merchant, KeyPair platform) {
    return HexpayClient.builder()
        .baseUrl(baseUrl(wm))
        .mchNo("M1752564528")
        .appId("68760330a2cf0af37c52a073")
        .merchantPrivateKey(merchant.getPrivate())
        .platformPublicKey(platform.getPublic())
        .readTimeout(Duration.ofSeconds(5))
        .sleeper(d -> { });
  }

  static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static String rsaSign(PrivateKey key, String canonical) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static boolean rsaVerifies(PublicKey key, String canonical, String signature) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(key);
      s.update(canonical.getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static String md5Upper(String text) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).toUpperCase(Locale.ROOT);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** A document sample, verbatim, from {@code src/test/resources/hexpay}. */
  static String fixture(String name) {
    try (InputStream in = TestSupport.class.getResourceAsStream("/hexpay/" + name)) {
      assertThat(in).as("fixture " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sole request WireMock received. */
  static LoggedRequest onlyRequest(WireMockExtension wm) {
    List<LoggedRequest> all = wm.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  /** The {@code sign} field of a JSON body. */
  static String signOf(String jsonBody) {
    return json(jsonBody).get("sign").asText();
  }

  /**
   * Asserts that two JSON objects hold the same fields with the same values, numbers compared by
   * value ({@code 10.50} equals {@code 10.5}), ignoring {@code sign} (a sample's signature was made
   * with a key the tests do not have).
   */
  static void assertSameFieldsIgnoringSign(String actual, String documentSample) {
    ObjectNode a = (ObjectNode) json(actual);
    ObjectNode e = (ObjectNode) json(documentSample);
    a.remove("sign");
    e.remove("sign");
    assertThat(a.equals((x, y) -> x.isNumber() && y.isNumber()
        ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1, e))
        .as("sent %s%nsample %s", a, e).isTrue();
  }

  /** The decoded query parameters of a URL, in order. */
  static Map<String, String> queryParameters(String url) {
    Map<String, String> out = new LinkedHashMap<>();
    int q = url.indexOf('?');
    if (q < 0) {
      return out;
    }
    for (String pair : url.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  /** A sample's top-level fields as text, exactly as written (numbers keep their digits). */
  static Map<String, String> textFields(String jsonObject) {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(jsonObject)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        out.put(name, t == JsonToken.VALUE_NULL ? null : p.getText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Form encoding of fields, in order. */
  static String form(Map<String, String> fields) {
    StringJoiner j = new StringJoiner("&");
    fields.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return j.toString();
  }

  /** A JSON object sample with a {@code "sign"} field added at its end. */
  static String withSignAdded(String sample, String sign) {
    int end = sample.lastIndexOf('}');
    assertThat(end).isPositive();
    assertThat(sample).doesNotContain("\"sign\"");
    return sample.substring(0, end).stripTrailing() + ",\n\"sign\": \"" + sign + "\"\n}\n";
  }

  /** A JSON sample with its {@code "sign": "..."} value replaced. */
  static String withSign(String sample, String oldSign, String newSign) {
    assertThat(sample).contains(oldSign);
    return sample.replace(oldSign, newSign);
  }
}
