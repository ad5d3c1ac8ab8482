package dev.paysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.sign.Keys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
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

class SignCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Vector(String name, String paramsJson, String canonical, String sign, String apiKey) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The official vectors, from this module's copy of the shared vectors file. */
  static Stream<Vector> vectors() throws IOException {
    JsonNode root;
    try (InputStream in = SignCommandTest.class.getResourceAsStream("/vectors/jeepay-md5-signature-vectors.json")) {
      root = JSON.readTree(in);
    }
    List<Vector> out = new ArrayList<>();
    for (JsonNode v : root.get("vectors")) {
      out.add(new Vector(v.get("name").asText(), v.get("params").toString(), v.get("canonical").asText(),
          v.get("sign").asText(), root.get("api_key").asText()));
    }
    return out.stream();
  }

  @Test
  void vectorsCopy_holdsTheEightOfficialVectors() throws IOException {
    assertThat(vectors().map(Vector::name)).containsExactly("normal", "zero", "null_empty", "mixed_case",
        "case_tie_prefix", "false_whitespace", "utf8_value", "old_sign");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void sign_reproducesEveryOfficialVector_canonicalAndSignature(Vector v) {
    // the file's "source": each vector's params get version, signType and reqTime before signing
    CliRun r = CliRun.run(v.paramsJson(), "sign", "--rule", "A", "--secret", v.apiKey(),
        "-p", "version=1.0", "-p", "signType=MD5", "-p", "reqTime=1700000000123", "--in", "-");

    assertThat(r.code).as(r.toString()).isZero();
    String canonicalWithoutKey = v.canonical().substring(0, v.canonical().length() - v.apiKey().length())
        + "<secret>";
    assertThat(r.value("canonical")).isEqualTo(canonicalWithoutKey);
    assertThat(r.value("sign")).isEqualTo(v.sign());
    r.printsNothingOf(v.apiKey());
  }

  @Test
  void gatewayAgentpay_signsTheDocumentsApplySample_asWrittenInTheDocument() {
    String sample = """
        POST /api/agentpay/apply
        mchId="LEtest067"
        mchOrderNo="202503110001"
        amount=10000
        currency="INR"
        phoneNumber="6888889999"
        payerEmail="123@test.com"
        accountName="12312312"
        accountNo="12312312"
        accountBankCode="BANK"
        remark="123123"
        notifyUrl="http://localhost:8081/api/pay/notifyUrl"
        extra="{"value":"AIRP0000001"}" // 12313 位置应该是ifsc的值
        """;
    String canonical = "accountBankCode=BANK&accountName=12312312&accountNo=12312312&amount=10000&currency=INR"
        + "&extra={\"value\":\"AIRP0000001\"}&mchId=LEtest067&mchOrderNo=202503110001"
        + "&notifyUrl=http://localhost:8081/api/pay/notifyUrl&payerEmail=123@test.com&phoneNumber=6888889999"
        + "&remark=123123&";

    CliRun r = CliRun.run(sample, "sign", "--gateway", "agentpay", "--secret", "doc-secret");

    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.value("canonical")).isEqualTo(canonical + "key=<secret>");
    assertThat(r.value("sign")).isEqualTo(TestDigests.md5Upper(canonical + "key=doc-secret"));
  }

  @Test
  void gatewayVexora_givesTheWorkedExampleOfTheProviderNotes() {
    CliRun r = CliRun.run("{\"to\":\"john.doe@email.com\",\"currency\":\"USD\",\"amount\":\"100\"}",
        "sign", "--gateway", "vexora", "--secret", "testsecret");

    assertThat(r.value("canonical")).isEqualTo("amount=100currency=USDto=john.doe@email.com<secret>");
    assertThat(r.value("sign")).isEqualTo("e77c599c189fbdf13acb228f60795cf0");
  }

  @Test
  void gatewayPen_signsTheTopLevelJsonFieldsExactlyAsWritten_forTheSignHeader() {
    CliRun r = CliRun.run("{\"amount\":150.00,\"nonceStr\":\"n1\",\"remark\":\"\",\"meta\":{\"a\": 1}}",
        "sign", "--gateway", "pen", "--secret", "pen-secret");

    assertThat(r.value("rule")).contains("pen, sent in the Sign header");
    assertThat(r.value("canonical")).isEqualTo("amount=150.00&meta={\"a\": 1}&nonceStr=n1&key=<secret>");
    assertThat(r.value("skipped")).isEqualTo("remark (empty)");
    assertThat(r.value("sign")).isEqualTo(TestDigests.md5Upper("amount=150.00&meta={\"a\": 1}&nonceStr=n1&key=pen-secret"));
  }

  @Test
  void gatewayHexpay_withAKey_signsRuleB_whichTheMatchingPublicKeyVerifies(@TempDir Path dir) throws Exception {
    KeyPair pair = TestKeys.MERCHANT;
    Path key = dir.resolve("merchant-private.pem");
    Files.writeString(key, Keys.toPem(pair.getPrivate()));
    String canonical = "appId=68760330a2cf0af37c52a073&mchNo=M1752564528&payOrderId=P1947491150220296193"
        + "&signType=RSA2&version=v1.0&";

    CliRun r = CliRun.run("GET /v1/hexpay/trade/query?mchNo=M1752564528&appId=68760330a2cf0af37c52a073"
        + "&payOrderId=P1947491150220296193&signType=RSA2&version=v1.0 HTTP/1.1\nHost: x\n\n",
        "sign", "--gateway", "hexpay", "--key", key.toString());

    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.value("canonical")).isEqualTo(canonical);
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initVerify(pair.getPublic());
    s.update(canonical.getBytes(StandardCharsets.UTF_8));
    assertThat(s.verify(Base64.getDecoder().decode(r.value("sign")))).isTrue();
    assertThat(r.out).doesNotContain("PRIVATE KEY");
  }

  @Test
  void invisibleCharacters_areShownInTheCanonicalString_andSignedAsTheyAre() {
    CliRun r = CliRun.run("{\"memo\":\"a\\u00a0b\\tc\",\"id\":\"\\u200b7\"}", "sign", "--rule", "A", "--secret", "k");

    assertThat(r.value("canonical")).isEqualTo("id=<U+200B>7&memo=a<U+00A0>b<TAB>c&key=<secret>");
    assertThat(r.value("note")).startsWith("3 invisible characters");
    assertThat(r.value("sign")).isEqualTo(TestDigests.md5Upper("id=\u200b7&memo=a\u00a0b\tc&key=k"));
  }

  @Test
  void secret_comesFromAFileOrAVariable_andIsNeverPrinted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("secret");
    Files.writeString(file, "file-secret\n");
    String expected = TestDigests.md5Upper("a=1&key=file-secret");

    CliRun fromFile = CliRun.run("a=1", "sign", "--rule", "A", "--secret-file", file.toString(), "-q", "--in", "-");
    CliRun fromEnv = CliRun.run(Map.of("MY_SECRET", "file-secret"), "", "sign", "--rule", "A", "--secret-env",
        "MY_SECRET", "-p", "a=1", "--quiet");

    assertThat(fromFile.out.strip()).isEqualTo(expected);
    assertThat(fromEnv.out.strip()).isEqualTo(expected);
    fromFile.printsNothingOf("file-secret");
    fromEnv.printsNothingOf("file-secret");
  }

  @Test
  void badInput_isOneLineWithoutStackTrace_exit2_andTheStackComesWithVerbose() {
    CliRun missing = CliRun.run("a=1", "sign", "--rule", "A");
    CliRun unset = CliRun.run("a=1", "sign", "--rule", "A", "--secret-env", "NOT_SET_ANYWHERE", "--verbose");
    CliRun badRule = CliRun.run("a=1", "sign", "--rule", "D", "--secret", "x");
    CliRun notJson = CliRun.run("{\"a\":", "sign", "--rule", "A", "--secret", "x");

    assertThat(missing.code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err.strip()).isEqualTo("paysdk sign: rule A signs with a secret: give it with "
        + "--secret-file FILE, --secret-env NAME or --secret");
    assertThat(unset.code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(unset.err).contains("the variable NOT_SET_ANYWHERE is not set").contains("\tat dev.paysdk.cli.");
    assertThat(badRule.err.lines().findFirst().orElseThrow()).isEqualTo(
        "paysdk sign: --rule must be A, B, B-compact or C, is 'D'");
    assertThat(notJson.code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(notJson.err.lines().count()).isEqualTo(1);
    assertThat(notJson.err).doesNotContain("\tat ");
  }

  @Test
  void usageErrors_exit2_andNameTheHelp() {
    CliRun both = CliRun.run("a=1", "sign", "--rule", "A", "--gateway", "pen", "--secret", "x");
    CliRun unknown = CliRun.run("", "sign", "--nope");

    assertThat(both.code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(both.err).contains("mutually exclusive").contains("see: paysdk sign --help");
    assertThat(unknown.code).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void everyCommandsHelp_hasAnExample_andTheExitCodes() {
    for (String[] cmd : new String[][] {{"sign"}, {"verify"}, {"simulate"}, {"webhook"}, {"webhook", "trigger"},
        {"webhook", "replay"}, {"call"}, {}}) {
      String[] args = Stream.concat(Stream.of(cmd), Stream.of("--help")).toArray(String[]::new);
      CliRun r = CliRun.run("", args);
      assertThat(r.code).as(String.join(" ", args)).isZero();
      assertThat(r.out).as(String.join(" ", args)).contains("Example").contains("Exit codes:").contains("paysdk ");
    }
  }
}
