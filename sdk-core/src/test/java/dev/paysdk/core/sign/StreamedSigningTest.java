package dev.paysdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The signing rules digest the canonical form as it is written, without building the canonical
 * string: the bytes digested must be exactly the canonical string's UTF-8 bytes, for any text,
 * including surrogate pairs split between a key and its value and unpaired surrogates.
 */
class StreamedSigningTest {
  /** Letters of both cases, separators, accents, three-byte characters, and both halves of a pair. */
  private static final char[] ALPHABET = {'a', 'B', 'z', 'Z', '=', '&', ' ', 'é', 'ß', '中', '\uD83D', '\uDE00', '0',
      '\u0001', '"'};

  private static String text(Random r, int max) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = r.nextInt(max + 1); i < n; i++) {
      sb.append(ALPHABET[r.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }

  private static Map<String, String> randomParams(Random r) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0, n = r.nextInt(8); i < n; i++) {
      params.put(text(r, 4), r.nextInt(10) == 0 ? null : text(r, 6));
    }
    if (r.nextBoolean()) {
      params.put("sign", "x");
    }
    if (r.nextInt(3) == 0) {
      // past the size from which the form is digested as it is written rather than built
      StringBuilder big = new StringBuilder(text(r, 3));
      while (big.length() < 9_000) {
        big.append(ALPHABET[r.nextInt(ALPHABET.length)]);
      }
      params.put(text(r, 3), big.append(text(r, 2)).toString());
    }
    return params;
  }

  private static List<SigningRule> rules() {
    return List.of(Signers.md5SortedFragments("s3cr\uD83D\uDE00t"), Signers.md5SaltedPairs("\uDE00salt"),
        new SigningRule(Canonicalizers.sortedFragmentsExcluding(Set.of("a"), false), Signers.md5WithSaltUpperCase("k")),
        Signers.rsa2(TestKeys.MERCHANT.getPrivate(), TestKeys.MERCHANT.getPublic()),
        Signers.rsa2Compact(TestKeys.MERCHANT.getPrivate(), TestKeys.MERCHANT.getPublic()));
  }

  @Test
  void sign_givesTheSignatureOfTheBuiltCanonicalString_onRandomParameterSets() {
    Random r = new Random(20261206L);
    for (SigningRule rule : rules()) {
      int runs = rule.signer().algorithm().equals("MD5") ? 1_500 : 60;
      for (int i = 0; i < runs; i++) {
        Map<String, String> params = randomParams(r);
        String built = rule.signer().sign(rule.canonical(params));
        assertThat(rule.sign(params)).as("%s over %s", rule.signer(), params).isEqualTo(built);
        rule.verify(params, built, null);
      }
    }
  }

  @Test
  void ruleA_digestsTheUtf8OfCanonicalPlusKey_withUnpairedSurrogatesAsQuestionMarks() throws Exception {
    // a high surrogate ending one value and a low one starting the next key are not a pair: '=' and
    // '&' stand between them, so each is written as '?', as String.getBytes writes them
    Map<String, String> params = new LinkedHashMap<>();
    String big = "é".repeat(9_000);
    params.put("a", big + "x\uD83D");
    params.put("b\uDE00", "\uD83D\uDE00");
    String canonical = "a=" + big + "x\uD83D&b\uDE00=\uD83D\uDE00&key=k";
    byte[] expected = MessageDigest.getInstance("MD5").digest(canonical.getBytes(StandardCharsets.UTF_8));
    assertThat(Signers.md5SortedFragments("k").sign(params)).isEqualTo(HexFormat.of().withUpperCase().formatHex(expected));
  }

  @Test
  void verify_stillRejectsAChangedValue_andAcceptsEitherHexCase() {
    SigningRule rule = Signers.md5SortedFragments("k");
    Map<String, String> params = new LinkedHashMap<>(Map.of("amount", "100", "mchId", "M1"));
    String sign = rule.sign(params);
    rule.verify(params, sign.toLowerCase(), null);
    params.put("amount", "101");
    assertThatThrownBy(() -> rule.verify(params, sign, null)).isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("MD5 signature does not match");
  }

  @Test
  void md5Verify_comparesHexOfEitherCase_andRefusesWhatIsNotTheDigest() {
    SigningRule rule = Signers.md5SortedFragments("k");
    Map<String, String> params = Map.of("amount", "100", "mchId", "M1");
    String sign = rule.sign(params);
    String mixed = sign.substring(0, 16).toLowerCase() + sign.substring(16);
    rule.verify(params, mixed, null);
    for (String wrong : new String[] {sign.substring(1), sign + "0", "G" + sign.substring(1),
        (sign.charAt(0) == '0' ? "1" : "0") + sign.substring(1), " " + sign.substring(1), "\uFF10" + sign.substring(1)}) {
      assertThatThrownBy(() -> rule.verify(params, wrong, null)).as(wrong)
          .isInstanceOf(SignatureVerificationException.class);
    }
  }
}
