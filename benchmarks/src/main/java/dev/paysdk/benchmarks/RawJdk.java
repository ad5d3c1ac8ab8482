package dev.paysdk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baselines: the signing rules written by hand with nothing but the JDK, the obvious way a
 * merchant would write them without the SDK. Each is checked against the SDK in the benchmarks'
 * setup, so both sides do the same work and produce the same bytes.
 */
final class RawJdk {
  private RawJdk() {}

  /** Rules A and B's canonical string: one {@code key=value&} string per field, sorted case-insensitively. */
  static String sortedFragments(Map<String, String> params) {
    List<String> fragments = new ArrayList<>(params.size());
    for (Map.Entry<String, String> e : params.entrySet()) {
      String v = e.getValue();
      if (v != null && !v.isEmpty() && !"sign".equals(e.getKey())) {
        fragments.add(e.getKey() + "=" + v + "&");
      }
    }
    fragments.sort(String.CASE_INSENSITIVE_ORDER);
    StringBuilder sb = new StringBuilder();
    for (String f : fragments) {
      sb.append(f);
    }
    return sb.toString();
  }

  /** Rule A: sorted fragments, {@code key=secret}, MD5, upper-case hex. */
  static String ruleA(Map<String, String> params, String secret) {
    return md5Hex(sortedFragments(params) + "key=" + secret, true);
  }

  /** Rule C: {@code key=value} pairs in plain key order, no separator, secret appended, MD5, lower-case hex. */
  static String ruleC(Map<String, String> params, String secret) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      String v = e.getValue();
      if (v != null && !v.isEmpty() && !"sign".equals(e.getKey())) {
        sb.append(e.getKey()).append('=').append(v);
      }
    }
    return md5Hex(sb.append(secret).toString(), false);
  }

  static String md5Hex(String text, boolean upperCase) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      return upperCase ? HexFormat.of().withUpperCase().formatHex(d) : HexFormat.of().formatHex(d);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rule B: SHA256withRSA over the sorted fragments, base64. */
  static String rsa2Sign(Map<String, String> params, PrivateKey key) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(sortedFragments(params).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rule B verification. */
  static boolean rsa2Verify(Map<String, String> params, String signature, PublicKey key) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(key);
      s.update(sortedFragments(params).getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fails the benchmark's setup when the SDK and its baseline disagree: the comparison would be meaningless. */
  static void requireSame(String what, Object sdk, Object baseline) {
    if (!sdk.equals(baseline)) {
      throw new IllegalStateException(what + ": the SDK gives " + sdk + " but the baseline gives " + baseline);
    }
  }
}
