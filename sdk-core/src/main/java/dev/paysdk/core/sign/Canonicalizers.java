package dev.paysdk.core.sign;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * The canonical forms of PaySDK's gateways. Every form drops null and empty values and the
 * {@code sign} field; {@code 0}, {@code false} and a single space are kept.
 */
public final class Canonicalizers {
  private static final Canonicalizer SORTED_FRAGMENTS = new Fragments(Set.of("sign"), true);
  private static final Canonicalizer SORTED_FRAGMENTS_COMPACT = new Fragments(Set.of("sign", "signType"), false);
  private static final Canonicalizer SORTED_PAIRS = new Pairs();

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
    return new Fragments(copy, trailingAmpersand);
  }

  /**
   * A canonical form that can also write itself piece by piece ({@link #write}), so that a signer
   * digests it without the canonical string ever being built. Both give the same characters.
   */
  abstract static class Streamed implements Canonicalizer {
    /** Writes the canonical form of {@code params} into {@code out}. */
    abstract void write(Map<String, String> params, Utf8Sink out);

    /** The number of characters {@link #write} writes, or more; for sizing buffers. */
    abstract int estimate(Map<String, String> params);
  }

  /** Rules A and B: sorted {@code key=value&} fragments. */
  private static final class Fragments extends Streamed {
    private final Set<String> excluded;
    private final boolean trailing;

    Fragments(Set<String> excluded, boolean trailing) {
      this.excluded = excluded;
      this.trailing = trailing;
    }

    @Override
    public String canonicalize(Map<String, String> params) {
      Map.Entry<String, String>[] entries = sortedFragments(params, excluded);
      StringBuilder sb = new StringBuilder(capacity(entries));
      for (Map.Entry<String, String> e : entries) {
        sb.append(e.getKey()).append('=').append(e.getValue()).append('&');
      }
      if (!trailing && sb.length() > 0) {
        sb.setLength(sb.length() - 1);
      }
      return sb.toString();
    }

    @Override
    void write(Map<String, String> params, Utf8Sink out) {
      Map.Entry<String, String>[] entries = sortedFragments(params, excluded);
      for (int i = 0; i < entries.length; i++) {
        out.append(entries[i].getKey());
        out.append('=');
        out.append(entries[i].getValue());
        if (trailing || i < entries.length - 1) {
          out.append('&');
        }
      }
    }

    @Override
    int estimate(Map<String, String> params) {
      return textLength(params);
    }
  }

  /** Rule C: sorted {@code key=value} pairs. */
  private static final class Pairs extends Streamed {
    private static final Set<String> EXCLUDED = Set.of("sign");

    @Override
    public String canonicalize(Map<String, String> params) {
      Map.Entry<String, String>[] entries = kept(params, EXCLUDED);
      Arrays.sort(entries, Map.Entry.comparingByKey());
      StringBuilder sb = new StringBuilder(capacity(entries));
      for (Map.Entry<String, String> e : entries) {
        sb.append(e.getKey()).append('=').append(e.getValue());
      }
      return sb.toString();
    }

    @Override
    void write(Map<String, String> params, Utf8Sink out) {
      Map.Entry<String, String>[] entries = kept(params, EXCLUDED);
      Arrays.sort(entries, Map.Entry.comparingByKey());
      for (Map.Entry<String, String> e : entries) {
        out.append(e.getKey());
        out.append('=');
        out.append(e.getValue());
      }
    }

    @Override
    int estimate(Map<String, String> params) {
      return textLength(params);
    }
  }

  private static Map.Entry<String, String>[] sortedFragments(Map<String, String> params, Set<String> excluded) {
    Map.Entry<String, String>[] entries = kept(params, excluded);
    // Orders entries exactly as their "key=value&" fragments would sort, without building them.
    Arrays.sort(entries, FRAGMENT_ORDER);
    return entries;
  }

  @SuppressWarnings("unchecked")
  private static Map.Entry<String, String>[] kept(Map<String, String> params, Set<String> excluded) {
    Map.Entry<String, String>[] entries = new Map.Entry[params.size()];
    int n = 0;
    for (Map.Entry<String, String> e : params.entrySet()) {
      String v = e.getValue();
      if (v != null && !v.isEmpty() && !excluded.contains(e.getKey())) {
        // a copy: some maps reuse one entry object while iterating
        entries[n++] = Map.entry(e.getKey(), v);
      }
    }
    return n == entries.length ? entries : Arrays.copyOf(entries, n);
  }

  private static int capacity(Map.Entry<String, String>[] entries) {
    int n = 16;
    for (Map.Entry<String, String> e : entries) {
      n += e.getKey().length() + e.getValue().length() + 2;
    }
    return n;
  }

  /** Every key and value's length, plus two per field: at least the canonical form's length. */
  private static int textLength(Map<String, String> params) {
    int n = 0;
    for (Map.Entry<String, String> e : params.entrySet()) {
      String v = e.getValue();
      n += e.getKey().length() + (v == null ? 0 : v.length()) + 2;
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
    // The usual case: the keys differ, case-insensitively, at an ASCII character they both have.
    String k1 = a.getKey();
    String k2 = b.getKey();
    int common = Math.min(k1.length(), k2.length());
    for (int i = 0; i < common; i++) {
      char c1 = k1.charAt(i);
      char c2 = k2.charAt(i);
      if (c1 != c2) {
        if ((c1 | c2) >= 0x80) {
          break; // not ASCII: the general comparison below decides
        }
        int f1 = c1 >= 'A' && c1 <= 'Z' ? c1 + 32 : c1;
        int f2 = c2 >= 'A' && c2 <= 'Z' ? c2 + 32 : c2;
        if (f1 != f2) {
          return f1 - f2;
        }
      }
    }
    return compareFragments(a, b);
  };

  /** {@link #FRAGMENT_ORDER} character by character over the whole virtual fragments. */
  private static int compareFragments(Map.Entry<String, String> a, Map.Entry<String, String> b) {
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
  }
}
