package dev.paysdk.agentpay.internal;

import dev.paysdk.core.Money;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.sign.SigningRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One JSON answer of the gateway: its top-level fields exactly as written (numbers keep their
 * text), checked against its {@code sign} when it carries one.
 */
final class Answer {
  private static final Set<String> HANDLED = Set.of("SUCCESS", "0");

  private final int httpStatus;
  private final String body;
  private final Map<String, String> fields;

  private Answer(int httpStatus, String body, Map<String, String> fields) {
    this.httpStatus = httpStatus;
    this.body = body;
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * Parses an answer's body.
   *
   * @throws IOException when the body is empty or not a JSON object
   */
  static Answer parse(HttpResponse response) throws IOException {
    if (response.body().length == 0) {
      throw new IOException("empty body");
    }
    return new Answer(response.status(), response.bodyAsString(), Json.rawFields(response.body()));
  }

  /**
   * Verifies the answer's signature when it carries one: rule A over every non-null field but
   * {@code sign}. An answer without {@code sign} (the gateway does not sign refusals, nor its
   * balance answer) passes.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException when the signature does not match
   */
  Answer verified(SigningRule rule, ErrorContext ctx) {
    String sign = fields.get(Wire.SIGN);
    if (sign != null && !sign.isEmpty()) {
      Map<String, String> signed = new LinkedHashMap<>(fields);
      signed.remove(Wire.SIGN);
      rule.verify(signed, sign, ctx);
    }
    return this;
  }

  int httpStatus() {
    return httpStatus;
  }

  String body() {
    return body;
  }

  /** A field's text, or null when absent, JSON null or empty. */
  String text(String name) {
    String v = fields.get(name);
    return v == null || v.isEmpty() ? null : v;
  }

  String retCode() {
    return text(Wire.RET_CODE);
  }

  String retMsg() {
    return text(Wire.RET_MSG);
  }

  /** True when the gateway says it handled the request: {@code retCode} {@code SUCCESS} (any case) or {@code 0}. */
  boolean handled() {
    String code = retCode();
    return code != null && HANDLED.contains(code.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * An amount in paise as INR, or null when absent.
   *
   * @throws IOException when it is not a whole number of paise
   */
  Money paise(String name) throws IOException {
    return paise(name, text(name));
  }

  /**
   * {@code text}, a whole number of paise, as INR; null for null.
   *
   * @throws IOException when it is not a whole number of paise
   */
  static Money paise(String name, String text) throws IOException {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Money.reportedMinor(new BigDecimal(text.strip()).longValueExact(), "INR");
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IOException("field '" + name + "' is not a whole number of paise");
    }
  }
}
