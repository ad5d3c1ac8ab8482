package dev.paysdk.core.gateway;

import java.math.BigDecimal;

/**
 * Numbers read from the wire, bounded before any conversion: a gateway answer or webhook carrying
 * {@code 1e999999999} must cost nothing and fail cleanly, never allocate a billion digits, throw a
 * {@code NegativeArraySizeException} or spin the CPU. A number is at most {@value #MAX_TEXT} characters
 * of plain decimal notation (an exponent of at most two digits is accepted), with at most
 * {@value #MAX_DIGITS} significant digits and at most {@value #MAX_SCALE} decimal places.
 */
public final class WireNumbers {
  /** The longest number text read. */
  public static final int MAX_TEXT = 48;
  /** The most significant digits kept. */
  public static final int MAX_DIGITS = 38;
  /** The most decimal places (and the largest power of ten) read. */
  public static final int MAX_SCALE = 18;

  private WireNumbers() {}

  /**
   * {@code text} as an exact decimal.
   *
   * @param field the wire name, for the message
   * @throws MalformedAnswerException naming {@code field} (never the value) when the text is not a
   *     bounded decimal number
   */
  public static BigDecimal decimal(String field, String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_TEXT || !wellFormed(t)) {
      throw new MalformedAnswerException("field '" + field + "' is not a decimal number within PaySDK's bounds");
    }
    BigDecimal d;
    try {
      d = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new MalformedAnswerException("field '" + field + "' is not a decimal number");
    }
    if (d.precision() > MAX_DIGITS || d.scale() > MAX_SCALE || d.scale() < -MAX_SCALE) {
      throw new MalformedAnswerException("field '" + field + "' is out of PaySDK's bounds for a number");
    }
    return d;
  }

  /**
   * {@code text} as a whole number that fits a long.
   *
   * @throws MalformedAnswerException naming {@code field} when it is not one
   */
  public static long wholeNumber(String field, String text) {
    if (isShortDigits(text)) {
      return Long.parseLong(text); // what the decimal route gives for 1 to 18 plain digits
    }
    BigDecimal d = decimal(field, text);
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw new MalformedAnswerException("field '" + field + "' is not a whole number");
    }
  }

  /**
   * {@code text} as an int.
   *
   * @throws MalformedAnswerException naming {@code field} when it is not a whole number in int range
   */
  public static int intValue(String field, String text) {
    long l = wholeNumber(field, text);
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw new MalformedAnswerException("field '" + field + "' is out of range");
    }
    return (int) l;
  }

  /** 1 to 18 ASCII digits, nothing else: a whole number that always fits a long. */
  private static boolean isShortDigits(String t) {
    int n = t.length();
    if (n == 0 || n > 18) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Plain decimal notation, optionally with a sign and an exponent of one or two digits. */
  private static boolean wellFormed(String t) {
    int i = 0;
    int n = t.length();
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      i++;
    }
    int digits = 0;
    boolean dot = false;
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    char e = t.charAt(i);
    if (e != 'e' && e != 'E') {
      return false;
    }
    i++;
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    int expDigits = n - i;
    if (expDigits < 1 || expDigits > 2) {
      return false;
    }
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
