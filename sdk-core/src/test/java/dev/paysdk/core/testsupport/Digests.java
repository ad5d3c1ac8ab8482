package dev.paysdk.core.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Independent digest helpers, so expected signatures never come from the code under test. */
public final class Digests {
  private Digests() {}

  public static String md5Lower(String text) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  public static String md5Upper(String text) {
    return md5Lower(text).toUpperCase(Locale.ROOT);
  }
}
