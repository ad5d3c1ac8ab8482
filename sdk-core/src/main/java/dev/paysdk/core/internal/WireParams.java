package dev.paysdk.core.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

  /**
   * Name to wire text, in insertion order: the input of a {@link dev.paysdk.core.sign.Canonicalizer}.
   * A read-only view of these parameters (no copy).
   */
  public Map<String, String> signingMap() {
    // a read-only view in wire order (names are unique): what a copy into a LinkedHashMap would hold
    return new AbstractMap<>() {
      @Override
      public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<String, String>> iterator() {
            Iterator<Param> all = params.iterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return all.hasNext();
              }

              @Override
              public Map.Entry<String, String> next() {
                Param p = all.next();
                return Map.entry(p.name, p.text);
              }
            };
          }

          @Override
          public int size() {
            return params.size();
          }
        };
      }

      @Override
      public String get(Object key) {
        return key instanceof String name ? WireParams.this.get(name) : null;
      }

      @Override
      public boolean containsKey(Object key) {
        return get(key) != null;
      }
    };
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
    StringBuilder sb = new StringBuilder(jsonLengthEstimate()).append('{');
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

  /**
   * {@link #toJson()} as UTF-8: the same bytes as {@code toJson().getBytes(UTF_8)}, written once into
   * an array of the exact size (a large body, such as a batch's records, is not copied again).
   */
  public byte[] toJsonBytes() {
    int n = params.size();
    byte[][] names = new byte[n][];
    byte[][] values = new byte[n][];
    int length = 2 + Math.max(0, n - 1);
    for (int i = 0; i < n; i++) {
      Param p = params.get(i);
      // each piece on its own: JSON punctuation stands between any two, so no surrogate pair spans two
      names[i] = escape(p.name).getBytes(StandardCharsets.UTF_8);
      values[i] = (p.kind == Kind.STRING ? escape(p.text) : p.text).getBytes(StandardCharsets.UTF_8);
      length += names[i].length + 3 + values[i].length + (p.kind == Kind.STRING ? 2 : 0);
    }
    byte[] out = new byte[length];
    int at = 0;
    out[at++] = '{';
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out[at++] = ',';
      }
      out[at++] = '"';
      System.arraycopy(names[i], 0, out, at, names[i].length);
      at += names[i].length;
      out[at++] = '"';
      out[at++] = ':';
      boolean quoted = params.get(i).kind == Kind.STRING;
      if (quoted) {
        out[at++] = '"';
      }
      System.arraycopy(values[i], 0, out, at, values[i].length);
      at += values[i].length;
      if (quoted) {
        out[at++] = '"';
      }
    }
    out[at] = '}';
    return out;
  }

  private int jsonLengthEstimate() {
    int n = 2;
    for (Param p : params) {
      n += p.name.length() + p.text.length() + 6;
    }
    return n;
  }

  /** {@code application/x-www-form-urlencoded} text (also a query string). */
  public String toForm() {
    StringBuilder sb = new StringBuilder(jsonLengthEstimate() + params.size() * 4);
    for (Param p : params) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(formEncode(p.name)).append('=').append(formEncode(p.text));
    }
    return sb.toString();
  }

  /** {@link URLEncoder#encode}; {@code s} itself, without the encoder's buffers, when it has nothing to encode. */
  private static String formEncode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
          || c == '_' || c == '.' || c == '*';
      if (!unreserved) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
      }
    }
    return s;
  }

  /** The JSON-escaped text of {@code s}; {@code s} itself when nothing in it needs escaping. */
  private static String escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return new String(JsonStringEncoder.getInstance().quoteAsString(s));
      }
    }
    return s;
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
