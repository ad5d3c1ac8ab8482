package dev.paysdk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.http.RetryPolicy;
import dev.paysdk.core.webhook.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every fuzz target shares: a transport whose answers the fuzzer writes, and the one rule every
 * target checks: whatever the bytes, a call or a webhook verification ends normally or in a
 * documented {@link PaymentException}; any other exception or an {@link Error} is a finding.
 */
final class FuzzSupport {
  /** The statuses a fuzzed answer may carry: the decision table's rows. */
  static final int[] STATUSES = {200, 200, 200, 201, 302, 400, 401, 403, 404, 408, 425, 429, 499, 500, 503};

  private FuzzSupport() {}

  /** Runs {@code call}; a {@link PaymentException} is a documented outcome, anything else propagates. */
  static void documentedOnly(Runnable call) {
    try {
      call.run();
    } catch (PaymentException expected) {
      // the documented failure
    }
  }

  /** HTTP options for a fuzzed transport: no retry, no sleep, a short deadline. */
  static HttpOptions http(HttpTransport transport) {
    return HttpOptions.builder().transport(transport).retryPolicy(RetryPolicy.none()).sleeper(d -> { })
        .deadline(Duration.ofSeconds(5)).build();
  }

  /** A transport that answers every call with {@code status} and {@code body}, plus {@code headers}. */
  static HttpTransport answering(int status, byte[] body, Map<String, List<String>> headers) {
    return request -> new HttpResponse(status, headers, body);
  }

  /** A transport whose answer body the fuzzer writes as raw bytes. */
  static HttpTransport rawAnswers(FuzzedDataProvider data) {
    int status = data.pickValue(STATUSES);
    return answering(status, data.consumeRemainingAsBytes(), Map.of());
  }

  /**
   * Fields chosen by the fuzzer: known names (so parsers go deep) with fuzzed values, and sometimes
   * a fuzzed name.
   */
  static Map<String, String> fields(FuzzedDataProvider data, List<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    int n = data.consumeInt(0, names.size() + 2);
    for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
      String name = data.consumeBoolean() ? data.pickValue(names) : data.consumeString(12);
      out.put(name, data.consumeString(40));
    }
    return out;
  }

  /** A JSON object of string values (the signing rules sign a string's content, as written here). */
  static String json(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder("{");
    fields.forEach((k, v) -> {
      if (sb.length() > 1) {
        sb.append(',');
      }
      sb.append('"').append(escape(k)).append("\":\"").append(escape(v)).append('"');
    });
    return sb.append('}').toString();
  }

  /** {@code s} as a JSON string literal. */
  static String quote(String s) {
    return "\"" + escape(s) + "\"";
  }

  /** A form or query string of {@code fields}. */
  static String form(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    fields.forEach((k, v) -> {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
          .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
    });
    return sb.toString();
  }

  /** A webhook request whose every part the fuzzer writes. */
  static WebhookRequest rawWebhook(FuzzedDataProvider data) {
    WebhookRequest.Builder b = WebhookRequest.builder();
    documentedOnly(() -> b.rawQuery(data.consumeString(200)));
    String contentType = data.pickValue(new String[] {"application/json", "application/x-www-form-urlencoded",
        "text/plain", ""});
    if (!contentType.isEmpty()) {
      b.contentType(contentType);
    }
    if (data.consumeBoolean()) {
      b.header("Sign", data.consumeString(64));
    }
    return b.body(data.consumeRemainingAsBytes()).build();
  }

  /** {@code fields} signed by {@code sign} (a rule over the fields), as the map to send. */
  static Map<String, String> signed(Map<String, String> fields, Function<Map<String, String>, String> sign) {
    Map<String, String> out = new LinkedHashMap<>(fields);
    out.remove("sign");
    out.put("sign", sign.apply(out));
    return out;
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
