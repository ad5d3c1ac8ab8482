package dev.paysdk.core.gateway;

import java.util.regex.Pattern;

/**
 * The documented shape of an inbound identity, status or amount field. A value of its shape can
 * never hold a {@code &} or {@code =} (nor any other separator or control character), so it cannot
 * have absorbed another field's fragment of a canonical string: a webhook whose fields were
 * re-split so that the same signature covers other values is rejected before it is trusted.
 */
public enum Shape {
  /** An order, batch, record or transaction number: letters, digits, {@code _ - .}, 1 to 64 characters. */
  IDENTIFIER("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}"),
  /** A merchant or application id: letters, digits, {@code _ - .}, 1 to 64 characters. */
  MERCHANT_ID("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}"),
  /** A status code: letters, digits, {@code _ -}, 1 to 32 characters. */
  STATUS("[A-Za-z0-9_\\-]{1,32}"),
  /** A decimal amount in plain notation: optional minus, up to 30 digits, optional fraction of up to 18. */
  AMOUNT("-?[0-9]{1,30}(\\.[0-9]{1,18})?"),
  /** A currency or token code: 3 to 8 letters or digits. */
  CURRENCY("[A-Za-z0-9]{3,8}");

  private final Pattern pattern;

  Shape(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /** True when {@code value} has this shape. */
  public boolean matches(String value) {
    if (value == null) {
      return false;
    }
    // the same test as the pattern's, without a matcher per value (webhooks check several per call)
    return switch (this) {
      case IDENTIFIER, MERCHANT_ID -> value.length() >= 1 && value.length() <= 64 && alnum(value.charAt(0))
          && all(value, 1, value.length(), "_.-");
      case STATUS -> value.length() >= 1 && value.length() <= 32 && all(value, 0, value.length(), "_-");
      case CURRENCY -> value.length() >= 3 && value.length() <= 8 && all(value, 0, value.length(), "");
      case AMOUNT -> isAmount(value);
    };
  }

  /** The regular expression this shape is defined by. */
  Pattern pattern() {
    return pattern;
  }

  private static boolean alnum(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static boolean all(String s, int from, int to, String extra) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!alnum(c) && extra.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code -?[0-9]{1,30}(\.[0-9]{1,18})?} */
  private static boolean isAmount(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    int digits = i - start;
    if (digits < 1 || digits > 30) {
      return false;
    }
    if (i == s.length()) {
      return true;
    }
    if (s.charAt(i) != '.') {
      return false;
    }
    int fraction = s.length() - i - 1;
    return fraction >= 1 && fraction <= 18 && all(s, i + 1, s.length(), "") && digitsOnly(s, i + 1);
  }

  private static boolean digitsOnly(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
