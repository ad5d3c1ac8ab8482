package dev.paysdk.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Masking runs on bodies PaySDK did not write (gateway answers, webhooks), at TRACE, after money may
 * have moved: it must never throw, whatever the text. The normal build runs a few thousand inputs;
 * {@code -Dpaysdk.fuzz.iterations=1000000} runs a longer campaign.
 */
class MaskingFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("paysdk.fuzz.iterations", 3_000);
  private static final String[] NAMES = {"accountNo", "phone", "sign", "amount", "mchOrderNo", "cci", "name", "x"};
  private static final String SECRET = "9876501234567";

  @Test
  void maskJson_withAStringValueOfManyThousandCharacters_masksItWithoutOverflowingTheStack() {
    String longValue = "a\\\"b".repeat(50_000);
    String json = "{\"remark\":\"" + longValue + "\",\"accountNo\":\"" + "7".repeat(100_000) + "1234\"}";

    String masked = Masking.maskJson(json);

    assertThat(masked).contains("\"accountNo\":\"********1234\"").contains(longValue)
        .doesNotContain("77777777777");
  }

  @Test
  void maskJson_withAMaskedValueOfManyThousandEscapes_hidesItWhole() {
    String json = "{\"sign\":\"" + "\\u0041".repeat(20_000) + "\"}";

    assertThat(Masking.maskJson(json)).isEqualTo("{\"sign\":\"***\"}");
  }

  @Test
  void maskJson_withDeepNesting_keepsTheTextAndMasksTheInnermostField() {
    int depth = 200_000;
    String json = "[{\"a\":".repeat(depth) + "{\"phone\":\"" + SECRET + "\"}" + "}]".repeat(depth);

    String masked = Masking.maskJson(json);

    assertThat(masked).doesNotContain(SECRET).hasSize(json.length() - SECRET.length() + 3);
  }

  @Test
  void maskJson_withBrokenOrUnterminatedText_neverThrows_andNeverShowsAMaskedValue() {
    List<String> hostile = List.of(
        "{\"accountNo\":\"" + SECRET,                      // unterminated value
        "{\"accountNo\":\"" + SECRET + "\\",               // value ending in a lone backslash
        "{\"accountNo\"",                                  // key with nothing after it
        "{\"accountNo\":",                                 // key and colon only
        "{\"accountNo\"   :   ",
        "\"",
        "\\",
        "{\"\\",
        "{\"ph\\u006fne\":\"" + SECRET + "\"}",            // an escaped name is still a phone
        "{\"phone\\u00\":\"x\"}",                          // a broken \\u escape in a name
        "{\"phone\":-" + SECRET + "e+-.",                  // a number that is not one
        "{\"sign\":" + SECRET + "}",
        "{{{{[[[[\"\"\"\":::::,,,,}}}}",
        ":\"phone\":\"" + SECRET + "\"",
        "not json at all " + SECRET.substring(0, 3),
        "\uD800\uDC00\uD800{\"phone\":\"\uDC00" + SECRET + "\"}");

    for (String text : hostile) {
      assertThatCode(() -> Masking.maskJson(text)).as(text).doesNotThrowAnyException();
      assertThatCode(() -> Masking.maskBody("application/json", text)).as(text).doesNotThrowAnyException();
      assertThatCode(() -> Masking.maskForm(text)).as(text).doesNotThrowAnyException();
      if (text.contains("phone") || text.contains("accountNo") || text.contains("sign")) {
        assertThat(Masking.maskJson(text)).as(text).doesNotContain(SECRET);
      }
    }
  }

  @Test
  void maskJson_ofNull_isNull_andOfTextWithoutQuotes_isTheTextItself() {
    assertThat(Masking.maskJson(null)).isNull();
    assertThat(Masking.maskForm(null)).isNull();
    assertThat(Masking.maskJson("{[1,2,true,null]}")).isEqualTo("{[1,2,true,null]}");
  }

  @Test
  void maskJson_onRandomText_neverThrows_andKeepsEveryCharacterOutsideMaskedValues() {
    Random random = new Random(20261201L);
    char[] alphabet = "{}[]:,\"\\ \t\n0123456789.-+eEuabcdefnrt\u00e9\u4e2d\uD83D\uDE00".toCharArray();
    for (int i = 0; i < ITERATIONS; i++) {
      int length = random.nextInt(i % 100 == 0 ? 20_000 : 200);
      StringBuilder sb = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000) : alphabet[random.nextInt(alphabet.length)]);
      }
      String text = sb.toString();

      String masked = Masking.maskJson(text);

      // nothing here names a masked field, so nothing changes
      if (!containsMaskedName(text)) {
        assertThat(masked).isEqualTo(text);
      }
      Masking.maskBody(null, text);
      Masking.maskForm(text);
      Masking.maskUrl("https://h/p?" + text);
    }
  }

  @Test
  void maskJson_onRandomJsonWithSecrets_neverShowsThem() {
    Random random = new Random(7L);
    for (int i = 0; i < ITERATIONS; i++) {
      List<String> secrets = new ArrayList<>();
      String json = randomJson(random, 0, secrets);

      String masked = Masking.maskJson(json);

      for (String secret : secrets) {
        assertThat(masked).as(json).doesNotContain(secret);
      }
    }
  }

  /** A random JSON value; every value of a masked field is a fresh 12-digit number recorded in {@code secrets}. */
  private static String randomJson(Random random, int depth, List<String> secrets) {
    int kind = depth > 6 ? 3 : random.nextInt(5);
    if (kind == 0) {
      StringBuilder sb = new StringBuilder("{");
      int fields = random.nextInt(5);
      for (int f = 0; f < fields; f++) {
        String name = NAMES[random.nextInt(NAMES.length)];
        sb.append(f == 0 ? "" : ",").append(random.nextBoolean() ? " " : "").append('"').append(name).append('"')
            .append(random.nextBoolean() ? " : " : ":");
        if (Masking.isAccountField(name) || Masking.isHiddenField(name)) {
          String secret = String.valueOf(100_000_000_000L + Math.floorMod(random.nextLong(), 899_999_999_999L));
          secrets.add(secret);
          sb.append(random.nextBoolean() ? "\"x\\\"" + secret + "1234\"" : secret + "1234");
        } else {
          sb.append(randomJson(random, depth + 1, secrets));
        }
      }
      return sb.append('}').toString();
    }
    if (kind == 1) {
      StringBuilder sb = new StringBuilder("[");
      int items = random.nextInt(4);
      for (int k = 0; k < items; k++) {
        sb.append(k == 0 ? "" : ",").append(randomJson(random, depth + 1, secrets));
      }
      return sb.append(']').toString();
    }
    if (kind == 2) {
      return "\"" + "ab\\\"c\\\\".repeat(random.nextInt(3)) + "\"";
    }
    return String.valueOf(random.nextInt(1000));
  }

  private static boolean containsMaskedName(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    // any quoted run could be a masked name after \\u unescaping: only texts without a backslash-u are checked
    return lower.contains("\\u") || lower.contains("\"") && (lower.contains("sign") || lower.contains("key")
        || lower.contains("name") || lower.contains("phone") || lower.contains("cci") || lower.contains("ifsc")
        || lower.contains("extra") || lower.contains("upi") || lower.contains("vpa") || lower.contains("address"));
  }
}
