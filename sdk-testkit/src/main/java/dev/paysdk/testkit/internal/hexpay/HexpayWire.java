package dev.paysdk.testkit.internal.hexpay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paysdk.core.internal.Json;
import dev.paysdk.testkit.internal.SimRequest;
import dev.paysdk.testkit.internal.SimResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Wire helpers of the Hexpay simulator: JSON answers, time format, identifiers. */
final class HexpayWire {
  /** Plain decimals: the gateway never writes {@code 1E+1}. */
  static final ObjectWriter WRITER = Json.MAPPER.writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
  /** The gateway's date format; the simulator writes UTC. */
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  static final SecureRandom RANDOM = new SecureRandom();

  private HexpayWire() {}

  static ObjectNode object() {
    return Json.MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return Json.MAPPER.createArrayNode();
  }

  static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** {@code {"code":0,"data":...,"msg":"SUCCESS"}}. */
  static SimResponse ok(JsonNode data) {
    return SimResponse.json("{\"code\":0,\"data\":" + write(data) + ",\"msg\":\"SUCCESS\"}");
  }

  /**
   * {@link #ok(JsonNode)}; or, when the call carries {@link dev.paysdk.testkit.Fault.Kind#WRONG_SIGNATURE},
   * the same answer with a {@code sign} that does not match: the platform's rule A over the fields of
   * {@code data}, corrupted. The platform leaves these answers unsigned; the fault lets a test see how a
   * client treats a signed answer that fails verification on any operation, money-moving ones included.
   */
  static SimResponse ok(JsonNode data, SimRequest req, dev.paysdk.core.sign.SigningRule md5Rule) {
    if (!req.has(dev.paysdk.testkit.Fault.Kind.WRONG_SIGNATURE)) {
      return ok(data);
    }
    String json = write(data);
    Map<String, String> fields;
    try {
      fields = data.isObject() ? dev.paysdk.core.internal.Json.rawFields(json) : Map.of("data", json);
    } catch (IOException e) {
      throw new IllegalStateException("the simulator wrote invalid JSON", e);
    }
    String sign = corrupt(md5Rule.sign(fields));
    return SimResponse.json("{\"code\":0,\"data\":" + json + ",\"msg\":\"SUCCESS\",\"sign\":\"" + sign + "\"}");
  }

  static SimResponse error(HexpayError e) {
    ObjectNode n = object();
    n.put("code", e.code());
    n.put("msg", e.getMessage());
    return SimResponse.json(write(n));
  }

  /** The request's top-level JSON fields exactly as written (the signing view). */
  static Map<String, String> jsonParams(SimRequest req) throws HexpayError {
    try {
      return req.jsonFields();
    } catch (IOException e) {
      throw HexpayError.parameter("the body is not a JSON object");
    }
  }

  /**
   * Parameters of a GET: the URL query parameters (URL-decoded); when the query is empty and a JSON
   * body came (the document's literal "GET with a JSON body"), its top-level fields.
   */
  static Map<String, String> getParams(SimRequest req) throws HexpayError {
    if ((req.query() == null || req.query().isEmpty()) && req.body().length > 0) {
      return jsonParams(req);
    }
    return req.queryParams();
  }

  /** Each object of a JSON array, as its fields exactly as written. */
  static List<Map<String, String>> rawObjects(String arrayJson) throws IOException {
    byte[] bytes = arrayJson.getBytes(StandardCharsets.UTF_8);
    List<Map<String, String>> out = new ArrayList<>();
    try (JsonParser p = Json.MAPPER.getFactory().createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException("not a JSON array");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
        int start = (int) p.currentTokenLocation().getByteOffset();
        p.skipChildren();
        int end = (int) p.currentLocation().getByteOffset();
        out.add(Json.rawFields(Arrays.copyOfRange(bytes, start, end)));
      }
      if (t != JsonToken.END_ARRAY) {
        throw new IOException("an array element is not an object");
      }
    }
    return out;
  }

  static String time(Instant t) {
    return t == null ? null : TIME.format(t);
  }

  /** Puts a text, or JSON null. */
  static void text(ObjectNode n, String name, String v) {
    if (v == null) {
      n.putNull(name);
    } else {
      n.put(name, v);
    }
  }

  /** Puts a decimal number exactly as it is held (no trailing zero stripped), or JSON null. */
  static void decimal(ObjectNode n, String name, BigDecimal v) {
    if (v == null) {
      n.putNull(name);
    } else {
      n.set(name, DecimalNode.valueOf(v));
    }
  }

  /** Puts a text only when present (answers that omit absent fields). */
  static void textIfPresent(ObjectNode n, String name, String v) {
    if (v != null) {
      n.put(name, v);
    }
  }

  static void decimalIfPresent(ObjectNode n, String name, BigDecimal v) {
    if (v != null) {
      n.set(name, DecimalNode.valueOf(v));
    }
  }

  /** Shortest plain text of a decimal ({@code 12}, {@code 0.2}). */
  static String plain(BigDecimal v) {
    return v == null ? null : v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  /** {@code 0.010000}: the six decimals of the gateway's amount columns. */
  static BigDecimal scale6(BigDecimal v) {
    return v == null ? null : v.setScale(Math.max(6, v.scale()));
  }

  static String txHash() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return "0x" + HexFormat.of().formatHex(b);
  }

  /** {@code application/x-www-form-urlencoded} text of ordered fields. */
  static String form(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  /** A signature of the same shape (hex stays hex, base64 stays base64) that no longer verifies. */
  static String corrupt(String signature) {
    char c = signature.charAt(0);
    char r;
    if (Character.isDigit(c)) {
      r = c == '0' ? '1' : '0';
    } else if (Character.isUpperCase(c)) {
      r = c == 'A' ? 'B' : 'A';
    } else {
      r = c == 'a' ? 'b' : 'a';
    }
    return r + signature.substring(1);
  }
}
