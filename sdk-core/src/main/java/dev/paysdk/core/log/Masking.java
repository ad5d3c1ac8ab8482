package dev.paysdk.core.log;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Masks personal data and secrets before anything is logged. Every body PaySDK logs (only at
 * TRACE) goes through {@link #maskBody}; every field it names in a message goes through
 * {@link #maskAccount} or {@link #hide}.
 *
 * <ul>
 *   <li>Account numbers (account, card, CCI, wallet address, id document) keep at most their last
 *       4 characters: {@code ********9012}.
 *   <li>Phone, email, names, VPAs, keys, secrets and signatures are hidden entirely: {@code ***}.
 * </ul>
 */
public final class Masking {
  /** What a hidden value is replaced with. */
  public static final String HIDDEN = "***";

  private static final Set<String> ACCOUNT_KEYS = Set.of(
      "accountno", "accountnumber", "cciaccountno", "cci", "bankaccount", "cardno", "cardnumber",
      "idcard", "idnumber", "recipientaddress", "address", "walletid");

  private static final Set<String> HIDDEN_KEYS = Set.of(
      "sign", "signature", "secret", "secretkey", "appsecret", "key", "apikey", "privatekey", "merchantprivatekey",
      "password", "token", "authorization", "phone", "phonenumber", "mobile", "email", "payeremail",
      "accountname", "name", "firstname", "lastname", "payername", "extra", "vpa", "upi", "ifsc", "addresstag");

  private Masking() {}

  /**
   * Whether a field holds an account-like number (kept to its last 4 characters).
   *
   * @param name the field's name, compared case-insensitively; null is no such field
   * @return true for names such as {@code accountNo}, {@code cci}, {@code cardNo}, {@code address}
   */
  public static boolean isAccountField(String name) {
    return name != null && ACCOUNT_KEYS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a field is hidden entirely.
   *
   * @param name the field's name, compared case-insensitively; null is no such field
   * @return true for names such as {@code sign}, {@code secretKey}, {@code phone}, {@code email}, {@code name}
   */
  public static boolean isHiddenField(String name) {
    return name != null && HIDDEN_KEYS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The masked form of a field's value, by the field's name.
   *
   * @param name the field's name
   * @param value the value; null gives null
   * @return the value masked as {@link #maskAccount} or {@link #hide} for such fields, as it is otherwise
   */
  public static String maskField(String name, String value) {
    if (value == null) {
      return null;
    }
    if (isAccountField(name)) {
      return maskAccount(value);
    }
    if (isHiddenField(name)) {
      return hide(value);
    }
    return value;
  }

  /**
   * Masks an account-like number: {@code 123456789012} becomes {@code ********9012}.
   *
   * @param value the value; null gives null
   * @return at most 8 stars and the last 4 characters; {@link #HIDDEN} for 4 characters or fewer
   */
  public static String maskAccount(String value) {
    if (value == null) {
      return null;
    }
    if (value.length() <= 4) {
      return HIDDEN;
    }
    return "*".repeat(Math.min(value.length() - 4, 8)) + value.substring(value.length() - 4);
  }

  /**
   * Hides a value entirely.
   *
   * @param value the value
   * @return {@link #HIDDEN}, or null for null
   */
  public static String hide(String value) {
    return value == null ? null : HIDDEN;
  }

  /**
   * Masks a request or response body for logging: JSON objects (at any depth), form bodies and
   * query strings are recognised by shape; anything else is reduced to its length. Linear in the
   * length of the body, and never throws.
   *
   * @param contentType the body's content type, or null
   * @param body the body; null or empty is returned as it is
   * @return the masked body
   */
  public static String maskBody(String contentType, String body) {
    if (body == null || body.isEmpty()) {
      return body;
    }
    String trimmed = body.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return maskJson(body);
    }
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (ct.startsWith("application/x-www-form-urlencoded") || body.matches("^[^\\s=&]+=[^\\s]*$")) {
      return maskForm(body);
    }
    return "(" + body.length() + " characters, not logged)";
  }

  /**
   * Masks the string and number fields of a JSON text by their names, at any depth. A single
   * left-to-right scan without recursion or regular expressions: its cost is linear in the length
   * of the text and it never throws, whatever the text holds (very long strings, deep nesting,
   * broken escapes, text that is not JSON at all). Only the values of the fields
   * {@link #maskField} masks are replaced (a masked number becomes a quoted string); every other
   * character is kept as it is.
   *
   * @param json the text; null gives null
   * @return the masked text
   */
  public static String maskJson(String json) {
    if (json == null) {
      return null;
    }
    int n = json.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = json.charAt(i);
      if (c != '"') {
        out.append(c);
        i++;
        continue;
      }
      int keyEnd = stringEnd(json, i);
      int after = skipWhitespace(json, keyEnd);
      if (after >= n || json.charAt(after) != ':' || keyEnd > n) {
        // a value string, or an unterminated one: copied as it is
        out.append(json, i, Math.min(keyEnd, n));
        i = Math.min(keyEnd, n);
        continue;
      }
      String name = keyName(json, i + 1, keyEnd - 1);
      int valueStart = skipWhitespace(json, after + 1);
      out.append(json, i, valueStart);
      i = valueStart;
      if (i >= n || (!isAccountField(name) && !isHiddenField(name))) {
        continue;
      }
      char v = json.charAt(i);
      if (v == '"') {
        int valueEnd = stringEnd(json, i);
        String raw = json.substring(i + 1, Math.max(i + 1, Math.min(valueEnd, n + 1) - 1));
        out.append('"').append(maskField(name, raw)).append('"');
        i = Math.min(valueEnd, n);
      } else if (v == '-' || (v >= '0' && v <= '9')) {
        int valueEnd = i + 1;
        while (valueEnd < n && isNumberChar(json.charAt(valueEnd))) {
          valueEnd++;
        }
        out.append('"').append(maskField(name, json.substring(i, valueEnd))).append('"');
        i = valueEnd;
      }
    }
    return out.toString();
  }

  /**
   * The index just after the closing quote of the string that opens at {@code start}, or
   * {@code text.length() + 1} when it is never closed. A backslash escapes the next character.
   */
  private static int stringEnd(String text, int start) {
    int n = text.length();
    int i = start + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return n + 1;
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n'
        || text.charAt(i) == '\r')) {
      i++;
    }
    return i;
  }

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
  }

  /** Longest field name worth unescaping: every masked name is far shorter. */
  private static final int MAX_KEY_LENGTH = 64;

  /**
   * A key's name for the masking lookup, with its simple escapes resolved ({@code \u0070hone} is
   * {@code phone}); a long or oddly escaped key is returned raw, and matches no masked name.
   */
  private static String keyName(String text, int from, int to) {
    if (to - from > MAX_KEY_LENGTH || to < from) {
      return "";
    }
    String raw = text.substring(from, to);
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 >= raw.length()) {
        sb.append(c);
        continue;
      }
      char e = raw.charAt(++i);
      if (e == 'u' && isHex(raw, i + 1, i + 5)) {
        sb.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
        i += 4;
      } else {
        sb.append(e);
      }
    }
    return sb.toString();
  }

  private static boolean isHex(String s, int from, int to) {
    if (to > s.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Masks a form body or query string ({@code a=1&b=2}) by field names. Never throws: a malformed
   * percent escape is masked by its raw name and value.
   *
   * @param form the text; null gives null
   * @return the masked text
   */
  public static String maskForm(String form) {
    if (form == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(form.length());
    boolean first = true;
    for (String pair : form.split("&", -1)) {
      if (!first) {
        sb.append('&');
      }
      first = false;
      int eq = pair.indexOf('=');
      if (eq < 0) {
        sb.append(pair);
        continue;
      }
      String k = pair.substring(0, eq);
      String v = decode(pair.substring(eq + 1));
      String masked = maskField(decode(k), v);
      sb.append(k).append('=').append(masked.equals(v) ? pair.substring(eq + 1)
          : URLEncoder.encode(masked, StandardCharsets.UTF_8).replace("%2A", "*"));
    }
    return sb.toString();
  }

  /**
   * Masks the query string of a URL, as {@link #maskForm}, leaving the rest. Never throws.
   *
   * @param url the URL; null gives null
   * @return the URL with its query masked
   */
  public static String maskUrl(String url) {
    if (url == null) {
      return null;
    }
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q + 1) + maskForm(url.substring(q + 1));
  }

  /** URL-decoded text, or the text as it is when it holds a malformed escape: masking must never fail. */
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
