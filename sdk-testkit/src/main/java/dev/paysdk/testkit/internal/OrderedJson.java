package dev.paysdk.testkit.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object a simulator writes field by field, in a fixed order, each value held as its exact
 * wire text, so that the signature it computes covers exactly what it writes. Unlike core's
 * {@code WireParams} it can write an explicit {@code null} (the gateways' samples show
 * {@code "extra": null}); a null is never part of the signing map. Not thread-safe: build, then
 * write, on one thread.
 */
public final class OrderedJson {
  private enum Kind { STRING, NUMBER, RAW, NULL }

  private record Field(String name, String text, Kind kind) {}

  private final List<Field> fields = new ArrayList<>();

  /** A string field; a null value is written as JSON {@code null}. */
  public OrderedJson string(String name, String value) {
    return add(name, value, Kind.STRING);
  }

  /** A number field written as {@code value}. */
  public OrderedJson number(String name, long value) {
    return add(name, Long.toString(value), Kind.NUMBER);
  }

  /** A number field written as {@code value.toPlainString()}; null is written as JSON {@code null}. */
  public OrderedJson number(String name, BigDecimal value) {
    return add(name, value == null ? null : value.toPlainString(), Kind.NUMBER);
  }

  /** A nested object or array, already serialized; signed as that exact text. Null writes {@code null}. */
  public OrderedJson raw(String name, String json) {
    return add(name, json, Kind.RAW);
  }

  private OrderedJson add(String name, String text, Kind kind) {
    Objects.requireNonNull(name, "name == null");
    fields.removeIf(f -> f.name.equals(name));
    fields.add(new Field(name, text, text == null ? Kind.NULL : kind));
    return this;
  }

  /** Field name to wire text, without the null fields: what a signing rule signs. */
  public Map<String, String> signingMap() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Field f : fields) {
      if (f.kind != Kind.NULL) {
        m.put(f.name, f.text);
      }
    }
    return m;
  }

  /** Compact JSON text, fields in the order they were added. */
  public String toJson() {
    StringBuilder sb = new StringBuilder(32 + fields.size() * 24).append('{');
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (i > 0) {
        sb.append(',');
      }
      sb.append('"').append(escape(f.name)).append("\":");
      switch (f.kind) {
        case STRING -> sb.append('"').append(escape(f.text)).append('"');
        case NULL -> sb.append("null");
        default -> sb.append(f.text);
      }
    }
    return sb.append('}').toString();
  }

  private static String escape(String s) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(s));
  }

  @Override
  public String toString() {
    return "OrderedJson" + signingMap().keySet();
  }
}
