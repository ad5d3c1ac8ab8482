package dev.paysdk.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON helpers shared by provider modules. Numbers are read as {@link BigDecimal} (never through a
 * double). Not a public contract.
 */
public final class Json {
  /**
   * Shared, thread-safe mapper: floats as BigDecimal with the scale they were written with ({@code 0.30}
   * stays {@code 0.30} in a tree, not {@code 0.3}), unknown properties ignored.
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // Jackson strips trailing zeros of tree decimals by default, which would make text() re-format
      // 0.001000 as 0.001 and break "numbers keep their written form".
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private Json() {}

  /**
   * Parses a JSON document.
   *
   * @throws IOException when it is not valid JSON
   */
  public static JsonNode tree(byte[] body) throws IOException {
    JsonNode node = MAPPER.readTree(body);
    if (node == null || node.isMissingNode()) {
      throw new IOException("empty body");
    }
    return node;
  }

  /**
   * The top-level fields of a JSON object as signing rules see them: a string is its unescaped
   * content, a number its text exactly as written ({@code 0.001000} stays {@code 0.001000}), a
   * boolean {@code true}/{@code false}, a nested object or array its JSON text exactly as
   * received, and {@code null} a null value. In document order.
   *
   * @throws IOException when the body is not a JSON object
   */
  public static Map<String, String> rawFields(byte[] body) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        out.put(name, rawValue(p, t, body));
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new IOException("malformed JSON object");
      }
    }
    return out;
  }

  /** {@link #rawFields(byte[])} of a nested object: pass its raw JSON text. */
  public static Map<String, String> rawFields(String objectJson) throws IOException {
    return rawFields(objectJson.getBytes(StandardCharsets.UTF_8));
  }

  private static String rawValue(JsonParser p, JsonToken t, byte[] body) throws IOException {
    switch (t) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case START_OBJECT:
      case START_ARRAY:
        int start = (int) p.currentTokenLocation().getByteOffset();
        p.skipChildren();
        int end = (int) p.currentLocation().getByteOffset();
        return new String(body, start, end - start, StandardCharsets.UTF_8);
      default:
        throw new IOException("unexpected JSON token " + t);
    }
  }

  /** A field's text, or null when absent or JSON null. Numbers keep their written form. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isBigDecimal()) {
      java.math.BigDecimal d = v.decimalValue();
      // toPlainString of 1e999999999 would write a billion digits: past a sane scale keep the
      // scientific form, which bounded readers then reject
      return d.scale() > -40 && d.scale() < 100 ? d.toPlainString() : d.toString();
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  /** A field as an exact decimal (from a JSON number or a numeric string), or null. */
  public static BigDecimal decimal(JsonNode node, String field) throws IOException {
    String t = text(node, field);
    if (t == null || t.isBlank()) {
      return null;
    }
    try {
      if (!t.trim().chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-' || c == 'e'
          || c == 'E') || t.trim().length() > 64) { // BigDecimal reads any Unicode digit
        throw new NumberFormatException();
      }
      return new BigDecimal(t.trim());
    } catch (NumberFormatException e) {
      throw new IOException("field '" + field + "' is not a number");
    }
  }

  /** A field as a long (JSON number or numeric string), or null. */
  public static Long longValue(JsonNode node, String field) throws IOException {
    BigDecimal d = decimal(node, field);
    if (d == null) {
      return null;
    }
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw new IOException("field '" + field + "' is not a whole number");
    }
  }

  /** A field as an int, or null. */
  public static Integer intValue(JsonNode node, String field) throws IOException {
    Long l = longValue(node, field);
    if (l == null) {
      return null;
    }
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw new IOException("field '" + field + "' is out of range");
    }
    return l.intValue();
  }

  /** A field as a boolean (JSON boolean or "true"/"false"/1/0), or null. */
  public static Boolean bool(JsonNode node, String field) {
    String t = text(node, field);
    if (t == null) {
      return null;
    }
    return t.equals("true") || t.equals("1");
  }

  /** Compact JSON text of a value. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }
}
