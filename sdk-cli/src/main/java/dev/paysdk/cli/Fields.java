package dev.paysdk.cli;

import dev.paysdk.core.internal.Json;
import dev.paysdk.core.webhook.WebhookRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a body, as the signing rules see them: JSON fields exactly as written (sdk-core's
 * {@code Json.rawFields}: {@code 1.50} stays {@code 1.50}, a nested object is its text as received),
 * form or query-string parameters URL-decoded ({@code +} is a space), or {@code name=value} lines as
 * the gateway documents write their request samples (outer quotes and {@code // comments} removed).
 *
 * @param source where the fields came from
 * @param fields the fields, in order (a JSON null is a null value)
 */
record Fields(Source source, Map<String, String> fields) {

  /** Where fields came from, as the explanations name it. */
  enum Source {
    JSON("the JSON body"),
    DATA("the answer's data object"),
    FORM("the form body"),
    LINES("the name=value lines"),
    QUERY("the URL query string"),
    PARAMETERS("the -p parameters"),
    NONE("nothing");

    final String label;

    Source(String label) {
      this.label = label;
    }
  }

  Fields {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  static Fields none() {
    return new Fields(Source.NONE, Map.of());
  }

  boolean isEmpty() {
    return fields.isEmpty();
  }

  /**
   * The fields of {@code body}.
   *
   * @throws BadInputException when it starts like JSON and is not a JSON object
   */
  static Fields ofBody(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return none();
    }
    if (text.startsWith("\uFEFF") && text.substring(1).stripLeading().startsWith("{")) {
      throw new BadInputException("the body starts with a byte-order mark (U+FEFF, BOM) before its JSON: gateways "
          + "send none, and signatures never cover one; remove it");
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      requireNoRepeatedJsonName(text);
      try {
        return new Fields(Source.JSON, Json.rawFields(text.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new BadInputException("the body starts like JSON but is not a JSON object (" + e.getMessage()
            .replaceAll("[\\r\\n]+.*", "") + ")", e);
      }
    }
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() > 1) {
      Map<String, String> out = new LinkedHashMap<>();
      for (String line : lines) {
        String l = line.replaceAll("\\s+//.*$", "").strip();
        int eq = l.indexOf('=');
        if (eq <= 0) {
          throw new BadInputException("a body of several lines must be name=value lines; this one is not: "
              + (l.length() > 40 ? l.substring(0, 40) + "..." : l));
        }
        String value = l.substring(eq + 1);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        out.put(l.substring(0, eq).strip(), value);
      }
      return new Fields(Source.LINES, out);
    }
    String form = text;
    int q = form.indexOf('?');
    if (q >= 0 && form.substring(0, q).indexOf('=') < 0) {
      form = form.substring(q + 1);
    }
    if (form.indexOf('=') < 0) {
      throw new BadInputException("the input is neither JSON, a form or query string (a=1&b=2), nor name=value lines");
    }
    requireNoRepeatedFormName(form);
    return new Fields(Source.FORM, WebhookRequest.parseForm(form));
  }

  /**
   * A field given twice cannot be verified: the signer and a verifier may each read another copy
   * (one parser keeps the first, another the last). Refused, naming it.
   */
  private static void requireNoRepeatedFormName(String form) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      try {
        name = java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        continue; // reported by the parser
      }
      if (!name.isEmpty() && !seen.add(name)) {
        throw new BadInputException("the form gives " + Visible.of(name) + " twice: the signer and a verifier may "
            + "each read another copy; send every field once");
      }
    }
  }

  private static void requireNoRepeatedJsonName(String text) {
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(text)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return;
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      com.fasterxml.jackson.core.JsonToken t;
      while ((t = p.nextToken()) == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!seen.add(name)) {
          throw new BadInputException("the JSON body gives " + Visible.of(name) + " twice: the signer and a verifier "
              + "may each read another copy (one parser keeps the first, another the last); send every field once");
        }
        p.nextToken();
        p.skipChildren();
      }
    } catch (IOException e) {
      // not valid JSON: the parser below reports it
    }
  }

  /**
   * For a JSON answer whose {@code data} is an object: the fields of that object, exactly as written
   * (the gateways sign an answer's data fields); otherwise empty.
   */
  java.util.Optional<Fields> dataObject() {
    if (source != Source.JSON) {
      return java.util.Optional.empty();
    }
    String data = fields.get("data");
    if (data == null || !data.startsWith("{")) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(new Fields(Source.DATA, Json.rawFields(data)));
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** The fields with {@code other} added (other's value wins on a name in both). */
  Fields plus(Map<String, String> other, Source as) {
    Map<String, String> m = new LinkedHashMap<>(fields);
    m.putAll(other);
    return new Fields(as, m);
  }
}
