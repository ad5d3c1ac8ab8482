package dev.paysdk.core.gateway;

import java.util.Collection;

/**
 * Makes a gateway's free text (a refusal message, a failure reason) safe to put in an exception
 * message, a result's {@code toString()} or a log line: control characters (CR, LF, tabs, escape
 * sequences...) become spaces so nothing can forge a log line, every occurrence of a value the SDK
 * sent or holds that must stay private (an account number, CCI, phone, wallet address, name) is
 * masked to its last four characters, every other run of 8 or more digits and every e-mail or UPI
 * address too ({@link dev.paysdk.core.log.Masking#maskFreeText}: a query or a webhook may echo values
 * the SDK does not hold), and the text is cut at {@value #MAX_LENGTH} characters.
 */
public final class GatewayText {
  /** The longest text kept; longer text is cut and ends with an ellipsis. */
  public static final int MAX_LENGTH = 300;

  private GatewayText() {}

  /**
   * {@code text} made safe, or null for null.
   *
   * @param sensitive values to mask wherever they appear (null and values shorter than 4 characters
   *     are ignored: masking them would hide ordinary words)
   */
  public static String sanitize(String text, Collection<String> sensitive) {
    return sanitize(text, sensitive, true);
  }

  /**
   * A code or an identifier the gateway sent (an error code, an order number in a mismatch) made
   * safe as {@link #sanitize} does, but without masking digit runs and addresses by their look: an
   * order number stays readable unless it is one of the {@code sensitive} values.
   */
  public static String sanitizeCode(String text, Collection<String> sensitive) {
    return sanitize(text, sensitive, false);
  }

  private static String sanitize(String text, Collection<String> sensitive, boolean freeText) {
    if (text == null) {
      return null;
    }
    String s = dev.paysdk.core.log.Masking.maskValues(stripControls(text), sensitive);
    // what the SDK does not hold (a query's or a webhook's echo): account-like numbers and addresses
    if (freeText) {
      s = dev.paysdk.core.log.Masking.maskFreeText(s);
    }
    if (s.length() > MAX_LENGTH) {
      s = s.substring(0, MAX_LENGTH) + "…";
    }
    return s;
  }

  /** {@code text} with every control character (C0, DEL, C1, line and paragraph separators) as a space. */
  public static String stripControls(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029';
      if (control) {
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
        sb.append(' ');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** {@code ****1234}: the last four characters of {@code value} behind a fixed mask. */
  public static String mask(String value) {
    return "****" + value.substring(Math.max(0, value.length() - 4));
  }
}
