package dev.paysdk.core.log;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern JSON_STRING_FIELD =
      Pattern.compile("\"([A-Za-z0-9_]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern JSON_NUMBER_FIELD =
      Pattern.compile("\"([A-Za-z0-9_]+)\"\\s*:\\s*(-?[0-9][0-9.eE+-]*)");

  private Masking() {}

  /** True when a field of this name holds an account-like number (kept to its last 4 characters). */
  public static boolean isAccountField(String name) {
    return name != null && ACCOUNT_KEYS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** True when a field of this name is hidden entirely. */
  public static boolean isHiddenField(String name) {
    return name != null && HIDDEN_KEYS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The masked form of a field's value, by the field's name; other fields are returned as they are. */
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

  /** {@code 123456789012} becomes {@code ********9012}; a value of 4 or fewer characters is hidden whole. */
  public static String maskAccount(String value) {
    if (value == null) {
      return null;
    }
    if (value.length() <= 4) {
      return HIDDEN;
    }
    return "*".repeat(Math.min(value.length() - 4, 8)) + value.substring(value.length() - 4);
  }

  /** {@link #HIDDEN} for any non-null value. */
  public static String hide(String value) {
    return value == null ? null : HIDDEN;
  }

  /**
   * Masks a request or response body for logging: JSON objects (at any depth), form bodies and
   * query strings are recognised by shape; anything else is reduced to its length.
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

  /** Masks the string and number fields of a JSON text by their names, at any depth. */
  public static String maskJson(String json) {
    String out = replace(JSON_STRING_FIELD, json, m -> {
      String masked = maskField(m.group(1), m.group(2));
      return "\"" + m.group(1) + "\":\"" + masked + "\"";
    });
    return replace(JSON_NUMBER_FIELD, out, m -> {
      String masked = maskField(m.group(1), m.group(2));
      return masked.equals(m.group(2)) ? m.group() : "\"" + m.group(1) + "\":\"" + masked + "\"";
    });
  }

  /** Masks a form body or query string ({@code a=1&b=2}) by field names. */
  public static String maskForm(String form) {
    StringBuilder sb = new StringBuilder();
    for (String pair : form.split("&", -1)) {
      if (sb.length() > 0) {
        sb.append('&');
      }
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

  /** Masks the query string of a URL, leaving the rest. */
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

  private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
