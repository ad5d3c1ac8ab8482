package dev.paysdk.benchmarks;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * An AgentPay payout callback, from its raw query string to a verified status: the SDK's
 * {@code webhooks().verify} (which returns a typed event with the neutral status, the amount as
 * {@code Money} and a de-duplication key) against a hand-written parse, rule A check and status read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class WebhookBenchmark {
  private AgentPayClient client;
  private String rawQuery;

  @Setup
  public void setUp() {
    client = AgentPayClient.builder()
        .baseUrl("http://127.0.0.1:9")
        .merchantId("LEtest067")
        .secretKey(Fixtures.SECRET)
        .build();
    // The document's callback sample, re-signed with the benchmark's secret.
    Map<String, String> p = new LinkedHashMap<>();
    p.put("amount", "20000");
    p.put("mchOrderNo", "Test17651877680001");
    p.put("fee", "900");
    p.put("channelPayNo", "12300000000");
    p.put("sign", null);
    p.put("agentpayOrderId", "test1997968440790409217");
    p.put("status", "2");
    p.put("sign", RawJdk.ruleA(p, Fixtures.SECRET));
    StringBuilder q = new StringBuilder();
    for (Map.Entry<String, String> e : p.entrySet()) {
      q.append(q.length() == 0 ? "" : "&").append(e.getKey()).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    rawQuery = q.toString();
    RawJdk.requireSame("status", sdk().rawStatus(), baseline());
  }

  @Benchmark
  public WebhookEvent sdk() {
    WebhookRequest request = WebhookRequest.builder()
        .method("POST")
        .rawQuery(rawQuery)
        .contentType("application/x-www-form-urlencoded")
        .build();
    return client.webhooks().verify(request);
  }

  @Benchmark
  public String baseline() {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    String received = params.remove("sign").toUpperCase(Locale.ROOT);
    String expected = RawJdk.ruleA(params, Fixtures.SECRET);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8))) {
      throw new IllegalStateException("bad signature");
    }
    return params.get("status");
  }
}
