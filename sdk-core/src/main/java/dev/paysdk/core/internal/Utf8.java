package dev.paysdk.core.internal;

/**
 * UTF-8 written straight into a caller's array: the bytes {@code String.getBytes(UTF_8)} gives (an
 * unpaired surrogate becomes {@code ?}), without the intermediate array. Not a public contract.
 */
public final class Utf8 {
  private Utf8() {}

  /** The number of bytes of {@code s} in UTF-8. */
  public static int length(String s) {
    int n = s.length();
    int bytes = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          bytes += 1;
        } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          bytes += 2; // four bytes for the two chars
          i++;
        } else if (!Character.isSurrogate(c)) {
          bytes += 2;
        } // an unpaired surrogate: one byte, '?'
      }
    }
    return bytes;
  }

  /**
   * Writes {@code s} as UTF-8 into {@code dst} from {@code offset}, which must have room for
   * {@link #length(String)} bytes.
   *
   * @return the offset after the last byte written
   */
  @SuppressWarnings("deprecation")
  public static int encode(String s, byte[] dst, int offset) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) < 0x80) {
      i++;
    }
    // the ASCII prefix (usually all of it) in one copy
    s.getBytes(0, i, dst, offset);
    int p = offset + i;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        dst[p++] = (byte) c;
      } else if (c < 0x800) {
        dst[p++] = (byte) (0xC0 | c >> 6);
        dst[p++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          dst[p++] = (byte) (0xF0 | cp >> 18);
          dst[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
          dst[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
          dst[p++] = (byte) (0x80 | cp & 0x3F);
        } else {
          dst[p++] = '?';
        }
      } else {
        dst[p++] = (byte) (0xE0 | c >> 12);
        dst[p++] = (byte) (0x80 | c >> 6 & 0x3F);
        dst[p++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return p;
  }
}
