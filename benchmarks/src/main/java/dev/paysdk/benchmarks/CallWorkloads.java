package dev.paysdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.agentpay.AgentPayBalance;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Money;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.vexora.DisbursementQueryResult;
import dev.paysdk.vexora.VexoraClient;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A whole gateway call over loopback against a {@link FixedAnswerServer} serving an answer the
 * gateway's simulator signed: the SDK's call (build, sign, send, read, verify, check, read into
 * {@code Money}) against the same call written by hand with the SDK's own OkHttp and Jackson (one
 * shared {@link OkHttpClient}, an {@link ObjectMapper} tree, the signature checked, the amount read).
 * Only the calling thread's CPU and allocation count: the server works on its own threads.
 */
final class CallWorkloads {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private CallWorkloads() {}

  /** AgentPay's balance query: a form post signed with rule A, a JSON answer signed with rule A. */
  static final class AgentPayBalance extends Workload {
    private static final DateTimeFormatter REQ_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final String PATH = "/api/agentpay/query_balance";

    private final FixedAnswerServer server;
    private final AgentPayClient client;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    /** The hand-written client with the SDK's default timeouts, a whole-call timeout included. */
    private final OkHttpClient timed = withSdkTimeouts();
    private final String url;
    private final String merchantId;
    private final String secret;

    AgentPayBalance() {
      this(new OkHttpClient(), true);
    }

    /** Both sides on {@code shared}: the SDK's transport wraps it, the hand-written code calls it. */
    AgentPayBalance(OkHttpClient shared) {
      this(shared, false);
    }

    private AgentPayBalance(OkHttpClient http, boolean ownsHttp) {
      super("agentPayBalance");
      this.http = http;
      this.ownsHttp = ownsHttp;
      String[] captured = capture();
      merchantId = captured[0];
      secret = captured[1];
      try {
        server = FixedAnswerServer.start().answer(PATH, "application/json", captured[2]);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      url = server.baseUrl() + PATH;
      client = ownsHttp
          ? AgentPayClient.builder().baseUrl(server.baseUrl()).merchantId(merchantId).secretKey(secret).build()
          : Throughput.client(http, server.baseUrl(), merchantId, secret);
      variant("sdk", () -> client.balances().query());
      variant("OkHttp + Jackson by hand", this::byHand);
      if (ownsHttp) {
        variant("by hand + SDK's timeouts", () -> byHand(timed));
      }
    }

    /** Merchant id, secret and a balance answer signed by the AgentPay simulator. */
    static String[] capture() {
      OkHttpClient h = new OkHttpClient();
      try (AgentPaySimulator sim = AgentPaySimulator.start()) {
        String reqTime = REQ_TIME.format(ZonedDateTime.now(IST));
        String sign = RawJdk.md5Hex("mchId=" + sim.merchantId() + "&reqTime=" + reqTime + "&key=" + sim.secretKey(),
            true);
        FormBody form = new FormBody.Builder().add("mchId", sim.merchantId()).add("reqTime", reqTime)
            .add("sign", sign).build();
        try (Response r = h.newCall(new Request.Builder().url(sim.baseUrl() + PATH).post(form).build()).execute()) {
          return new String[] {sim.merchantId(), sim.secretKey(), r.body().string()};
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } finally {
        h.dispatcher().executorService().shutdown();
        h.connectionPool().evictAll();
      }
    }

    private String post(OkHttpClient h, String target) throws IOException {
      String reqTime = REQ_TIME.format(ZonedDateTime.now(IST));
      String sign = RawJdk.md5Hex("mchId=" + merchantId + "&reqTime=" + reqTime + "&key=" + secret, true);
      FormBody form = new FormBody.Builder().add("mchId", merchantId).add("reqTime", reqTime).add("sign", sign).build();
      try (Response r = h.newCall(new Request.Builder().url(target).post(form).build()).execute()) {
        return r.body().string();
      }
    }

    /** Sign, send, parse, check retCode and signature, read the available amount in paise. */
    long byHand() throws IOException {
      return byHand(http);
    }

    long byHand(OkHttpClient h) throws IOException {
      JsonNode answer = MAPPER.readTree(post(h, url));
      if (!"SUCCESS".equals(answer.path("retCode").asText())) {
        throw new IllegalStateException("refused");
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
        throw new IllegalStateException("bad signature");
      }
      return answer.path("availableAmount").longValue();
    }

    @Override
    int opsPerRound() {
      return 1_000;
    }

    @Override
    void check() throws Exception {
      dev.paysdk.agentpay.AgentPayBalance b = client.balances().query();
      RawJdk.requireSame("available paise", b.available().toMinorUnits(), byHand());
    }

    @Override
    public void close() {
      client.close();
      server.close();
      timed.dispatcher().executorService().shutdown();
      if (ownsHttp) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
    }
  }

  /** Vexora's disbursement query: a JSON post signed with rule C, a JSON answer signed with rule C. */
  static final class VexoraQuery extends Workload {
    private static final MediaType JSON = MediaType.get("application/json");

    private final FixedAnswerServer server;
    private final VexoraClient client;
    private final OkHttpClient http = new OkHttpClient();
    private final OkHttpClient timed = withSdkTimeouts();
    private final String url;
    private final String merchantNo;
    private final String secret;
    private final String orderNo;

    VexoraQuery() {
      super("vexoraQuery");
      try (VexoraSimulator sim = VexoraSimulator.start()) {
        merchantNo = sim.merchantNo();
        secret = sim.appSecret();
        String region = URI.create(sim.baseUrl()).getPath();
        try (VexoraClient creator = VexoraClient.builder().baseUrl(sim.baseUrl()).merchantNo(merchantNo)
            .appSecret(secret).build()) {
          orderNo = creator.payouts().newMerchantOrderNo();
          creator.payouts().disburse(dev.paysdk.vexora.DisbursementRequest.builder()
              .merchantOrderNo(orderNo).amount(Money.of("150000", "IDR")).accountNo("880123456789012345")
              .mobile("081234567890").email("rizky.pratama@example.com").firstName("Rizky").lastName("Pratama")
              .notifyUrl("https://merchant.example/hooks/vexora").build());
        }
        String path = region + "/v1/vexora/queryPayOutResult";
        String answer = post(http, sim.baseUrl() + "/v1/vexora/queryPayOutResult");
        server = FixedAnswerServer.start().answer(path, "application/json", answer);
        url = server.baseUrl() + path;
        client = VexoraClient.builder().baseUrl(server.baseUrl() + region).merchantNo(merchantNo).appSecret(secret)
            .build();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      variant("sdk", () -> client.payouts().query(orderNo));
      variant("OkHttp + Jackson by hand", this::byHand);
      variant("by hand + SDK's timeouts", () -> byHand(timed));
    }

    private String post(OkHttpClient h, String target) throws IOException {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("tradeNo", orderNo);
      body.put("timestamp", Long.toString(System.currentTimeMillis()));
      body.put("sign", RawJdk.ruleC(body, secret));
      Request request = new Request.Builder().url(target).header("merchantNo", merchantNo)
          .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build();
      try (Response r = h.newCall(request).execute()) {
        return r.body().string();
      }
    }

    /** Sign, send, parse, check the code and the signature (top level or data), read the amount. */
    BigDecimal byHand() throws IOException {
      return byHand(http);
    }

    BigDecimal byHand(OkHttpClient h) throws IOException {
      JsonNode answer = MAPPER.readTree(post(h, url));
      if (!"0000".equals(answer.path("code").asText())) {
        throw new IllegalStateException("refused");
      }
      JsonNode signed = answer.has("sign") ? answer : answer.path("data");
      Map<String, String> fields = new TreeMap<>();
      for (Map.Entry<String, JsonNode> f : signed.properties()) {
        JsonNode v = f.getValue();
        if (!v.isNull()) {
          fields.put(f.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
      }
      String expected = RawJdk.ruleC(fields, secret);
      if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
          fields.getOrDefault("sign", "").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
        throw new IllegalStateException("bad signature");
      }
      JsonNode data = answer.path("data");
      if (!orderNo.equals(data.path("tradeNo").asText())) {
        throw new IllegalStateException("another order's answer");
      }
      return new BigDecimal(data.path("amount").asText());
    }

    @Override
    int opsPerRound() {
      return 1_000;
    }

    @Override
    void check() throws Exception {
      DisbursementQueryResult q = client.payouts().query(orderNo);
      RawJdk.requireSame("amount", 0, q.amount().amount().compareTo(byHand()));
    }

    @Override
    public void close() {
      client.close();
      server.close();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
      timed.dispatcher().executorService().shutdown();
    }
  }

  /**
   * A hand-written client with the SDK's default timeouts: connect and read, and a whole-call timeout,
   * which OkHttp enforces with a watchdog that every call enters and leaves (the SDK bounds every
   * attempt by its deadline this way).
   */
  static OkHttpClient withSdkTimeouts() {
    HttpOptions o = HttpOptions.defaults();
    return new OkHttpClient.Builder().connectTimeout(o.connectTimeout()).readTimeout(o.readTimeout())
        .writeTimeout(o.readTimeout()).callTimeout(o.callTimeout()).build();
  }
}
