package dev.paysdk.core.gateway;

import dev.paysdk.core.internal.FrozenFields;
import dev.paysdk.core.internal.WebhookBodies;
import dev.paysdk.core.webhook.WebhookRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of an inbound webhook, read once by one policy for every gateway, and checked for an
 * ambiguous canonical form before any signature is trusted.
 *
 * <p>Sources, in this order: the URL's query parameters, then the body as a JSON object (when it
 * starts with <code>{</code>) or as a form (otherwise, when the content type is a form or absent).
 * A name given more than once, in one source or across sources, is accepted only when every value is
 * the same; different values are in doubt and rejected.
 *
 * <p>Ambiguity ({@link #requireUnambiguous}): signing rules concatenate fields without escaping, so a
 * captured genuine webhook can be re-split into other fields with the identical canonical string and
 * signature ({@code payOrderId=P1&payWay=X} sent as one field {@code payOrderId} holding
 * {@code P1&payWay=X}). Rejected: a name that could hold a separator (with {@code =} or {@code &}, or
 * for {@link CanonicalStyle#PAIRS} any name that is not a plain identifier or not a known name: with
 * no separator between pairs, a value can absorb the start of the next name), an identity, status or
 * amount field not of its {@link Shape}, and any other value that holds the start of another known
 * field's fragment ({@code &name=} or, for pairs, {@code name=}).
 */
public final class InboundFields {
  private static final Pattern IDENTIFIER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  /** Where a gateway sends its webhook fields. */
  public enum Source { QUERY, FORM, JSON }

  private InboundFields() {}

  /**
   * The fields of {@code request} from the accepted sources, in arrival order.
   *
   * @throws MalformedAnswerException when a body cannot be decoded (a bad {@code %} escape, broken
   *     JSON), a name repeats with different values, or no field arrived at all
   */
  public static Map<String, String> extract(WebhookRequest request, Set<Source> accepted) {
    Map<String, String> out = new LinkedHashMap<>();
    if (accepted.contains(Source.QUERY)) {
      String[] query = WebhookBodies.queryPairs(request); // read only: not copied
      for (int i = 0; i < query.length; i += 2) {
        put(out, query[i], query[i + 1]);
      }
    }
    byte[] body = WebhookBodies.of(request); // read only: not copied
    int first = firstNonSpace(body);
    if (first >= 0) {
      if (body[first] == '{') {
        if (!accepted.contains(Source.JSON)) {
          throw new MalformedAnswerException("the webhook has a JSON body, which this gateway does not send");
        }
        Map<String, String> json = RawJson.object(body);
        if (out.isEmpty() && !json.containsValue(null)) {
          return json.isEmpty() ? empty() : FrozenFields.of(json); // in document order: no copy
        }
        for (Map.Entry<String, String> e : json.entrySet()) {
          if (e.getValue() != null) {
            put(out, e.getKey(), e.getValue());
          }
        }
      } else if (accepted.contains(Source.FORM) && (request.isForm() || request.contentType() == null)) {
        form(new String(body, StandardCharsets.UTF_8).strip(), out);
      } else if (!accepted.contains(Source.QUERY)) {
        throw new MalformedAnswerException("the webhook body is neither JSON nor a form");
      }
      // otherwise a gateway that sends its fields in the query: a body of another type is not read
    }
    if (out.isEmpty()) {
      throw new MalformedAnswerException("the webhook carries no fields");
    }
    return FrozenFields.of(out);
  }

  /**
   * A view of {@code fields} without {@code name} (typically the signature, before the rest is
   * verified): the same entries in the same order as a copy with it removed, without the copy. The
   * view cannot be modified through its methods; its entries are those of {@code fields}.
   */
  public static Map<String, String> without(Map<String, String> fields, String name) {
    Objects.requireNonNull(name, "name == null");
    return new AbstractMap<>() {
      @Override
      public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<String, String>> iterator() {
            Iterator<Map.Entry<String, String>> all = fields.entrySet().iterator();
            return new Iterator<>() {
              private Map.Entry<String, String> next = advance();

              private Map.Entry<String, String> advance() {
                while (all.hasNext()) {
                  Map.Entry<String, String> e = all.next();
                  if (!name.equals(e.getKey())) {
                    return e;
                  }
                }
                return null;
              }

              @Override
              public boolean hasNext() {
                return next != null;
              }

              @Override
              public Map.Entry<String, String> next() {
                if (next == null) {
                  throw new java.util.NoSuchElementException();
                }
                Map.Entry<String, String> e = next;
                next = advance();
                return e;
              }
            };
          }

          @Override
          public int size() {
            return fields.containsKey(name) ? fields.size() - 1 : fields.size();
          }
        };
      }

      @Override
      public String get(Object key) {
        return name.equals(key) ? null : fields.get(key);
      }

      @Override
      public boolean containsKey(Object key) {
        return !name.equals(key) && fields.containsKey(key);
      }
    };
  }

  private static Map<String, String> empty() {
    throw new MalformedAnswerException("the webhook carries no fields");
  }

  /** The sources of a gateway that sends only {@code first} and {@code more}. */
  public static Set<Source> sources(Source first, Source... more) {
    return Collections.unmodifiableSet(EnumSet.of(first, more));
  }

  /**
   * Rejects a field set whose canonical form is ambiguous.
   *
   * @param shapes the identity, status and amount fields and their shapes; such a field, when present
   *     and not empty, must have its shape
   * @param knownNames every field name the gateway documents for this webhook (besides those present)
   * @throws MalformedAnswerException naming the field (never its value)
   */
  public static void requireUnambiguous(Map<String, String> fields, CanonicalStyle style, Map<String, Shape> shapes,
      Set<String> knownNames) {
    for (Map.Entry<String, Shape> s : shapes.entrySet()) {
      String v = fields.get(s.getKey());
      if (v != null && !v.isEmpty() && !s.getValue().matches(v)) {
        throw new MalformedAnswerException("the webhook's field '" + s.getKey() + "' is not of its documented shape");
      }
    }
    Set<String> present = fields.keySet();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      String name = f.getKey();
      if (!(style == CanonicalStyle.PAIRS ? IDENTIFIER_NAME.matcher(name).matches() : isPlainName(name))) {
        // the name itself is unverified input: it is not repeated in the message
        throw new MalformedAnswerException("the webhook has a parameter name that is not a plain name");
      }
      if (style == CanonicalStyle.PAIRS && !knownNames.contains(name)) {
        // with nothing between one pair's value and the next pair's name, a value can absorb the
        // start of the next name ("...f1arema" + "rk=r" signs as "...f1a" + "remark=r"): only names
        // the gateway documents, none the tail of another, cannot be a re-split
        throw new MalformedAnswerException("the webhook has a field this gateway does not document");
      }
      String v = f.getValue();
      if (v == null || v.isEmpty() || shapes.containsKey(name)) {
        continue;
      }
      String absorbed = absorbedName(v, style, present, knownNames);
      if (absorbed != null) {
        String which = knownNames.contains(name) ? "field '" + name + "'" : "a field";
        throw new MalformedAnswerException("the webhook's " + which + " holds what reads as another field of the"
            + " signed string");
      }
    }
  }

  /** Not empty, and no {@code =}, {@code &} or control character (as {@link GatewayText#stripControls} sees them). */
  private static boolean isPlainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '=' || c == '&' || c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028'
          || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** The known name whose fragment {@code value} holds, or null. */
  private static String absorbedName(String value, CanonicalStyle style, Set<String> present, Set<String> known) {
    if (style == CanonicalStyle.FRAGMENTS) {
      int amp = value.indexOf('&');
      while (amp >= 0) {
        int eq = value.indexOf('=', amp + 1);
        int next = value.indexOf('&', amp + 1);
        if (eq > amp && (next < 0 || eq < next)) {
          String name = value.substring(amp + 1, eq);
          if (present.contains(name) || known.contains(name)) {
            return name;
          }
        }
        amp = next;
      }
      return null;
    }
    for (String name : present) {
      if (value.contains(name + "=")) {
        return name;
      }
    }
    for (String name : known) {
      if (value.contains(name + "=")) {
        return name;
      }
    }
    return null;
  }

  private static void form(String text, Map<String, String> out) {
    int start = 0;
    int end = text.length();
    while (start < end) {
      int amp = text.indexOf('&', start);
      int stop = amp < 0 ? end : amp;
      if (stop > start) {
        int eq = text.indexOf('=', start);
        boolean hasEq = eq >= 0 && eq < stop;
        try {
          String k = decode(text.substring(start, hasEq ? eq : stop));
          String v = hasEq ? decode(text.substring(eq + 1, stop)) : "";
          put(out, k, v);
        } catch (IllegalArgumentException e) {
          throw new MalformedAnswerException("the webhook's form body is not valid URL encoding");
        }
      }
      start = stop + 1;
    }
  }

  /** {@link URLDecoder#decode}, without its buffer for a text that has nothing to decode. */
  private static String decode(String s) {
    return s.indexOf('%') < 0 && s.indexOf('+') < 0 ? s : URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static void put(Map<String, String> out, String name, String value) {
    String before = out.putIfAbsent(name, value);
    if (before != null && !before.equals(value)) {
      throw new MalformedAnswerException("the webhook gives a parameter twice with different values");
    }
  }

  private static int firstNonSpace(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return i;
      }
    }
    return -1;
  }
}
