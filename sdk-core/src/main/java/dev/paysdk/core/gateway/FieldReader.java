package dev.paysdk.core.gateway;

import dev.paysdk.core.Money;
import dev.paysdk.core.error.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Typed reads of one object's fields (an answer's {@code data}, a webhook's parameters), each value
 * the text as received. Empty text reads as absent. A value of the wrong shape is a
 * {@link MalformedAnswerException} whose message names the wire field, never its value (an
 * unverified or private value must not reach a message). Numbers are bounded ({@link WireNumbers}).
 */
public final class FieldReader {
  private final Function<String, String> source;

  private FieldReader(Function<String, String> source) {
    this.source = source;
  }

  /** A reader over {@code fields} (wire name to text). */
  public static FieldReader of(Map<String, String> fields) {
    Objects.requireNonNull(fields, "fields == null");
    return new FieldReader(fields::get);
  }

  /** A reader over any source of field texts. */
  public static FieldReader of(Function<String, String> source) {
    return new FieldReader(Objects.requireNonNull(source, "source == null"));
  }

  /** The text, or null when absent or empty. */
  public String text(String field) {
    String v = source.apply(field);
    return v == null || v.isEmpty() ? null : v;
  }

  /**
   * The text.
   *
   * @throws MalformedAnswerException when absent or empty
   */
  public String requiredText(String field) {
    String v = text(field);
    if (v == null) {
      throw new MalformedAnswerException("field '" + field + "' is missing");
    }
    return v;
  }

  /** The exact decimal, or null when absent or blank. */
  public BigDecimal decimal(String field) {
    String t = text(field);
    return t == null || t.isBlank() ? null : WireNumbers.decimal(field, t);
  }

  /** A whole number, or null when absent or blank. */
  public Long longValue(String field) {
    String t = text(field);
    return t == null || t.isBlank() ? null : WireNumbers.wholeNumber(field, t);
  }

  /** An int, or null when absent or blank. */
  public Integer integer(String field) {
    String t = text(field);
    return t == null || t.isBlank() ? null : WireNumbers.intValue(field, t);
  }

  /** {@code amountField} in the currency named by {@code currencyField}; null when the amount is absent. */
  public Money money(String amountField, String currencyField) {
    BigDecimal amount = decimal(amountField);
    if (amount == null) {
      return null;
    }
    String currency = text(currencyField);
    if (currency == null) {
      throw new MalformedAnswerException("field '" + amountField + "' comes without '" + currencyField + "'");
    }
    return reported(amountField, amount, currency);
  }

  /** {@code amountField} in {@code currency} (known to the caller); null when the amount is absent. */
  public Money moneyIn(String amountField, String currency) {
    BigDecimal amount = decimal(amountField);
    return amount == null ? null : reported(amountField, amount, currency);
  }

  /** {@code field}, a whole number of minor units, in {@code currency}; null when absent. */
  public Money minorUnits(String field, String currency) {
    Long minor = longValue(field);
    if (minor == null) {
      return null;
    }
    try {
      return Money.reportedMinor(minor, currency);
    } catch (InvalidRequestException | ArithmeticException e) {
      throw new MalformedAnswerException("field '" + field + "' is not an amount in minor units of " + currency);
    }
  }

  /** {@code field} read by {@code parser} (a gateway's time format); null when absent. */
  public Instant instant(String field, Function<String, Instant> parser) {
    String t = text(field);
    if (t == null || t.isBlank()) {
      return null;
    }
    try {
      return parser.apply(t.strip());
    } catch (MalformedAnswerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new MalformedAnswerException("field '" + field + "' is not a time PaySDK reads");
    }
  }

  /** A reported amount (may be zero or carry more decimals than the currency). */
  public static Money reported(String field, BigDecimal amount, String currency) {
    try {
      return Money.reported(amount, currency.strip().toUpperCase(Locale.ROOT));
    } catch (InvalidRequestException e) {
      throw new MalformedAnswerException("field '" + field + "' comes with a currency PaySDK does not know");
    }
  }
}
