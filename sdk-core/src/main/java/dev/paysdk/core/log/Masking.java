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

  /**
   * Free-text fields of gateway answers (messages, reasons, remarks): a gateway may echo the
   * request in them, so the numbers and addresses they hold are masked ({@link #maskFreeText}).
   */
  private static final Set<String> FREE_TEXT_KEYS = Set.of(
      "msg", "message", "retmsg", "errmsg", "errormessage", "errormsg", "resultdesc", "remark", "remarks",
      "failreason", "rejectreason", "auditopinion", "reason", "desc", "description", "error", "errordesc");

  /** Digit runs at least this long are masked in free text: account numbers, phones, CCI, ids. */
  private static final int MIN_MASKED_DIGITS = 8;

  private Masking() {}

  /**
   * Whether a field is gateway free text (a message, a reason, a remark), whose account-like numbers
   * and e-mail or UPI addresses are masked.
   *
   * @param name the field's name, compared case-insensitively; null is no such field
   * @return true for names such as {@code msg}, {@code retMsg}, {@code errorMessage}, {@code resultDesc}
   */
  public static boolean isFreeTextField(String name) {
    return name != null && FREE_TEXT_KEYS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Masks what a free text holds that looks personal, without knowing the values: every run of
   * {@value #MIN_MASKED_DIGITS} or more digits keeps its last 4 ({@code 918273645500123} becomes
   * {@code ****0123}: account numbers, phones, CCI, national ids), every wallet address (EVM
   * {@code 0x...} of 40 hex digits, TRON {@code T...} of 34 characters) its last 4, and every {@code local@domain}
   * address keeps the first character of its local part ({@code l***@example.com}: e-mail and UPI
   * addresses). Names cannot be recognised this way; where the SDK knows them it masks them by value.
   * Linear and never throws.
   *
   * @param text the text; null gives null
   * @return the masked text (the same instance when nothing was masked)
   */
  public static String maskFreeText(String text) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int wallet = walletEnd(text, i);
      if (wallet > 0) {
        out = (out == null ? new StringBuilder(n) : out).append(text, copied, i).append("****")
            .append(text, wallet - 4, wallet);
        copied = wallet;
        i = wallet;
      } else if (c >= '0' && c <= '9') {
        int end = i;
        while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
        }
        if (end - i >= MIN_MASKED_DIGITS) {
          out = (out == null ? new StringBuilder(n) : out).append(text, copied, i).append("****")
              .append(text, end - 4, end);
          copied = end;
        }
        i = end;
      } else if (c == '@' && i > 0 && isAddressChar(text.charAt(i - 1)) && i + 1 < n
          && isAddressChar(text.charAt(i + 1))) {
        int start = i;
        while (start > copied && isAddressChar(text.charAt(start - 1))) {
          start--;
        }
        if (start < i) {
          out = (out == null ? new StringBuilder(n) : out).append(text, copied, start).append(text.charAt(start))
              .append("***");
          copied = i;
        }
        i++;
      } else {
        i++;
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  /**
   * Masks every occurrence of each of {@code values} (an account number, a payee's name, a phone the
   * SDK sent) to {@code ****} and its last 4 characters; longest first, so a value containing another
   * is masked whole. Values shorter than 4 characters (after stripping) and null are ignored: masking
   * them would hide ordinary words.
   *
   * @param text the text; null gives null
   * @param values the values to mask; null or empty masks nothing
   * @return the masked text
   */
  public static String maskValues(String text, java.util.Collection<String> values) {
    if (text == null || values == null || values.isEmpty()) {
      return text;
    }
    java.util.List<String> vs = new java.util.ArrayList<>();
    for (String v : values) {
      if (v != null && v.strip().length() >= 4) {
        vs.add(v.strip());
      }
    }
    vs.sort(java.util.Comparator.comparingInt(String::length).reversed());
    String s = text;
    for (String v : vs) {
      if (s.contains(v)) {
        s = s.replace(v, "****" + v.substring(v.length() - 4));
      }
    }
    return s;
  }

  /**
   * The end of a wallet address starting at {@code i} (a word on its own), or -1: an EVM address
   * ({@code 0x} and 40 hex digits) or a TRON address ({@code T} and 33 base58 characters).
   */
  private static int walletEnd(String text, int i) {
    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return -1;
    }
    int n = text.length();
    int end;
    if (text.charAt(i) == '0' && i + 1 < n && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
      end = i + 2;
      while (end < n && end - i - 2 < 40 && Character.digit(text.charAt(end), 16) >= 0) {
        end++;
      }
      if (end - i - 2 != 40) {
        return -1;
      }
    } else if (text.charAt(i) == 'T') {
      end = i + 1;
      while (end < n && end - i - 1 < 33 && isBase58(text.charAt(end))) {
        end++;
      }
      if (end - i - 1 != 33) {
        return -1;
      }
    } else {
      return -1;
    }
    return end < n && Character.isLetterOrDigit(text.charAt(end)) ? -1 : end;
  }

  private static boolean isBase58(char c) {
    return c >= '1' && c <= '9' || c >= 'A' && c <= 'H' || c >= 'J' && c <= 'N' || c >= 'P' && c <= 'Z'
        || c >= 'a' && c <= 'k' || c >= 'm' && c <= 'z';
  }

  private static boolean isAddressChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
        || c == '-' || c == '+' || c == '%';
  }

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
    if (isFreeTextField(name)) {
      return maskFreeText(value);
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
      if (i >= n || (!isAccountField(name) && !isHiddenField(name) && !isFreeTextField(name))) {
        continue;
      }
      char v = json.charAt(i);
      if (v == '"') {
        int valueEnd = stringEnd(json, i);
        String raw = json.substring(i + 1, Math.max(i + 1, Math.min(valueEnd, n + 1) - 1));
        out.append('"').append(maskField(name, raw)).append('"');
        i = Math.min(valueEnd, n);
      } else if ((v == '-' || (v >= '0' && v <= '9')) && !isFreeTextField(name)) {
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
