package dev.paysdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.agentpay.AgentPayBalance;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.testkit.AgentPaySimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One full balance query over loopback against the embedded AgentPay simulator: the SDK's
 * {@code balances().query()} (signs, sends, verifies the answer's signature, parses it into
 * {@code Money}) against a hand-written OkHttp call that does the minimum (same form body signed
 * with a JDK MD5 helper, one shared {@link OkHttpClient}, the body read as a string), and against
 * the same hand-written call completed with what a correct client must also do (parse the JSON,
 * verify the answer's signature, read the amount). Every variant is checked in {@link #setUp()}
 * to get a successful answer from the simulator.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class HttpCallBenchmark {
  private static final DateTimeFormatter REQ_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AgentPaySimulator simulator;
  private AgentPayClient client;
  private OkHttpClient http;
  private String balanceUrl;
  private String merchantId;
  private String secret;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    simulator = AgentPaySimulator.start();
    merchantId = simulator.merchantId();
    secret = simulator.secretKey();
    balanceUrl = simulator.baseUrl() + "/api/agentpay/query_balance";
    client = AgentPayClient.builder()
        .baseUrl(simulator.baseUrl())
        .merchantId(merchantId)
        .secretKey(secret)
        .build();
    http = new OkHttpClient();

    AgentPayBalance b = client.balances().query();
    RawJdk.requireSame("SDK retCode", "SUCCESS", b.retCode());
    String body = okHttpBaseline();
    if (!body.contains("\"retCode\":\"SUCCESS\"")) {
      throw new IllegalStateException("the simulator refused the baseline's request: " + body);
    }
    RawJdk.requireSame("verified baseline's available paise", b.available().toMinorUnits(),
        okHttpBaselineVerified());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    simulator.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Benchmark
  public AgentPayBalance sdk() {
    return client.balances().query();
  }

  /** The minimum: sign, send, read the body. No check of the answer at all. */
  @Benchmark
  public String okHttpBaseline() throws IOException {
    String reqTime = REQ_TIME.format(ZonedDateTime.now(IST));
    String sign = RawJdk.md5Hex("mchId=" + merchantId + "&reqTime=" + reqTime + "&key=" + secret, true);
    FormBody form = new FormBody.Builder()
        .add("mchId", merchantId)
        .add("reqTime", reqTime)
        .add("sign", sign)
        .build();
    Request request = new Request.Builder().url(balanceUrl).post(form).build();
    try (Response response = http.newCall(request).execute()) {
      return response.body().string();
    }
  }

  /** The minimum plus what the SDK also does with the answer: parse, check retCode and signature, read the amount. */
  @Benchmark
  public long okHttpBaselineVerified() throws IOException {
    JsonNode answer = MAPPER.readTree(okHttpBaseline());
    if (!"SUCCESS".equals(answer.path("retCode").asText())) {
      throw new IllegalStateException("refused: " + answer);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : answer.properties()) {
      if (!f.getValue().isNull()) {
        fields.put(f.getKey(), f.getValue().asText());
      }
    }
    String expected = RawJdk.ruleA(fields, secret);
    String received = fields.getOrDefault("sign", "").toUpperCase(Locale.ROOT);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8))) {
      throw new IllegalStateException("bad signature on " + answer);
    }
    return answer.path("availableAmount").longValue();
  }
}
