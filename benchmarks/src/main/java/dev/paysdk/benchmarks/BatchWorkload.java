package dev.paysdk.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.core.Money;
import dev.paysdk.hexpay.BatchPayoutRecord;
import dev.paysdk.hexpay.BatchPayoutUpload;
import dev.paysdk.hexpay.BatchUploadResult;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayNetwork;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A Hexpay batch payout upload of 10,000 records (RSA2, the default): the SDK's
 * {@code batchPayouts().upload} against the same request built and sent by hand with the SDK's own
 * Jackson (a streaming {@link JsonGenerator}) and OkHttp, both answered by a {@link FixedAnswerServer}
 * with a signed answer to this very upload. {@link #check()} requires that
 * both send the same bytes and read the same batch.
 */
final class BatchWorkload extends Workload {
  static final int RECORDS = 10_000;
  private static final String PATH = "/v1/hexpay/batchPayment/upload";
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  private final BatchPayoutUpload upload;
  private final FixedAnswerServer server;
  private final HexpayClient client;
  private final OkHttpClient http = new OkHttpClient();
  private final String url;
  private final String mchNo;
  private final String appId;
  private final PrivateKey merchantKey;
  private final PublicKey platformKey;

  BatchWorkload() {
    this(RECORDS);
  }

  BatchWorkload(int records) {
    super("hexpayBatch");
    upload = upload(records);
    mchNo = "M1752564528";
    appId = "app-0001";
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      KeyPair merchant = g.generateKeyPair();
      KeyPair platform = g.generateKeyPair();
      merchantKey = merchant.getPrivate();
      platformKey = platform.getPublic();
      server = FixedAnswerServer.start().answer(PATH, "application/json", answer(platform.getPrivate()))
          .keepBodies(PATH);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    url = server.baseUrl() + PATH;
    client = HexpayClient.builder().baseUrl(server.baseUrl()).mchNo(mchNo).appId(appId)
        .merchantPrivateKey(merchantKey).platformPublicKey(platformKey).build();
    variant("sdk", () -> client.batchPayouts().upload(upload));
    variant("Jackson + OkHttp by hand", this::byHand);
  }

  /**
   * The gateway's answer to this upload, in the document's shape, signed over its {@code data} fields
   * with the platform key. (The Hexpay simulator caps a batch at 1,000 records, so it cannot sign the
   * answer to 10,000; the fixed server does not read the request.)
   */
  private String answer(PrivateKey platform) throws GeneralSecurityException {
    BigDecimal total = BigDecimal.ZERO;
    for (BatchPayoutRecord r : upload.records()) {
      total = total.add(r.amount().amount());
    }
    Map<String, String> data = new LinkedHashMap<>();
    data.put("batchNo", "BP2025090514302500001");
    data.put("totalCount", Integer.toString(upload.records().size()));
    data.put("totalAmount", "[{\"currency\":\"USDT\",\"amount\":" + plain(total) + "}]");
    data.put("applyTime", "2025-09-05 14:30:25");
    data.put("checkErrorList", "[]");
    data.put("checkBalanceList", "[]");
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(platform);
    s.update(RawJdk.sortedFragments(data).getBytes(StandardCharsets.UTF_8));
    String sign = Base64.getEncoder().encodeToString(s.sign());
    return "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":{\"batchNo\":\"" + data.get("batchNo") + "\",\"totalCount\":"
        + data.get("totalCount") + ",\"totalAmount\":" + data.get("totalAmount") + ",\"applyTime\":\""
        + data.get("applyTime") + "\",\"checkErrorList\":[],\"checkBalanceList\":[]},\"sign\":\"" + sign + "\"}";
  }

  static BatchPayoutUpload upload(int n) {
    List<BatchPayoutRecord> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String address = "0x" + String.format("%040x", 0x5eed_0000_0000L + i * 7919L);
      Money amount = Money.of(BigDecimal.valueOf(1_000 + (i % 5_000) * 37L, 2 + i % 3), "USDT");
      records.add(new BatchPayoutRecord(address, amount, HexpayNetwork.ETHEREUM,
          i % 4 == 0 ? "payroll 2025-09 line " + i : null, null));
    }
    return BatchPayoutUpload.of("payroll 2025-09 #0001", records);
  }

  /** The request body, written by hand: records once, the signature over the sorted fragments, the body. */
  byte[] body() throws IOException, GeneralSecurityException {
    StringWriter recordsText = new StringWriter();
    try (JsonGenerator g = JSON_FACTORY.createGenerator(recordsText)) {
      g.writeStartArray();
      for (BatchPayoutRecord r : upload.records()) {
        g.writeStartObject();
        g.writeStringField("recipientAddress", r.recipientAddress());
        g.writeFieldName("paymentAmount");
        g.writeNumber(plain(r.amount().amount()));
        g.writeStringField("paymentCurrency", r.amount().currency());
        g.writeStringField("networkType", r.network().wireName());
        if (r.remarks() != null) {
          g.writeStringField("remarks", r.remarks());
        }
        if (r.addressTag() != null) {
          g.writeStringField("addressTag", r.addressTag());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    String records = recordsText.toString();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("mchNo", mchNo);
    fields.put("appId", appId);
    fields.put("records", records);
    fields.put("purpose", upload.purpose());
    fields.put("signType", "RSA2");
    fields.put("version", "v1.0");
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(merchantKey);
    s.update(RawJdk.sortedFragments(fields).getBytes(StandardCharsets.UTF_8));
    String sign = Base64.getEncoder().encodeToString(s.sign());
    StringWriter body = new StringWriter();
    try (JsonGenerator g = JSON_FACTORY.createGenerator(body)) {
      g.writeStartObject();
      g.writeStringField("mchNo", mchNo);
      g.writeStringField("appId", appId);
      g.writeFieldName("records");
      g.writeRawValue(records);
      g.writeStringField("purpose", upload.purpose());
      g.writeStringField("signType", "RSA2");
      g.writeStringField("version", "v1.0");
      g.writeStringField("sign", sign);
      g.writeEndObject();
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String plain(BigDecimal amount) {
    BigDecimal s = amount.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** Build, sign, send; parse the answer, verify its signature over data, check the count, read the batch number. */
  String byHand() throws Exception {
    JsonNode answer;
    try (Response r = http.newCall(new Request.Builder().url(url).header("Accept", "application/json")
        .post(RequestBody.create(body(), JSON)).build()).execute()) {
      answer = CallWorkloads.MAPPER.readTree(r.body().bytes());
    }
    if (answer.path("code").asInt(-1) != 0) {
      throw new IllegalStateException("refused");
    }
    JsonNode data = answer.path("data");
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : data.properties()) {
      JsonNode v = f.getValue();
      if (!v.isNull()) {
        fields.put(f.getKey(), v.isValueNode() ? v.asText() : v.toString());
      }
    }
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initVerify(platformKey);
    s.update(RawJdk.sortedFragments(fields).getBytes(StandardCharsets.UTF_8));
    if (!s.verify(Base64.getDecoder().decode(answer.path("sign").asText()))) {
      throw new IllegalStateException("bad signature");
    }
    if (data.path("totalCount").asInt() != upload.records().size()) {
      throw new IllegalStateException("the answer counts other records");
    }
    return data.path("batchNo").asText();
  }

  @Override
  int opsPerRound() {
    return 5;
  }

  @Override
  void check() throws Exception {
    BatchUploadResult sdk = client.batchPayouts().upload(upload);
    byte[] sdkBytes = server.lastBody(PATH);
    String batchNo = byHand();
    byte[] handBytes = server.lastBody(PATH);
    RawJdk.requireSame("batch number", sdk.batchNo(), batchNo);
    RawJdk.requireSame("request body size", sdkBytes.length, handBytes.length);
    RawJdk.requireSame("request body bytes", true, java.util.Arrays.equals(sdkBytes, handBytes));
    RawJdk.requireSame("records counted", upload.records().size(), Objects.requireNonNull(sdk.totalCount()));
  }

  @Override
  public void close() {
    client.close();
    server.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
