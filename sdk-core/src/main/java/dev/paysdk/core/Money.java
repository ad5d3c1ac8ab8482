package dev.paysdk.core;

import dev.paysdk.core.error.InvalidRequestException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * An exact amount of money in one currency. Never a {@code double}: the amount is a
 * {@link BigDecimal}, and every conversion to a wire format either is exact or throws
 * {@link InvalidRequestException}. Nothing is ever rounded.
 *
 * <pre>{@code
 * Money fee = Money.of("10.50", "PEN");
 * Money payout = Money.ofMinor(10_000, "INR");      // 100.00 INR
 * long paise = payout.toMinorUnits();                // 10000
 * String wire = Money.of("11", "USDC").toPlainString(); // "11"
 * }</pre>
 *
 * <p>Currencies are the ISO 4217 codes the JDK knows, with their minor-unit scale (INR 2, JPY 0,
 * KWD 3), and the stablecoins USDT and USDC with 6 decimals. {@link #of} is for amounts a merchant
 * asks to move: positive, and with no more decimals than the currency has. {@link #reported} is for
 * amounts a gateway reports (balances, fees), which may be zero, negative or carry more decimals.
 *
 * <p>Instances are immutable. {@link #equals} compares the numeric value and the currency, so
 * {@code 10.5 PEN} equals {@code 10.50 PEN}.
 */
public final class Money implements Comparable<Money> {

  private static final Map<String, Integer> TOKEN_SCALES = Map.of("USDT", 6, "USDC", 6);
  /** No gateway takes an amount of 10^30 or more; larger inputs are rejected before any arithmetic. */
  private static final int MAX_INTEGER_DIGITS = 30;
  /** Trailing zeros beyond this many decimal places are not read (no currency has more than 18). */
  private static final int MAX_WRITTEN_DECIMALS = 100;
  /** The longest amount text read: 30 digits, a point, 100 decimals, a sign and an exponent fit. */
  private static final int MAX_TEXT_LENGTH = 160;

  private final BigDecimal amount;
  private final String currency;

  private Money(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * A positive amount to move, parsed from its decimal text.
   *
   * @param amount the decimal text, such as {@code "10.50"}; surrounding whitespace is ignored, an
   *     exponent ({@code 1E+2}) is read as the number it writes
   * @param currency the currency code, such as {@code PEN} or {@code USDT}
   * @return the amount, exactly as written (trailing zeros kept)
   * @throws InvalidRequestException when the text is null or not a decimal number, the amount is
   *     zero or negative, the currency is unknown, or the amount has more decimals than the
   *     currency (for example {@code 10.505 PEN})
   */
  public static Money of(String amount, String currency) {
    if (amount == null) {
      throw new InvalidRequestException("amount", "amount is null");
    }
    String text = amount.trim();
    // bounds and characters first: BigDecimal reads any Unicode digit ("１００") and parses a
    // million-digit text in quadratic time before any limit could be checked
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidRequestException("amount", "amount text of " + text.length() + " characters is longer than the "
          + MAX_TEXT_LENGTH + " PaySDK reads");
    }
    if (!isAsciiDecimal(text)) {
      throw new InvalidRequestException("amount", "amount '" + text + "' is not a decimal number (ASCII digits,"
          + " an optional sign, point and exponent)");
    }
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("amount", "amount '" + text + "' is not a decimal number");
    }
    return of(parsed, currency);
  }

  /** Only the characters of a plain decimal text: ASCII digits, sign, point, exponent. */
  private static boolean isAsciiDecimal(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A positive amount to move.
   *
   * @param amount the amount; more than 30 digits before the decimal point, or more than 100
   *     written decimal places, are rejected before any arithmetic
   * @param currency the currency code, such as {@code PEN} or {@code USDT}
   * @return the amount, exactly as given
   * @throws InvalidRequestException as {@link #of(String, String)}
   */
  public static Money of(BigDecimal amount, String currency) {
    int scale = scaleOf(currency);
    if (amount == null) {
      throw new InvalidRequestException("amount", "amount is null");
    }
    // Bounds first: "1e10000000" would otherwise cost seconds to normalise and megabytes to print.
    if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidRequestException("amount", "amount " + amount + " " + currency + " has more than "
          + MAX_INTEGER_DIGITS + " digits before the decimal point");
    }
    if (amount.scale() > MAX_WRITTEN_DECIMALS) {
      throw new InvalidRequestException("amount", "amount " + amount + " " + currency + " is written with "
          + amount.scale() + " decimal places, more than the " + MAX_WRITTEN_DECIMALS + " PaySDK reads");
    }
    if (amount.signum() == 0) {
      throw new InvalidRequestException("amount", "amount " + amount.toPlainString() + " " + currency + " is zero");
    }
    if (amount.signum() < 0) {
      throw new InvalidRequestException("amount", "amount " + amount.toPlainString() + " " + currency + " is negative");
    }
    if (significantScale(amount) > scale) {
      throw new InvalidRequestException("amount", "amount " + amount.toPlainString() + " " + currency
          + " has more than the " + scale + " decimals " + currency + " allows");
    }
    return new Money(amount, currency);
  }

  /**
   * A positive amount given in the currency's minor units: paise for INR, cents for PEN, 10^-6 for USDT.
   *
   * @param minorUnits the amount in minor units, such as {@code 10000} for 100.00 INR
   * @param currency the currency code
   * @return the amount, with the currency's scale ({@code 100.00})
   * @throws InvalidRequestException when {@code minorUnits} is zero or negative, or the currency is unknown
   */
  public static Money ofMinor(long minorUnits, String currency) {
    int scale = scaleOf(currency);
    if (minorUnits <= 0) {
      throw new InvalidRequestException("amount", "amount of " + minorUnits + " minor units of " + currency
          + " is " + (minorUnits == 0 ? "zero" : "negative"));
    }
    return new Money(BigDecimal.valueOf(minorUnits, scale), currency);
  }

  /**
   * An amount as a gateway reported it: a balance, a fee, a settled amount. May be zero or negative
   * and keeps every decimal the gateway sent (a gateway may report a USDC balance with 8 decimals).
   *
   * @param amount the amount as the gateway reported it
   * @param currency the currency code
   * @return the amount, exactly as given
   * @throws InvalidRequestException when the amount is null or the currency unknown
   */
  public static Money reported(BigDecimal amount, String currency) {
    scaleOf(currency);
    if (amount == null) {
      throw new InvalidRequestException("amount", "amount is null");
    }
    return new Money(amount, currency);
  }

  /**
   * {@link #reported(BigDecimal, String)} for an amount in minor units, such as INR paise.
   *
   * @param minorUnits the amount in minor units; may be zero or negative
   * @param currency the currency code
   * @return the amount, with the currency's scale
   * @throws InvalidRequestException when the currency is null or unknown
   */
  public static Money reportedMinor(long minorUnits, String currency) {
    return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
  }

  /**
   * Zero in {@code currency}.
   *
   * @param currency the currency code
   * @return zero, with the currency's scale ({@code 0.00 INR})
   * @throws InvalidRequestException when the currency is null or unknown
   */
  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
  }

  /**
   * Whether PaySDK knows a currency.
   *
   * @param currency the code to check; null is unknown
   * @return true for an ISO 4217 code the JDK knows, or USDT / USDC
   */
  public static boolean isKnownCurrency(String currency) {
    try {
      scaleOf(currency);
      return true;
    } catch (InvalidRequestException e) {
      return false;
    }
  }

  /**
   * Number of decimals of {@code currency}'s minor unit: 2 for INR, 0 for JPY, 6 for USDT.
   *
   * @param currency the currency code, upper case
   * @return the number of decimals
   * @throws InvalidRequestException when the currency is null or unknown
   */
  public static int scaleOf(String currency) {
    if (currency == null) {
      throw new InvalidRequestException("currency", "currency is null");
    }
    Integer token = TOKEN_SCALES.get(currency);
    if (token != null) {
      return token;
    }
    if (currency.length() == 3 && currency.equals(currency.toUpperCase(java.util.Locale.ROOT))) {
      try {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits >= 0) {
          return digits;
        }
      } catch (IllegalArgumentException e) {
        // fall through to the rejection below
      }
    }
    throw new InvalidRequestException("currency", "unknown currency '" + currency
        + "' (expected an ISO 4217 code such as INR, or USDT / USDC)");
  }

  /** {@return the amount, exactly as given (scale and trailing zeros kept); never null} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the currency code, such as {@code INR} or {@code USDT}; never null} */
  public String currency() {
    return currency;
  }

  /** {@return the number of decimals of this currency's minor unit, as {@link #scaleOf(String)}} */
  public int currencyScale() {
    return scaleOf(currency);
  }

  /**
   * The amount in minor units (paise, cents).
   *
   * @return the amount times 10 to the currency's scale
   * @throws InvalidRequestException when the amount has a fraction of a minor unit, or does not fit a long
   */
  public long toMinorUnits() {
    BigDecimal minor = amount.movePointRight(currencyScale());
    try {
      return minor.longValueExact();
    } catch (ArithmeticException e) {
      boolean whole = minor.signum() == 0 || minor.stripTrailingZeros().scale() <= 0;
      throw new InvalidRequestException("amount", whole
          ? "amount " + this + " is too large: " + minor.toBigInteger().bitLength() + "-bit minor units do not fit"
              + " the 64-bit integer gateways take"
          : "amount " + this + " is not a whole number of minor units");
    }
  }

  /**
   * The amount with at most {@code maxScale} decimals, trailing zeros removed down to none.
   *
   * @param maxScale the most decimals the result may have
   * @return the amount without trailing zeros and without an exponent ({@code 100}, not {@code 1E+2})
   * @throws InvalidRequestException when that would lose a digit
   */
  public BigDecimal toBigDecimal(int maxScale) {
    BigDecimal stripped = strip(amount);
    if (stripped.scale() > maxScale) {
      throw new InvalidRequestException("amount", "amount " + this + " has more than " + maxScale
          + " decimals and cannot be sent exactly");
    }
    return stripped;
  }

  /**
   * The amount as plain text with exactly {@code fixedScale} decimals, such as {@code "100.00"}.
   *
   * @param fixedScale the number of decimals to write
   * @return the text, zero-padded to {@code fixedScale} decimals
   * @throws InvalidRequestException when the amount has more decimals than {@code fixedScale}
   */
  public String toPlainString(int fixedScale) {
    try {
      return amount.setScale(fixedScale, java.math.RoundingMode.UNNECESSARY).toPlainString();
    } catch (ArithmeticException e) {
      throw new InvalidRequestException("amount", "amount " + this + " has more than " + fixedScale
          + " decimals and cannot be sent exactly");
    }
  }

  /** {@return the amount as plain text without exponent and without trailing zeros: {@code "11"}, {@code "10.5"}} */
  public String toPlainString() {
    return strip(amount).toPlainString();
  }

  /** {@return true when the amount is a whole number of major units ({@code 100.00 INR}, not {@code 100.50 INR})} */
  public boolean isWholeMajorUnits() {
    return strip(amount).scale() <= 0;
  }

  /** {@return true when the amount is zero, whatever its scale} */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Compares the amounts of two values of the same currency, by numeric value ({@code 10.5}
   * equals {@code 10.50}).
   *
   * @param other the other amount
   * @return negative, zero or positive as this amount is less than, equal to or greater than the other
   * @throws IllegalArgumentException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
    }
    return amount.compareTo(other.amount);
  }

  /** {@return true for a {@code Money} of the same currency and the same numeric amount ({@code 10.5} equals {@code 10.50})} */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  /** {@return a hash consistent with {@link #equals}: equal amounts of different scales hash alike} */
  @Override
  public int hashCode() {
    return Objects.hash(strip(amount), currency);
  }

  /** {@code "10.50 PEN"}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }

  private static int significantScale(BigDecimal value) {
    return Math.max(strip(value).scale(), 0);
  }

  private static BigDecimal strip(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = value.stripTrailingZeros();
    // 1E+2 -> 100: never hand out an exponent form
    return s.scale() < 0 ? new BigDecimal(s.unscaledValue().multiply(BigInteger.TEN.pow(-s.scale()))) : s;
  }
}
