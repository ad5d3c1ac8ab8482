package dev.paysdk.core.sign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical forms of PaySDK's gateways. Every form drops null and empty values and the
 * {@code sign} field; {@code 0}, {@code false} and a single space are kept.
 */
public final class Canonicalizers {
  private static final Canonicalizer SORTED_FRAGMENTS = params -> fragments(params, Set.of("sign"), true);
  private static final Canonicalizer SORTED_FRAGMENTS_COMPACT = params -> fragments(params, Set.of("sign", "signType"), false);
  private static final Canonicalizer SORTED_PAIRS = Canonicalizers::pairs;

  private Canonicalizers() {}

  /**
   * Rules A and B: one {@code key=value&} fragment per parameter, fragments sorted with
   * {@link String#CASE_INSENSITIVE_ORDER} applied to the whole fragment (not the key alone: see
   * the vectors' {@code case_tie_prefix} case), concatenated; the trailing {@code &} is kept.
   *
   * @return the canonicalizer; {@code sign} and null or empty values are left out
   */
  public static Canonicalizer sortedFragments() {
    return SORTED_FRAGMENTS;
  }

  /**
   * {@return the compact variant of rule B used by some forks of the platform: no trailing
   * {@code &}, and {@code signType} is not signed}
   */
  public static Canonicalizer sortedFragmentsCompact() {
    return SORTED_FRAGMENTS_COMPACT;
  }

  /** {@return rule C: {@code key=value} pairs sorted by key in plain (case-sensitive) ASCII order, no separator} */
  public static Canonicalizer sortedPairs() {
    return SORTED_PAIRS;
  }

  /**
   * Sorted fragments that also exclude {@code excluded}; like every form here it always drops
   * {@code sign} and null and empty values, so forgetting to list {@code sign} cannot sign the
   * signature.
   *
   * @param excluded names of the parameters to leave out besides {@code sign}
   * @param trailingAmpersand whether the canonical string keeps its trailing {@code &}
   * @return the canonicalizer
   */
  public static Canonicalizer sortedFragmentsExcluding(Set<String> excluded, boolean trailingAmpersand) {
    Set<String> copy = new java.util.HashSet<>(excluded);
    copy.add("sign");
    return params -> fragments(params, copy, trailingAmpersand);
  }

  private static String fragments(Map<String, String> params, Set<String> excluded, boolean trailing) {
    List<Map.Entry<String, String>> entries = kept(params, excluded);
    // Orders entries exactly as their "key=value&" fragments would sort, without building them.
    entries.sort(FRAGMENT_ORDER);
    StringBuilder sb = new StringBuilder(estimate(entries));
    for (Map.Entry<String, String> e : entries) {
      sb.append(e.getKey()).append('=').append(e.getValue()).append('&');
    }
    if (!trailing && sb.length() > 0) {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }

  private static String pairs(Map<String, String> params) {
    List<Map.Entry<String, String>> entries = kept(params, Set.of("sign"));
    entries.sort(Map.Entry.comparingByKey());
    StringBuilder sb = new StringBuilder(estimate(entries));
    for (Map.Entry<String, String> e : entries) {
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.toString();
  }

  private static List<Map.Entry<String, String>> kept(Map<String, String> params, Set<String> excluded) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(params.size());
    for (Map.Entry<String, String> e : params.entrySet()) {
      String v = e.getValue();
      if (v != null && !v.isEmpty() && !excluded.contains(e.getKey())) {
        entries.add(Map.entry(e.getKey(), v));
      }
    }
    return entries;
  }

  private static int estimate(List<Map.Entry<String, String>> entries) {
    int n = 16;
    for (Map.Entry<String, String> e : entries) {
      n += e.getKey().length() + e.getValue().length() + 2;
    }
    return n;
  }

  /** Character {@code i} of the virtual fragment {@code key=value&}. */
  private static char at(Map.Entry<String, String> e, int i) {
    String k = e.getKey();
    if (i < k.length()) {
      return k.charAt(i);
    }
    if (i == k.length()) {
      return '=';
    }
    int j = i - k.length() - 1;
    String v = e.getValue();
    return j < v.length() ? v.charAt(j) : '&';
  }

  private static String fragment(Map.Entry<String, String> e) {
    return e.getKey() + '=' + e.getValue() + '&';
  }

  private static int length(Map.Entry<String, String> e) {
    return e.getKey().length() + e.getValue().length() + 2;
  }

  /**
   * {@link String#CASE_INSENSITIVE_ORDER} over the virtual fragments; ties between fragments that
   * differ only in case are broken by plain order so the result never depends on map order.
   */
  static final Comparator<Map.Entry<String, String>> FRAGMENT_ORDER = (a, b) -> {
    int n1 = length(a);
    int n2 = length(b);
    int min = Math.min(n1, n2);
    for (int i = 0; i < min; i++) {
      char c1 = at(a, i);
      char c2 = at(b, i);
      if (c1 != c2) {
        if (Character.isSurrogate(c1) || Character.isSurrogate(c2)) {
          // The JDK's order compares characters outside the BMP by code point (case-folded), not by
          // their UTF-16 halves; such values are rare enough to compare the built fragments.
          int r = String.CASE_INSENSITIVE_ORDER.compare(fragment(a), fragment(b));
          if (r != 0) {
            return r;
          }
          break;
        }
        c1 = Character.toUpperCase(c1);
        c2 = Character.toUpperCase(c2);
        if (c1 != c2) {
          c1 = Character.toLowerCase(c1);
          c2 = Character.toLowerCase(c2);
          if (c1 != c2) {
            return c1 - c2;
          }
        }
      }
    }
    if (n1 != n2) {
      return n1 - n2;
    }
    for (int i = 0; i < n1; i++) {
      char c1 = at(a, i);
      char c2 = at(b, i);
      if (c1 != c2) {
        return c1 - c2;
      }
    }
    return 0;
  };
}
