package dev.paysdk.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** An MD5 written by hand, independent of sdk-core's signers. */
final class TestDigests {
  private TestDigests() {}

  static String md5Upper(String text) {
    return md5(text).toUpperCase(java.util.Locale.ROOT);
  }

  static String md5(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
