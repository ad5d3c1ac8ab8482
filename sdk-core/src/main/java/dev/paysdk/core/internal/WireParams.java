package dev.paysdk.core.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one request, each held as the exact text that travels on the wire, with its
 * JSON kind. The same instance gives the signing map and the wire body, so a signature can never
 * cover something other than what is sent ("one serialization, used twice"). Null values are
 * left out entirely. Immutable. Not a public contract.
 */
public final class WireParams {
  /** How a value is written in JSON. */
  public enum Kind { STRING, NUMBER, BOOLEAN, RAW_JSON }

  /** One parameter. */
  public record Param(String name, String text, Kind kind) {}

  private final List<Param> params;

  private WireParams(List<Param> params) {
    this.params = Collections.unmodifiableList(params);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these parameters, to append more. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.params.addAll(params);
    return b;
  }

  public List<Param> params() {
    return params;
  }

  /** The wire text of a parameter, or null. */
  public String get(String name) {
    for (Param p : params) {
      if (p.name.equals(name)) {
        return p.text;
      }
    }
    return null;
  }

  /** Name to wire text, in insertion order: the input of a {@link dev.paysdk.core.sign.Canonicalizer}. */
  public Map<String, String> signingMap() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Param p : params) {
      m.put(p.name, p.text);
    }
    return m;
  }

  /** A copy with one more string parameter appended (typically {@code sign}). */
  public WireParams with(String name, String value) {
    List<Param> copy = new ArrayList<>(params);
    copy.removeIf(p -> p.name.equals(name));
    if (value != null) {
      copy.add(new Param(name, value, Kind.STRING));
    }
    return new WireParams(copy);
  }

  /** Compact JSON object, in insertion order. */
  public String toJson() {
    StringBuilder sb = new StringBuilder(64 + params.size() * 24).append('{');
    boolean first = true;
    for (Param p : params) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(escape(p.name)).append("\":");
      if (p.kind == Kind.STRING) {
        sb.append('"').append(escape(p.text)).append('"');
      } else {
        sb.append(p.text);
      }
    }
    return sb.append('}').toString();
  }

  /** {@code application/x-www-form-urlencoded} text (also a query string). */
  public String toForm() {
    StringBuilder sb = new StringBuilder();
    for (Param p : params) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(p.name, StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(p.text, StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(s));
  }

  @Override
  public String toString() {
    return dev.paysdk.core.log.Masking.maskJson(toJson());
  }

  /** Builder; a null value leaves the parameter out. */
  public static final class Builder {
    private final List<Param> params = new ArrayList<>();

    private Builder() {}

    public Builder string(String name, String value) {
      return add(name, value, Kind.STRING);
    }

    /** A JSON number written exactly as {@code value.toPlainString()}. */
    public Builder number(String name, BigDecimal value) {
      return add(name, value == null ? null : value.toPlainString(), Kind.NUMBER);
    }

    public Builder number(String name, Long value) {
      return add(name, value == null ? null : value.toString(), Kind.NUMBER);
    }

    public Builder number(String name, Integer value) {
      return add(name, value == null ? null : value.toString(), Kind.NUMBER);
    }

    public Builder bool(String name, Boolean value) {
      return add(name, value == null ? null : value.toString(), Kind.BOOLEAN);
    }

    /** A nested object or array, already serialized as compact JSON; signed as that exact text. */
    public Builder rawJson(String name, String json) {
      return add(name, json, Kind.RAW_JSON);
    }

    private Builder add(String name, String text, Kind kind) {
      Objects.requireNonNull(name, "name == null");
      if (text != null) {
        params.removeIf(p -> p.name.equals(name));
        params.add(new Param(name, text, kind));
      }
      return this;
    }

    public WireParams build() {
      return new WireParams(new ArrayList<>(params));
    }
  }
}
