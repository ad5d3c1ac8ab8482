package dev.paysdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CanonicalizersTest {

  /**
   * Characters where a case-insensitive order and a plain order disagree, or where naive case folding
   * goes wrong: ASCII punctuation between the upper- and lower-case letters, the fragment separators
   * themselves, digits, accented and special-case letters, and characters outside the BMP.
   */
  private static final String[] ALPHABET = {
      "a", "A", "b", "B", "z", "Z", "0", "9", "_", "[", "^", "`", "{", "~", "=", "&", " ", "-", ".",
      "é", "É", "ß", "ı", "İ", "µ", "Μ", "μ", "ÿ", "Ÿ", "σ", "ς", "Σ", "ǅ", "ǆ", "Ａ", "ａ", "测",
      "\uD83D\uDE00", "\uD801\uDC00", "\uD801\uDC28"};

  private static String randomText(Random r, int maxLength) {
    int n = 1 + r.nextInt(maxLength);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET[r.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }

  private static String fragment(Map.Entry<String, String> e) {
    return e.getKey() + "=" + e.getValue() + "&";
  }

  @Test
  void fragmentOrder_agreesWithCaseInsensitiveOrderOfTheBuiltFragments_onRandomPairs() {
    Random r = new Random(20260411L);
    for (int i = 0; i < 200_000; i++) {
      // short texts over a small alphabet make common prefixes and case ties frequent
      Map.Entry<String, String> a = Map.entry(randomText(r, 4), randomText(r, 3));
      Map.Entry<String, String> b = r.nextInt(4) == 0
          ? Map.entry(a.getKey().toUpperCase(Locale.ROOT), randomText(r, 3))
          : Map.entry(randomText(r, 4), randomText(r, 3));
      int expected = String.CASE_INSENSITIVE_ORDER.compare(fragment(a), fragment(b));
      int actual = Canonicalizers.FRAGMENT_ORDER.compare(a, b);
      if (expected != 0) {
        assertThat(Integer.signum(actual)).as("%s vs %s", fragment(a), fragment(b)).isEqualTo(Integer.signum(expected));
      } else {
        // a case-insensitive tie is broken by plain order, so the result never depends on map order
        assertThat(Integer.signum(actual)).as("%s vs %s", fragment(a), fragment(b))
            .isEqualTo(Integer.signum(fragment(a).compareTo(fragment(b))));
      }
    }
  }

  @Test
  void sortedFragments_equalsSortingTheBuiltFragments_onRandomParameterSets() {
    Random r = new Random(42L);
    for (int i = 0; i < 5_000; i++) {
      Map<String, String> params = new HashMap<>();
      int n = 1 + r.nextInt(12);
      for (int j = 0; j < n; j++) {
        String key = randomText(r, 5);
        params.put(r.nextBoolean() ? key : key.toLowerCase(Locale.ROOT), randomText(r, 4));
      }
      params.remove("sign");
      List<String> fragments = params.entrySet().stream().map(CanonicalizersTest::fragment)
          .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()))
          .collect(Collectors.toCollection(ArrayList::new));

      assertThat(Canonicalizers.sortedFragments().canonicalize(params)).as("%s", params)
          .isEqualTo(String.join("", fragments));
    }
  }

  @Test
  void sortedFragments_comparesWholeFragments_notKeysAlone() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("a", "z");
    params.put("A", "a");
    params.put("a0", "prefix");

    // by key alone "a" and "A" would come before "a0"; as fragments "a0=" sorts before "a=" ('0' < '=')
    assertThat(Canonicalizers.sortedFragments().canonicalize(params)).isEqualTo("a0=prefix&A=a&a=z&");
  }

  @Test
  void sortedFragments_ordersCaseInsensitively_unlikePlainAscii() {
    Map<String, String> params = Map.of("Zebra", "last", "apple", "first", "_under", "x");

    // plain ASCII gives Zebra, _under, apple; compared case-insensitively (folded to lower case) '_' < 'a' < 'z'
    assertThat(Canonicalizers.sortedFragments().canonicalize(params))
        .isEqualTo(params.entrySet().stream().map(CanonicalizersTest::fragment)
            .sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining()));
    assertThat(Canonicalizers.sortedFragments().canonicalize(params)).isEqualTo("_under=x&apple=first&Zebra=last&");
  }

  @Test
  void everyForm_dropsNullAndEmptyAndSign_andKeepsZeroFalseAndASpace() {
    Map<String, String> params = new HashMap<>();
    params.put("amount", "0");
    params.put("enabled", "false");
    params.put("memo", " ");
    params.put("empty", "");
    params.put("absent", null);
    params.put("sign", "SIG");
    params.put("signType", "MD5");

    assertThat(Canonicalizers.sortedFragments().canonicalize(params))
        .isEqualTo("amount=0&enabled=false&memo= &signType=MD5&");
    assertThat(Canonicalizers.sortedFragmentsCompact().canonicalize(params))
        .isEqualTo("amount=0&enabled=false&memo= ");
    assertThat(Canonicalizers.sortedPairs().canonicalize(params))
        .isEqualTo("amount=0enabled=falsememo= signType=MD5");
  }

  @Test
  void sortedFragmentsExcluding_excludesTheGivenNamesAndAlwaysSign_withOrWithoutTrailingAmpersand() {
    Map<String, String> params = Map.of("b", "2", "a", "1", "sign", "S", "nonce", "n");

    assertThat(Canonicalizers.sortedFragmentsExcluding(Set.of("nonce"), true).canonicalize(params))
        .isEqualTo("a=1&b=2&");
    assertThat(Canonicalizers.sortedFragmentsExcluding(Set.of("sign", "nonce"), false).canonicalize(params))
        .isEqualTo("a=1&b=2");
  }

  @Test
  void emptyParameterSet_givesAnEmptyCanonicalString() {
    assertThat(Canonicalizers.sortedFragments().canonicalize(Map.of())).isEmpty();
    assertThat(Canonicalizers.sortedFragmentsCompact().canonicalize(Map.of("sign", "x"))).isEmpty();
    assertThat(Canonicalizers.sortedPairs().canonicalize(Map.of())).isEmpty();
  }
}
