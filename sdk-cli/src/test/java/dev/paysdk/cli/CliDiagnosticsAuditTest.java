package dev.paysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.sign.Keys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Audit of the diagnostics of {@code paysdk verify} and of {@code sign} against the shared official
 * vectors: per rule, a correctly signed message verifies (exit 0), and each single mistake gives exit 1
 * with an explanation that names that mistake, not the generic "none of the usual ones".
 */
class CliDiagnosticsAuditTest {
  private static final String SECRET = "audit-Secret-77";
  private static final String GENERIC = "none of the usual ones";
  private static final Path SHARED_VECTORS = Path.of("/work/shared/specs/vectors/jeepay-md5-signature-vectors.json");

  // ---------------------------------------------------------------- helpers

  private static String md5A(String fragments) {
    return TestDigests.md5Upper(fragments + "key=" + SECRET);
  }

  private static String md5C(String pairs) {
    return TestDigests.md5(pairs + SECRET);
  }

  private static String http(String target, String contentType, String body, String... headers) {
    StringBuilder sb = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: merchant.example\r\n");
    if (contentType != null) {
      sb.append("Content-Type: ").append(contentType).append("\r\n");
    }
    for (String h : headers) {
      sb.append(h).append("\r\n");
    }
    return sb.append("\r\n").append(body).toString();
  }

  private static CliRun agentpay(String input, String... extra) {
    return CliRun.run(input, concat(new String[] {"verify", "--gateway", "agentpay", "--secret", SECRET}, extra));
  }

  private static CliRun pen(String body, String sign, String... extra) {
    return CliRun.run(body, concat(new String[] {"verify", "--gateway", "pen", "--secret", SECRET, "-H", "Sign: " + sign},
        extra));
  }

  private static CliRun vexora(String input, String... extra) {
    return CliRun.run(input, concat(new String[] {"verify", "--gateway", "vexora", "--secret", SECRET}, extra));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void mismatchNaming(CliRun r, String... words) {
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.MISMATCH);
    assertThat(r.out).as(r.toString()).doesNotContain(GENERIC);
    String causes = String.join("\n", r.out.lines().filter(l -> l.startsWith("cause") || l.startsWith("expected")
        || l.startsWith("note") || l.startsWith("hint")).toList()).toLowerCase(java.util.Locale.ROOT);
    for (String w : words) {
      assertThat(causes).as("explanation names '" + w + "'\n" + r).contains(w.toLowerCase(java.util.Locale.ROOT));
    }
    r.printsNothingOf(SECRET);
  }

  private static void verified(CliRun r) {
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.value("result")).isEqualTo("VERIFIED");
    r.printsNothingOf(SECRET);
  }

  // ---------------------------------------------------------------- sign vs the shared vectors

  record Vector(String name, String params, String canonical, String sign, String key) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Vector> sharedVectors() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(SHARED_VECTORS));
    List<Vector> out = new ArrayList<>();
    for (JsonNode v : root.get("vectors")) {
      out.add(new Vector(v.get("name").asText(), v.get("params").toString(), v.get("canonical").asText(),
          v.get("sign").asText(), root.get("api_key").asText()));
    }
    return out.stream();
  }

  /** The vectors through --gateway agentpay (rule A by gateway name), as the JSON params with -p additions. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sharedVectors")
  void sign_gatewayAgentpay_matchesEverySharedVector_byteForByte(Vector v) {
    CliRun r = CliRun.run(v.params(), "sign", "--gateway", "agentpay", "--secret", v.key(), "--in", "-",
        "-p", "version=1.0", "-p", "signType=MD5", "-p", "reqTime=1700000000123");
    assertThat(r.code).as(r.toString()).isZero();
    String shown = v.canonical().substring(0, v.canonical().length() - v.key().length()) + "<secret>";
    assertThat(r.value("canonical")).isEqualTo(shown);
    assertThat(r.value("sign")).isEqualTo(v.sign());
    r.printsNothingOf(v.key());
  }

  /** The same vectors as a form body (the way AgentPay sends them), signature quiet. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sharedVectors")
  void sign_formBody_quiet_matchesEverySharedVector(Vector v) throws Exception {
    JsonNode p = new ObjectMapper().readTree(v.params());
    StringBuilder form = new StringBuilder("version=1.0&signType=MD5&reqTime=1700000000123");
    p.fields().forEachRemaining(e -> form.append('&').append(e.getKey()).append('=')
        .append(e.getValue().isNull() ? "" : java.net.URLEncoder.encode(e.getValue().asText(), StandardCharsets.UTF_8)));
    if (v.name().equals("null_empty")) {
      // a JSON null has no form spelling: leave 'absent' out entirely
      form.replace(0, form.length(), form.toString().replace("&absent=", ""));
    }
    CliRun r = CliRun.run(form.toString(), "sign", "--rule", "A", "--secret", v.key(), "-q");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out.strip()).isEqualTo(v.sign());
  }

  /** verify accepts each vector's own signature, and a tampered one is a mismatch. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sharedVectors")
  void verify_acceptsEverySharedVector(Vector v) {
    CliRun r = CliRun.run(v.params(), "verify", "--rule", "A", "--secret", v.key(), "--signature", v.sign(),
        "--query", "version=1.0&signType=MD5&reqTime=1700000000123");
    // query parameters are not merged into a JSON body: give them in the body instead
    String body = v.params().substring(0, v.params().length() - 1)
        + ",\"version\":\"1.0\",\"signType\":\"MD5\",\"reqTime\":1700000000123}";
    CliRun inBody = CliRun.run(body, "verify", "--rule", "A", "--secret", v.key(), "--signature", v.sign());
    assertThat(inBody.code).as(inBody.toString()).isZero();
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.MISMATCH);
    assertThat(r.out).contains("query string");
  }

  @Test
  void sign_vexoraWorkedExampleOfTheNotes_asNameValueLines() {
    CliRun r = CliRun.run("to=john.doe@email.com\ncurrency=USD\namount=100\n", "sign", "--gateway", "vexora",
        "--secret", "testsecret");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.value("canonical")).isEqualTo("amount=100currency=USDto=john.doe@email.com<secret>");
    assertThat(r.value("sign")).isEqualTo("e77c599c189fbdf13acb228f60795cf0");
  }

  // ---------------------------------------------------------------- rule A: AgentPay

  private static final String AP_FRAGMENTS = "accountName=Ravi K&amount=50000&mchId=LEaudit01&mchOrderNo=AUD-0042&";
  private static final String AP_FORM = "mchId=LEaudit01&mchOrderNo=AUD-0042&amount=50000&accountName=Ravi+K";

  @Test
  void ruleA_correctForm_verifies() {
    verified(agentpay(http("/api/agentpay/apply", "application/x-www-form-urlencoded",
        AP_FORM + "&sign=" + md5A(AP_FRAGMENTS))));
  }

  @Test
  void ruleA_correctForm_withLfOnlyLineEndings_verifies() {
    String req = http("/api/agentpay/apply", "application/x-www-form-urlencoded",
        AP_FORM + "&sign=" + md5A(AP_FRAGMENTS)).replace("\r\n", "\n");
    verified(agentpay(req));
  }

  @Test
  void ruleA_fieldInQueryInsteadOfBody_named() {
    String sign = md5A(AP_FRAGMENTS);
    CliRun r = agentpay(http("/api/agentpay/apply?accountName=Ravi+K", "application/x-www-form-urlencoded",
        "mchId=LEaudit01&mchOrderNo=AUD-0042&amount=50000&sign=" + sign));
    mismatchNaming(r, "query string", "accountName");
  }

  @Test
  void ruleA_fieldLeftOutOfTheSignature_named() {
    String sign = md5A("amount=50000&mchId=LEaudit01&mchOrderNo=AUD-0042&");
    mismatchNaming(agentpay(AP_FORM + "&sign=" + sign), "accountName was not signed");
  }

  @Test
  void ruleA_emptyValueIncluded_named_andExcluded_verifies() {
    String body = AP_FORM + "&remark=";
    mismatchNaming(agentpay(body + "&sign=" + md5A("accountName=Ravi K&amount=50000&mchId=LEaudit01&mchOrderNo=AUD-0042"
        + "&remark=&")), "empty", "remark");
    verified(agentpay(body + "&sign=" + md5A(AP_FRAGMENTS)));
  }

  @Test
  void ruleA_whitespaceAroundTheSecret_named() {
    String sign = md5A(AP_FRAGMENTS);
    CliRun r = CliRun.run(Map.of("AP_SECRET", SECRET + " "), AP_FORM + "&sign=" + sign, "verify", "--gateway", "agentpay",
        "--secret-env", "AP_SECRET");
    mismatchNaming(r, "whitespace around the secret");
  }

  @Test
  void ruleA_secretWithoutKeyEquals_named() {
    String sign = TestDigests.md5Upper(AP_FRAGMENTS + SECRET);
    mismatchNaming(agentpay(AP_FORM + "&sign=" + sign), "without key=");
  }

  @Test
  void ruleA_expected_wrongSecretVsWrongFieldSet() {
    String sentSign = md5A(AP_FRAGMENTS);
    String otherSecret = TestDigests.md5Upper(AP_FRAGMENTS + "key=" + SECRET + "X");
    CliRun wrongSecret = agentpay(AP_FORM + "&sign=" + sentSign, "--expected", otherSecret);
    assertThat(wrongSecret.code).as(wrongSecret.toString()).isEqualTo(ExitCode.OK);
    assertThat(wrongSecret.out).contains("WRONG SECRET, not a wrong field set");

    String fewerFields = md5A("amount=50000&mchId=LEaudit01&mchOrderNo=AUD-0042&");
    CliRun wrongSet = agentpay(AP_FORM + "&sign=" + sentSign, "--expected", fewerFields);
    assertThat(wrongSet.out).as(wrongSet.toString()).contains("WRONG FIELD SET").contains("accountName");
    wrongSet.printsNothingOf(SECRET);
  }

  /** The sender signed the value as it is written on the wire (percent-encoded), not its decoded text. */
  @Test
  void ruleA_urlEncodedValueSigned_named() {
    String sign = md5A("accountName=Ravi+K&amount=50000&mchId=LEaudit01&mchOrderNo=AUD-0042&");
    mismatchNaming(agentpay(AP_FORM + "&sign=" + sign), "encod");
  }

  /**
   * A duplicated field: the form carries amount twice; the sender signed the second value. Which
   * copy a verifier reads is the verifier's accident: verify refuses the message, naming the field.
   */
  @Test
  void ruleA_duplicatedField_named() {
    String sign = md5A("accountName=Ravi K&amount=70000&mchId=LEaudit01&mchOrderNo=AUD-0042&");
    CliRun r = agentpay(AP_FORM + "&amount=70000&sign=" + sign);
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err).contains("amount").contains("twice");
    assertThat(r.err.strip().lines().count()).isLessThanOrEqualTo(2);
  }

  /** A BOM at the start of a form body becomes part of the first field's name. */
  @Test
  void ruleA_bomAtTheStartOfTheBody_named() {
    String sign = md5A(AP_FRAGMENTS);
    mismatchNaming(agentpay("\uFEFF" + AP_FORM + "&sign=" + sign), "U+FEFF");
  }

  /** Lower-case hex for an upper-case rule: core compares hex case-insensitively (by design). */
  @Test
  void ruleA_lowerCaseHexSignature_isAcceptedCaseInsensitively() {
    CliRun r = agentpay(AP_FORM + "&sign=" + md5A(AP_FRAGMENTS).toLowerCase(java.util.Locale.ROOT));
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.OK);
  }

  // ---------------------------------------------------------------- PEN: rule A over the JSON body, Sign header

  private static final String PEN_BODY = "{\"amount\":75.10,\"accountNo\":\"00219100123456\",\"nonceStr\":\"nx81\"}";
  private static final String PEN_FRAGMENTS = "accountNo=00219100123456&amount=75.10&nonceStr=nx81&";

  @Test
  void pen_correct_verifies_andATrailingNewlineAfterJsonIsHarmless() {
    verified(pen(PEN_BODY, md5A(PEN_FRAGMENTS)));
    verified(pen(PEN_BODY + "\n", md5A(PEN_FRAGMENTS)));
    verified(pen(PEN_BODY + "\r\n", md5A(PEN_FRAGMENTS)));
  }

  @Test
  void pen_lostTrailingZero_named() {
    mismatchNaming(pen(PEN_BODY, md5A("accountNo=00219100123456&amount=75.1&nonceStr=nx81&")), "trailing zeros",
        "amount=75.1");
  }

  @Test
  void pen_fieldInQuery_named() {
    String body = "{\"amount\":75.10,\"nonceStr\":\"nx81\"}";
    CliRun r = CliRun.run(http("/webhooks/pen?accountNo=00219100123456", "application/json", body,
        "Sign: " + md5A(PEN_FRAGMENTS)), "verify", "--gateway", "pen", "--secret", SECRET);
    mismatchNaming(r, "query string", "accountNo");
  }

  /** Control: the same lost trailing zero without a digits-only string field (accountNo) is named. */
  @Test
  void pen_lostTrailingZero_withoutLeadingZeroDigitsField_named_control() {
    mismatchNaming(pen("{\"amount\":75.10,\"nonceStr\":\"nx81\"}", md5A("amount=75.1&nonceStr=nx81&")),
        "trailing zeros", "amount=75.1");
  }

  /** Control: spaces-only re-serialization of a nested object, with an amount that has no trailing zero. */
  @Test
  void pen_reserializedNestedObject_spacesChanged_noTrailingZeroAmount_named_control() {
    String body = "{\"amount\":75.15,\"nonceStr\":\"nx81\",\"payer\":{\"id\": \"9\", \"doc\": \"DNI\"}}";
    String sign = md5A("amount=75.15&nonceStr=nx81&payer={\"id\":\"9\",\"doc\":\"DNI\"}&");
    mismatchNaming(pen(body, sign), "re-serialized");
  }

  /** A nested object re-serialized with another key order (spaces unchanged). */
  @Test
  void pen_reserializedNestedObject_keyOrderChanged_named() {
    String body = "{\"amount\":75.10,\"nonceStr\":\"nx81\",\"payer\":{\"id\":\"9\",\"doc\":\"DNI\"}}";
    String sign = md5A("amount=75.10&nonceStr=nx81&payer={\"doc\":\"DNI\",\"id\":\"9\"}&");
    mismatchNaming(pen(body, sign), "re-serialized");
  }

  /** A nested object re-serialized with spaces removed. */
  @Test
  void pen_reserializedNestedObject_spacesChanged_named() {
    String body = "{\"amount\":75.10,\"nonceStr\":\"nx81\",\"payer\":{\"id\": \"9\", \"doc\": \"DNI\"}}";
    String sign = md5A("amount=75.10&nonceStr=nx81&payer={\"id\":\"9\",\"doc\":\"DNI\"}&");
    mismatchNaming(pen(body, sign), "re-serialized");
  }

  /** The body writes 1e2; the sender signed 100 (its plain form). */
  @Test
  void pen_numberWrittenWithExponent_named() {
    String body = "{\"amount\":1e2,\"nonceStr\":\"nx81\"}";
    mismatchNaming(pen(body, md5A("amount=100&nonceStr=nx81&")), "amount", "1e2");
  }

  /** The sender put the body's stale sign field into the canonical string. */
  @Test
  void pen_signFieldItselfIncluded_named() {
    String body = "{\"amount\":75.10,\"nonceStr\":\"nx81\",\"sign\":\"OLD\"}";
    mismatchNaming(pen(body, md5A("amount=75.10&nonceStr=nx81&sign=OLD&")), "sign");
    assertThat(pen(body, md5A("amount=75.10&nonceStr=nx81&sign=OLD&")).out).contains("sign=OLD");
  }

  /** A value with CRLF in the body; the sender signed it with LF (normalised line ends). */
  @Test
  void pen_crlfInAValue_signedAsLf_named() {
    String body = "{\"amount\":75.10,\"nonceStr\":\"nx81\",\"remark\":\"line1\\r\\nline2\"}";
    mismatchNaming(pen(body, md5A("amount=75.10&nonceStr=nx81&remark=line1\nline2&")), "CR");
  }

  /** A duplicated JSON key: the sender signed the first of the two values. */
  @Test
  void pen_duplicatedJsonKey_namedOrRefused() {
    String body = "{\"amount\":75.10,\"nonceStr\":\"nx81\",\"amount\":80.00}";
    CliRun r = pen(body, md5A("amount=75.10&nonceStr=nx81&"));
    if (r.code == ExitCode.BAD_INPUT) {
      assertThat(r.err.strip().lines().count()).isLessThanOrEqualTo(2);
      assertThat(r.err.toLowerCase(java.util.Locale.ROOT)).contains("amount");
      return;
    }
    mismatchNaming(r, "amount", "twice");
  }

  /** A BOM before the JSON body. */
  @Test
  void pen_bomBeforeJson_namedNotMisread() {
    CliRun r = pen("\uFEFF" + PEN_BODY, md5A(PEN_FRAGMENTS));
    // either it reads the JSON (and says there is a BOM) or it refuses with a one-line message naming it
    assertThat(r.out + r.err).as(r.toString()).containsAnyOf("BOM", "U+FEFF", "byte order mark");
  }

  // ---------------------------------------------------------------- rule C: Vexora

  private static final String VX_BODY_NO_SIGN = "{\"tradeNo\":\"VX-881\",\"amount\":\"250.00\",\"mobile\":\"0812000111\","
      + "\"timestamp\":\"1767000000\"";
  private static final String VX_PAIRS = "amount=250.00mobile=0812000111timestamp=1767000000tradeNo=VX-881";

  private static String vx(String sign) {
    return VX_BODY_NO_SIGN + ",\"sign\":\"" + sign + "\"}";
  }

  @Test
  void ruleC_correct_verifies() {
    verified(vexora(vx(md5C(VX_PAIRS))));
  }

  @Test
  void ruleC_lostTrailingZeros_inAStringAmount_named() {
    mismatchNaming(vexora(vx(md5C("amount=250mobile=0812000111timestamp=1767000000tradeNo=VX-881"))),
        "trailing zeros");
  }

  /** Control: the same Vexora message without the digits-only mobile field: the lost zeros are named. */
  @Test
  void ruleC_lostTrailingZeros_withoutLeadingZeroDigitsField_named_control() {
    String body = "{\"tradeNo\":\"VX-881\",\"amount\":\"250.00\",\"timestamp\":\"1767000000\",\"sign\":\""
        + md5C("amount=250timestamp=1767000000tradeNo=VX-881") + "\"}";
    mismatchNaming(vexora(body), "trailing zeros");
  }

  @Test
  void ruleC_fieldLeftOut_andEmptyKept_named() {
    mismatchNaming(vexora(vx(md5C("amount=250.00timestamp=1767000000tradeNo=VX-881"))), "mobile was not signed");
    String withEmpty = VX_BODY_NO_SIGN + ",\"remark\":\"\",\"sign\":\""
        + md5C("amount=250.00mobile=0812000111remark=timestamp=1767000000tradeNo=VX-881") + "\"}";
    mismatchNaming(vexora(withEmpty), "empty", "remark");
  }

  @Test
  void ruleC_fieldInQuery_named() {
    String body = "{\"tradeNo\":\"VX-881\",\"amount\":\"250.00\",\"timestamp\":\"1767000000\",\"sign\":\""
        + md5C(VX_PAIRS) + "\"}";
    CliRun r = vexora(http("/webhooks/vexora?mobile=0812000111", "application/json", body));
    mismatchNaming(r, "query string", "mobile");
  }

  @Test
  void ruleC_expected_wrongSecretVsWrongFieldSet() {
    String sent = md5C(VX_PAIRS);
    CliRun wrongSecret = vexora(vx(sent), "--expected", TestDigests.md5(VX_PAIRS + "another-secret"));
    assertThat(wrongSecret.out).as(wrongSecret.toString()).contains("WRONG SECRET");
    CliRun wrongSet = vexora(vx(sent), "--expected",
        md5C("amount=250.00mobile=0812000111tradeNo=VX-881"));
    assertThat(wrongSet.out).as(wrongSet.toString()).contains("WRONG FIELD SET").contains("timestamp");
  }

  /** Rule C signed with the rule A shape (key= before the secret): a common copy-paste mistake. */
  @Test
  void ruleC_upperCaseHex_isAcceptedCaseInsensitively() {
    CliRun r = vexora(vx(md5C(VX_PAIRS).toUpperCase(java.util.Locale.ROOT)));
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.OK);
  }

  // ---------------------------------------------------------------- rule B: Hexpay RSA2, and its MD5 answers

  private static Path platformKey(Path dir) throws Exception {
    Path key = dir.resolve("platform.pem");
    Files.writeString(key, Keys.toPem(TestKeys.PLATFORM.getPrivate()));
    return key;
  }

  private static String rsa(String canonical) throws Exception {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(TestKeys.PLATFORM.getPrivate());
    s.update(canonical.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(s.sign());
  }

  private static final String HX_FORM = "mchNo=M77&appId=66aa01&payOrderId=P900&amount=12.50&state=2&signType=RSA2"
      + "&version=v1.0";
  private static final String HX_CANON = "amount=12.50&appId=66aa01&mchNo=M77&payOrderId=P900&signType=RSA2&state=2"
      + "&version=v1.0&";

  private static CliRun hexpay(Path dir, String input, String... extra) throws Exception {
    return CliRun.run(input, concat(new String[] {"verify", "--gateway", "hexpay", "--key", platformKey(dir).toString()},
        extra));
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void ruleB_correctWebhook_verifies(@TempDir Path dir) throws Exception {
    CliRun r = hexpay(dir, http("/webhooks/hexpay", "application/x-www-form-urlencoded",
        HX_FORM + "&sign=" + enc(rsa(HX_CANON))));
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.OK);
  }

  @Test
  void ruleB_lostTrailingZeros_named(@TempDir Path dir) throws Exception {
    String sign = rsa(HX_CANON.replace("amount=12.50", "amount=12.5"));
    CliRun r = hexpay(dir, HX_FORM + "&sign=" + enc(sign));
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.MISMATCH);
    assertThat(r.out).doesNotContain(GENERIC).contains("trailing zeros");
  }

  @Test
  void ruleB_fieldLeftOut_andCompactForm_named(@TempDir Path dir) throws Exception {
    CliRun left = hexpay(dir, HX_FORM + "&sign=" + enc(rsa(HX_CANON.replace("state=2&", ""))));
    assertThat(left.out).as(left.toString()).contains("state was not signed");
    CliRun compact = hexpay(dir, HX_FORM + "&sign=" + enc(rsa("amount=12.50&appId=66aa01&mchNo=M77&payOrderId=P900"
        + "&state=2&version=v1.0")));
    assertThat(compact.out).as(compact.toString()).contains("B-compact");
  }

  @Test
  void ruleB_fieldInQuery_named(@TempDir Path dir) throws Exception {
    CliRun r = hexpay(dir, http("/webhooks/hexpay?state=2", "application/x-www-form-urlencoded",
        HX_FORM.replace("&state=2", "") + "&sign=" + enc(rsa(HX_CANON))));
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.MISMATCH);
    assertThat(r.out).contains("query string").contains("state");
  }

  /** The sign value arrives with '+' decoded to a space (the sender did not URL-encode the base64). */
  @Test
  void ruleB_unencodedBase64Signature_named(@TempDir Path dir) throws Exception {
    String sign = rsa(HX_CANON);
    org.junit.jupiter.api.Assumptions.assumeTrue(sign.contains("+"), "signature has no '+' this run");
    CliRun r = hexpay(dir, HX_FORM + "&sign=" + sign);
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.MISMATCH);
    assertThat(r.out + r.err).as(r.toString()).containsAnyOf("encod", "+", "space");
  }

  @Test
  void hexpayMd5Answer_correct_andLostTrailingZeros(@TempDir Path dir) throws Exception {
    String data = "\"amount\":30.00,\"payOrderId\":\"P77\",\"state\":2";
    String fr = "amount=30.00&payOrderId=P77&state=2&";
    String ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"code\":0,\"msg\":\"SUCCESS\",\"data\":{"
        + data + ",\"sign\":\"" + md5A(fr) + "\"}}";
    CliRun r = CliRun.run(ok, "verify", "--gateway", "hexpay", "--secret", SECRET);
    verified(r);
    assertThat(r.value("signed")).contains("the answer's data object");
    String bad = ok.replace(md5A(fr), md5A("amount=30&payOrderId=P77&state=2&"));
    mismatchNaming(CliRun.run(bad, "verify", "--gateway", "hexpay", "--secret", SECRET), "trailing zeros",
        "amount=30");
  }

  // ---------------------------------------------------------------- bad input: exit 2, one line

  static Stream<org.junit.jupiter.params.provider.Arguments> badInputs() {
    String missing = "/nonexistent-dir-audit/missing.http";
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("truncated JSON",
            new String[] {"{\"a\":1,", "verify", "--gateway", "pen", "--secret", SECRET, "-H", "Sign: X"}),
        org.junit.jupiter.params.provider.Arguments.of("unknown gateway",
            new String[] {"a=1", "verify", "--gateway", "paypal", "--secret", SECRET}),
        org.junit.jupiter.params.provider.Arguments.of("no secret",
            new String[] {"a=1&sign=AA", "verify", "--gateway", "agentpay"}),
        org.junit.jupiter.params.provider.Arguments.of("-H without colon",
            new String[] {"a=1&sign=AA", "verify", "--gateway", "agentpay", "--secret", SECRET, "-H", "NoColonHere"}),
        org.junit.jupiter.params.provider.Arguments.of("unknown rule",
            new String[] {"a=1&sign=AA", "verify", "--rule", "Z", "--secret", SECRET}),
        org.junit.jupiter.params.provider.Arguments.of("missing --in file",
            new String[] {"a=1&sign=AA", "verify", "--gateway", "agentpay", "--secret", SECRET, "--in", missing}),
        org.junit.jupiter.params.provider.Arguments.of("missing --key file",
            new String[] {"a=1", "verify", "--gateway", "hexpay", "--key", missing, "--signature", "QUJD"}),
        org.junit.jupiter.params.provider.Arguments.of("non-header line in request",
            new String[] {"POST /x HTTP/1.1\r\nHost: a\r\nnot a header\r\n\r\na=1", "verify", "--gateway",
                "agentpay", "--secret", SECRET}),
        org.junit.jupiter.params.provider.Arguments.of("--expected without value",
            new String[] {"", "verify", "--gateway", "agentpay", "--secret", SECRET, "--expected"}),
        org.junit.jupiter.params.provider.Arguments.of("blank secret (spaces only)",
            new String[] {"a=1&sign=AA", "verify", "--gateway", "agentpay", "--secret", "   "}),
        org.junit.jupiter.params.provider.Arguments.of("sign: plain text",
            new String[] {"just text", "sign", "--gateway", "agentpay", "--secret", SECRET}),
        org.junit.jupiter.params.provider.Arguments.of("sign: empty input",
            new String[] {"", "sign", "--gateway", "agentpay", "--secret", SECRET}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInput_exit2_oneLine_noSecret(String name, String[] stdinAndArgs) {
    CliRun r = CliRun.run(stdinAndArgs[0], java.util.Arrays.copyOfRange(stdinAndArgs, 1, stdinAndArgs.length));
    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
    List<String> lines = r.err.lines().filter(l -> !l.startsWith("see: ")).toList();
    assertThat(lines).as(r.toString()).hasSize(1);
    assertThat(lines.get(0)).as(r.toString()).startsWith("paysdk ");
    assertThat(r.err).doesNotContain("\tat ");
    r.printsNothingOf(SECRET);
  }
}
