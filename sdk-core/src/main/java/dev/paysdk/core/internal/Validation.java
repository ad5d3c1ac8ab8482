package dev.paysdk.core.internal;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects every field error of a request, then throws them together. Not a public contract.
 *
 * <pre>{@code
 * Validation v = new Validation(ctx);
 * v.required("accountNo", req.accountNo());
 * v.maxLength("mchOrderNo", req.mchOrderNo(), 30);
 * v.throwIfInvalid();
 * }</pre>
 */
public final class Validation {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
  private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

  private final ErrorContext context;
  private final List<FieldError> errors = new ArrayList<>();
  /** Fields found holding a control character, reported only when no other check named them. */
  private final java.util.Set<String> controlCharacterFields = new java.util.LinkedHashSet<>();

  public Validation(ErrorContext context) {
    this.context = context;
  }

  /** Adds an error. */
  public Validation add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** Adds {@code message} when {@code ok} is false; returns {@code ok}. */
  public boolean check(boolean ok, String field, String message) {
    if (!ok) {
      add(field, message);
    }
    return ok;
  }

  /**
   * Requires a non-null, non-blank value; returns whether it was present. A text holding a control
   * character is reported too (once, unless another check names the field). A field that already has
   * an error (an amount the request's builder could not read, say) is not reported again as missing.
   */
  public boolean required(String field, Object value) {
    boolean present = value != null && !(value instanceof String s && s.isBlank());
    if (!present && hasErrorFor(field)) {
      return false;
    }
    boolean ok = check(present, field, "is required");
    if (ok && value instanceof String s) {
      plain(field, s); // recorded, so that the caller's shape checks still run and name the field
    }
    return ok;
  }

  /**
   * No control character (NUL, CR, LF, tab, DEL...) in a text field: gateways encode, sign and store
   * such text differently, and no name, account number or remark needs one. Reported once per field.
   */
  private boolean plain(String field, String value) {
    if (hasControlCharacter(value)) {
      // reported at the end unless a more precise check (a shape, a length) names the field
      controlCharacterFields.add(field);
      return false;
    }
    return true;
  }

  /** True when {@code text} holds a C0 control character or DEL (NUL, CR, LF, tab...). */
  public static boolean hasControlCharacter(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** No control character in a text field when present (as {@link #required} and {@link #maxLength} check). */
  public boolean plainText(String field, String value) {
    return value == null || plain(field, value);
  }

  private void reportControlCharacters() {
    for (String field : controlCharacterFields) {
      if (!hasErrorFor(field)) {
        add(field, "holds a control character (such as NUL, CR, LF or tab)");
      }
    }
    controlCharacterFields.clear();
  }

  /**
   * Adds the errors a request's builder kept instead of throwing (such as
   * {@code PayoutRequest.inputErrors()}), so they are reported with every other field error.
   */
  public Validation addAll(List<FieldError> inputErrors) {
    errors.addAll(inputErrors);
    return this;
  }

  /** True when an error for {@code field} (or one of its sub-fields, {@code field.x}) was added. */
  public boolean hasErrorFor(String field) {
    for (FieldError e : errors) {
      if (e.field().equals(field) || e.field().startsWith(field + ".")) {
        return true;
      }
    }
    return false;
  }

  /** At most {@code max} characters when present (a control character is reported as {@link #required} says). */
  public boolean maxLength(String field, String value, int max) {
    if (value == null) {
      return true;
    }
    plain(field, value);
    return check(value.length() <= max, field, "is " + value.length() + " characters long, at most " + max
        + " allowed");
  }

  /** An absolute http or https URL when present. */
  public boolean httpUrl(String field, String value) {
    // the URL is not repeated: its query may carry a token, or it may be something else pasted by mistake
    return value == null || check(isHttpUrl(value), field, "is not an absolute http or https URL");
  }

  /** A plausible email address when present. */
  public boolean email(String field, String value) {
    return value == null || check(isEmail(value), field, "is not a valid email address");
  }

  public boolean hasErrors() {
    reportControlCharacters();
    return !errors.isEmpty();
  }

  public List<FieldError> errors() {
    reportControlCharacters();
    return List.copyOf(errors);
  }

  /** Throws every collected error at once. */
  public void throwIfInvalid() {
    reportControlCharacters();
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(context, errors);
    }
  }

  /**
   * {@code 'value'} for a short plain code (a currency, a network, a bank id: letters, digits,
   * {@code _ . -}, at most 24 characters), else {@code "the value given"}: a validation message
   * never repeats what may be personal data typed into the wrong field.
   */
  public static String quoted(String value) {
    return value != null && value.length() <= 24 && value.matches("[A-Za-z0-9_.\\-]*") ? "'" + value + "'"
        : "the value given";
  }

  /** Absolute http(s) URL with a host. */
  public static boolean isHttpUrl(String value) {
    try {
      URI u = new URI(value);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && !u.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code local@domain.tld}. */
  public static boolean isEmail(String value) {
    return EMAIL.matcher(value).matches();
  }

  /** True when the URL's host is a literal IPv4 or IPv6 address. */
  public static boolean hasLiteralIpHost(String url) {
    try {
      String host = new URI(url).getHost();
      if (host == null) {
        return false;
      }
      return IPV4.matcher(host).matches() || host.startsWith("[") || host.contains(":")
          || IDN.toASCII(host).isEmpty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }
}
