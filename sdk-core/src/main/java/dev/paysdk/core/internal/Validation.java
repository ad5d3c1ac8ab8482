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
   * Requires a non-null, non-blank value; returns whether it was present. A field that already has
   * an error (an amount the request's builder could not read, say) is not reported again as missing.
   */
  public boolean required(String field, Object value) {
    boolean present = value != null && !(value instanceof String s && s.isBlank());
    if (!present && hasErrorFor(field)) {
      return false;
    }
    return check(present, field, "is required");
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

  /** At most {@code max} characters when present. */
  public boolean maxLength(String field, String value, int max) {
    return value == null || check(value.length() <= max, field,
        "is " + value.length() + " characters long, at most " + max + " allowed");
  }

  /** An absolute http or https URL when present. */
  public boolean httpUrl(String field, String value) {
    return value == null || check(isHttpUrl(value), field, "'" + value + "' is not an absolute http or https URL");
  }

  /** A plausible email address when present. */
  public boolean email(String field, String value) {
    return value == null || check(isEmail(value), field, "is not a valid email address");
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws every collected error at once. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(context, errors);
    }
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
