package dev.paysdk.testkit.conformance;

import dev.paysdk.core.gateway.InboundFields;
import dev.paysdk.core.sign.Canonicalizer;
import dev.paysdk.core.webhook.WebhookRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forged re-splits of a genuine, signed webhook: field sets that differ from the genuine one but
 * have the identical canonical string, so the genuine signature still matches them. Signing rules
 * join {@code key=value} fragments without escaping, so a field's value can absorb the next
 * fragment ({@code payOrderId} = {@code P1&payWay=X}) and a name can absorb a whole fragment
 * ({@code amount=100&channelPayNo}). A verifier must reject every one of them.
 */
public final class WebhookForgeries {
  /** One forged webhook and what it re-splits. */
  public record Forgery(String description, Map<String, String> fields, WebhookRequest request) {}

  private WebhookForgeries() {}

  /**
   * Every forgery of {@code genuine} under {@code canonicalizer} whose canonical string equals the
   * genuine one (checked here, so each forgery verifies as far as the signature goes).
   *
   * @param pairs true for rule C (pairs with no separator), false for {@code key=value&} fragments
   */
  public static List<Forgery> of(WebhookRequest genuine, Canonicalizer canonicalizer, boolean pairs) {
    Map<String, String> fields = new LinkedHashMap<>(InboundFields.extract(genuine,
        Set.of(InboundFields.Source.QUERY, InboundFields.Source.FORM, InboundFields.Source.JSON)));
    String canonical = canonicalizer.canonicalize(fields);
    String joint = pairs ? "" : "&";
    List<Forgery> out = new ArrayList<>();
    List<String> names = new ArrayList<>(fields.keySet());
    names.remove("sign");
    for (String a : names) {
      for (String b : names) {
        String va = fields.get(a);
        String vb = fields.get(b);
        if (a.equals(b) || va == null || va.isEmpty() || vb == null || vb.isEmpty() || va.startsWith("{")
            || va.startsWith("[")) {
          continue;
        }
        Map<String, String> absorbed = new LinkedHashMap<>(fields);
        absorbed.remove(b);
        absorbed.put(a, va + joint + b + "=" + vb);
        if (canonical.equals(canonicalizer.canonicalize(absorbed))) {
          out.add(new Forgery("value of '" + a + "' absorbs '" + b + "'", absorbed, rebuild(genuine, absorbed)));
        }
        Map<String, String> named = new LinkedHashMap<>(fields);
        named.remove(a);
        named.remove(b);
        named.put(a + "=" + va + joint + b, vb);
        if (canonical.equals(canonicalizer.canonicalize(named))) {
          out.add(new Forgery("a name holds '" + a + "' and '" + b + "'", named, rebuild(genuine, named)));
        }
      }
    }
    return out;
  }

  /** {@code fields} sent the way {@code genuine} was: JSON body, form body, or query string. */
  static WebhookRequest rebuild(WebhookRequest genuine, Map<String, String> fields) {
    WebhookRequest.Builder b = WebhookRequest.builder().method(genuine.method());
    genuine.headers().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Content-Length")) {
        values.forEach(v -> b.header(name, v));
      }
    });
    if (genuine.contentType() != null) {
      b.contentType(genuine.contentType());
    }
    String body = genuine.bodyAsString().strip();
    if (body.startsWith("{")) {
      StringBuilder json = new StringBuilder("{");
      fields.forEach((k, v) -> {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append('"').append(escape(k)).append("\":\"").append(escape(v)).append('"');
      });
      b.body(json.append('}').toString());
    } else if (!body.isEmpty()) {
      b.body(form(fields));
    } else {
      b.rawQuery(form(fields));
    }
    return b.build();
  }

  private static String form(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    fields.forEach((k, v) -> {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
    });
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
