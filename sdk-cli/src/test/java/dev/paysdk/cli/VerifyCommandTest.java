package dev.paysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify}: verified, mismatch and bad input, and the causes it explains on crafted messages. */
class VerifyCommandTest {
  private static final String SECRET = "merchant-secret";

  private static String request(String target, String contentType, String body, String... headers) {
    StringBuilder sb = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    if (contentType != null) {
      sb.append("Content-Type: ").append(contentType).append("\r\n");
    }
    for (String h : headers) {
      sb.append(h).append("\r\n");
    }
    return sb.append("\r\n").append(body).toString();
  }

  @Test
  void aCorrectlySignedCallback_verifies_exit0() {
    String canonical = "amount=20000&fee=900&mchOrderNo=T1&status=2&";
    String sign = TestDigests.md5Upper(canonical + "key=" + SECRET);
    String callback = request("/notify?amount=20000&mchOrderNo=T1&fee=900&sign=" + sign + "&status=2",
        "application/x-www-form-urlencoded", "");

    CliRun r = CliRun.run(callback, "verify", "--gateway", "agentpay", "--secret", SECRET);

    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.value("result")).isEqualTo("VERIFIED");
    assertThat(r.value("signed")).isEqualTo("4 fields from the URL query string: amount, mchOrderNo, fee, status");
    assertThat(r.value("skipped")).isEqualTo("sign (the signature itself)");
    r.printsNothingOf(SECRET);
  }

  @Test
  void aFieldThatTravelledInTheQueryString_isNamedAsTheCause() {
    // the sender signed remark with the body fields, but put it in the URL
    String sign = TestDigests.md5Upper("amount=10000&mchId=LEtest067&mchOrderNo=A1&remark=hello&key=" + SECRET);
    String req = request("/api/agentpay/apply?remark=hello", "application/x-www-form-urlencoded",
        "mchId=LEtest067&mchOrderNo=A1&amount=10000&sign=" + sign);

    CliRun r = CliRun.run(req, "verify", "--gateway", "agentpay", "--secret", SECRET);

    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.MISMATCH);
    assertThat(r.value("signed")).isEqualTo("3 fields from the form body: mchId, mchOrderNo, amount");
    assertThat(r.value("cause")).startsWith("a field travelled in the query string instead of the body: the "
        + "signature covers remark from the URL query string");
  }

  @Test
  void aNumberThatLostItsTrailingZeros_isNamedAsTheCause_inBothDirections() {
    String body = "{\"amount\":100.50,\"mchOrderNo\":\"P1\",\"orderStatus\":\"SUCCESS\"}";
    String signedWithout = TestDigests.md5Upper("amount=100.5&mchOrderNo=P1&orderStatus=SUCCESS&key=" + SECRET);
    String padded = "{\"amount\":100,\"mchOrderNo\":\"P1\",\"orderStatus\":\"SUCCESS\"}";
    String signedWith = TestDigests.md5Upper("amount=100.00&mchOrderNo=P1&orderStatus=SUCCESS&key=" + SECRET);

    CliRun before = CliRun.run(request("/webhooks/pen", "application/json", body, "Sign: " + signedWithout),
        "verify", "--gateway", "pen", "--secret", SECRET);
    CliRun after = CliRun.run(padded, "verify", "--gateway", "pen", "--secret", SECRET, "-H", "Sign: " + signedWith);

    assertThat(before.code).as(before.toString()).isEqualTo(ExitCode.MISMATCH);
    assertThat(before.value("signature")).isEqualTo(signedWithout + " (header Sign)");
    assertThat(before.value("cause")).startsWith("a number lost its trailing zeros before it was signed: the signature "
        + "covers amount=100.5 (the message has 100.50)");
    assertThat(before.out).doesNotContain("re-serialized");
    assertThat(after.code).isEqualTo(ExitCode.MISMATCH);
    assertThat(after.value("cause")).startsWith("a number lost its trailing zeros after it was signed: the signature "
        + "covers amount=100.00 (the message has 100)");
  }

  @Test
  void aReSerializedJsonBody_isNamedAsTheCause() {
    // the body as received has a nested object with spaces; the signer signed a library's compact re-serialization
    String body = "{\"mchNo\":\"M1\",\"goods\":{\"goodsName\": \"Pen\", \"qty\": 1},\"tradeNo\":\"T9\",\"sign\":\"%s\"}";
    String sign = TestDigests.md5("goods={\"goodsName\":\"Pen\",\"qty\":1}mchNo=M1tradeNo=T9" + SECRET);

    CliRun r = CliRun.run(String.format(body, sign), "verify", "--gateway", "vexora", "--secret", SECRET);

    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.MISMATCH);
    assertThat(r.value("cause")).startsWith("a re-serialized JSON body: the signature matches the fields as a JSON "
        + "library re-writes them (goods {\"goodsName\": \"Pen\", \"qty\": 1} -> {\"goodsName\":\"Pen\",\"qty\":1})");
  }

  @Test
  void withTheExpectedSignature_aWrongSecretIsToldFromAWrongFieldSet() {
    String body = "{\"amount\":\"100\",\"remark\":\"r1\",\"tradeNo\":\"T1\"}";
    String senderSign = TestDigests.md5("amount=100remark=r1tradeNo=T1" + "old-secret");
    String gatewayWithOtherSecret = TestDigests.md5("amount=100remark=r1tradeNo=T1" + "gateway-secret");
    String gatewayWithoutRemark = TestDigests.md5("amount=100tradeNo=T1" + SECRET);

    CliRun wrongSecret = CliRun.run(body, "verify", "--rule", "C", "--secret", SECRET, "--signature", senderSign,
        "--expected", gatewayWithOtherSecret);
    CliRun wrongFields = CliRun.run(body, "verify", "--rule", "C", "--secret", SECRET, "--signature", senderSign,
        "--expected", gatewayWithoutRemark);

    assertThat(wrongSecret.code).isEqualTo(ExitCode.MISMATCH);
    assertThat(wrongSecret.value("expected")).startsWith("WRONG SECRET, not a wrong field set");
    assertThat(wrongFields.code).isEqualTo(ExitCode.MISMATCH);
    assertThat(wrongFields.value("expected")).startsWith("WRONG FIELD SET, not a wrong secret")
        .contains("remark was not signed");
    wrongSecret.printsNothingOf(SECRET);
  }

  @Test
  void withoutTheExpectedSignature_anUnexplainedMismatchSaysHowToTellSecretFromFields() {
    String body = "{\"amount\":\"100\",\"tradeNo\":\"T1\",\"sign\":\"" + TestDigests.md5("amount=100tradeNo=T1x") + "\"}";

    CliRun r = CliRun.run(body, "verify", "--gateway", "vexora", "--secret", SECRET);

    assertThat(r.code).isEqualTo(ExitCode.MISMATCH);
    assertThat(r.value("cause")).startsWith("none of the usual ones");
    assertThat(r.value("hint")).contains("--expected");
  }

  @Test
  void aSecretFileWithASpace_isNamedAsTheCause(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("secret");
    Files.writeString(file, SECRET + " \n");
    String body = "{\"amount\":\"100\",\"tradeNo\":\"T1\",\"sign\":\"" + TestDigests.md5("amount=100tradeNo=T1" + SECRET)
        + "\"}";

    CliRun r = CliRun.run(body, "verify", "--gateway", "vexora", "--secret-file", file.toString());

    assertThat(r.value("cause")).startsWith("whitespace around the secret");
  }

  @Test
  void theHexpayDocumentsQueryAnswer_isVerifiedOverItsDataFieldsExactlyAsWritten() throws IOException {
    String doc;
    try (InputStream in = getClass().getResourceAsStream("/hexpay/trade-query-response.json")) {
      doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // the canonical string of the document's answer: its data fields, amounts and goods exactly as written
    String canonical = "amount=0.001000&createdAt=2025-07-22 10:57:27"
        + "&goods={\n\"goodsDetail\": \"MacBook Pro 14-inch\",\n\"goodsName\": \"MacBook Pro 14-inch\",\n"
        + "\"goodsType\": \"MacBook\"\n}"
        + "&mchName=GlobalGoods&mchNo=M1752564528&mchOrderNo=ypSp0IpG5on6&mchUserId=illvBhVGuri7"
        + "&payOrderId=P1947491150220296193&paySuccessTime=2025-07-22 11:01:30&realNetwork=Solana"
        + "&realPayAmount=0.001000&realPayCurrency=USDC&refundAmount=0.000000&state=2"
        + "&updatedAt=2025-07-22 10:57:27&wayCode=QrCode&";
    String answer = doc.replace("54F8ADD6BD9BC8867DCB319329F587FE", TestDigests.md5Upper(canonical + "key=app-secret"));

    CliRun r = CliRun.run("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + answer,
        "verify", "--gateway", "hexpay", "--secret", "app-secret");

    assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.value("rule")).startsWith("A:");
    assertThat(r.value("signed")).startsWith("16 fields from the answer's data object");
    assertThat(r.value("canonical")).isEqualTo(Visible.of(canonical) + "key=<secret>");
  }

  @Test
  void noSignature_isAMismatch_andMalformedInputIsBadInput() {
    CliRun none = CliRun.run("{\"amount\":\"100\"}", "verify", "--gateway", "vexora", "--secret", SECRET);
    CliRun badHeader = CliRun.run("POST /x HTTP/1.1\nHost: a\nnot a header\n\n{}", "verify", "--gateway", "pen",
        "--secret", SECRET);

    assertThat(none.code).isEqualTo(ExitCode.MISMATCH);
    assertThat(none.value("result")).isEqualTo("MISMATCH: the message carries no signature");
    assertThat(badHeader.code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(badHeader.err.strip()).startsWith("paysdk verify: line 3 is not a header");
  }

  @Test
  void aHexpayRsa2Webhook_verifiesWithThePlatformKey_andTheOtherCanonicalFormIsNamed(@TempDir Path dir)
      throws Exception {
    Path key = dir.resolve("platform-public.pem");
    Files.writeString(key, dev.paysdk.core.sign.Keys.toPem(TestKeys.PLATFORM.getPublic()));
    java.util.function.Function<String, String> rsa = canonical -> {
      try {
        java.security.Signature s = java.security.Signature.getInstance("SHA256withRSA");
        s.initSign(TestKeys.PLATFORM.getPrivate());
        s.update(canonical.getBytes(StandardCharsets.UTF_8));
        return java.net.URLEncoder.encode(java.util.Base64.getEncoder().encodeToString(s.sign()), StandardCharsets.UTF_8);
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    };
    String form = "payOrderId=P1&amount=25.50&mchOrderNo=HX-1&signType=RSA2&state=2";
    String full = "amount=25.50&mchOrderNo=HX-1&payOrderId=P1&signType=RSA2&state=2&";
    String compact = "amount=25.50&mchOrderNo=HX-1&payOrderId=P1&state=2";

    CliRun ok = CliRun.run(request("/webhooks/hexpay", "application/x-www-form-urlencoded", form + "&sign="
        + rsa.apply(full)), "verify", "--gateway", "hexpay", "--key", key.toString());
    CliRun otherForm = CliRun.run(request("/webhooks/hexpay", "application/x-www-form-urlencoded", form + "&sign="
        + rsa.apply(compact)), "verify", "--gateway", "hexpay", "--key", key.toString());

    assertThat(ok.code).as(ok.toString()).isEqualTo(ExitCode.OK);
    assertThat(ok.value("rule")).startsWith("B:");
    assertThat(otherForm.code).isEqualTo(ExitCode.MISMATCH);
    assertThat(otherForm.value("cause")).startsWith("the other canonical form of rule B").contains("--rule B-compact");
  }
}
