package dev.paysdk.vexora;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default signing rule of the client is rule C, checked against hand-written canonical strings. */
class RuleCSigningTest {

  private static String md5(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void workedExampleOfTheNotes_givesItsPublishedSignature() throws Exception {
    SigningRule rule = Signers.md5SaltedPairs("testsecret");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("to", "john.doe@email.com");
    params.put("currency", "USD");
    params.put("amount", "100");

    assertThat(rule.canonical(params)).isEqualTo("amount=100currency=USDto=john.doe@email.com");
    assertThat(md5("amount=100currency=USDto=john.doe@email.comtestsecret")).isEqualTo("e77c599c189fbdf13acb228f60795cf0");
    assertThat(rule.sign(params)).isEqualTo("e77c599c189fbdf13acb228f60795cf0");
  }

  @Test
  void sortIsCaseSensitiveAscii_andEmptyOrNullValuesAndSignAreLeftOut() throws Exception {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("tradeNo", "T1");
    params.put("Zeta", "z");
    params.put("amount", "100.00");
    params.put("remark", "");
    params.put("notifyUrl", null);
    params.put("sign", "ignored");

    assertThat(Signers.md5SaltedPairs("k").sign(params)).isEqualTo(md5("Zeta=zamount=100.00tradeNo=T1k"));
  }
}
