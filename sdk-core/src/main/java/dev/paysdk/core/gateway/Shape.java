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
    return value != null && pattern.matcher(value).matches();
  }
}
