package dev.paysdk.hexpay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.core.Money;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.internal.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Typed reads of one object's fields, from a JSON object or from decoded form fields. Empty text
 * reads as absent. A value of the wrong shape is an {@link IOException} naming the field (never
 * the value).
 */
final class FieldReader {
  private final UnaryOperator<String> source;
  private final ZoneId zone;

  private FieldReader(UnaryOperator<String> source, ZoneId zone) {
    this.source = source;
    this.zone = zone;
  }

  static FieldReader of(JsonNode node, ZoneId zone) {
    return new FieldReader(f -> Json.text(node, f), zone);
  }

  static FieldReader of(Map<String, String> fields, ZoneId zone) {
    return new FieldReader(fields::get, zone);
  }

  /** The text, or null when absent or empty. */
  String str(String field) {
    String v = source.apply(field);
    return v == null || v.isEmpty() ? null : v;
  }

  BigDecimal decimal(String field) throws IOException {
    String t = str(field);
    if (t == null || t.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(t.strip());
    } catch (NumberFormatException e) {
      throw new IOException("field '" + field + "' is not a number");
    }
  }

  Long longValue(String field) throws IOException {
    BigDecimal d = decimal(field);
    if (d == null) {
      return null;
    }
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw new IOException("field '" + field + "' is not a whole number");
    }
  }

  Integer integer(String field) throws IOException {
    Long l = longValue(field);
    if (l == null) {
      return null;
    }
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw new IOException("field '" + field + "' is out of range");
    }
    return l.intValue();
  }

  Instant instant(String field) throws IOException {
    return Times.parse(field, str(field), zone);
  }

  /** {@code amountField} in the currency named by {@code currencyField}; null when the amount is absent. */
  Money money(String amountField, String currencyField) throws IOException {
    BigDecimal amount = decimal(amountField);
    if (amount == null) {
      return null;
    }
    String currency = str(currencyField);
    if (currency == null) {
      throw new IOException("field '" + amountField + "' comes without '" + currencyField + "'");
    }
    return reported(amount, currency, currencyField);
  }

  /** {@code amountField} in {@code currency}; null when the amount is absent. */
  Money moneyIn(String amountField, String currency) throws IOException {
    BigDecimal amount = decimal(amountField);
    return amount == null ? null : reported(amount, currency, amountField);
  }

  static Money reported(BigDecimal amount, String currency, String field) throws IOException {
    try {
      return Money.reported(amount, currency.strip().toUpperCase(Locale.ROOT));
    } catch (InvalidRequestException e) {
      throw new IOException("field '" + field + "' names an unknown currency '" + currency + "'");
    }
  }
}
