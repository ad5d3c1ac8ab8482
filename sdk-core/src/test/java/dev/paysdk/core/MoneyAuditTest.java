package dev.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Money-handling audit of {@link Money} and {@link PayoutRequest.Builder#amount(String, String)}: every bad
 * amount or currency is an {@link InvalidRequestException} naming the field, nothing is rounded, exact
 * amounts written in unusual but exact forms are accepted.
 */
class MoneyAuditTest {

  private static InvalidRequestException rejected(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("rejection").isInstanceOf(InvalidRequestException.class);
    return (InvalidRequestException) t;
  }

  // ---------------------------------------------------------------- what held up

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "-0.00", "0.000", "0E+5", "0E+2147483647", "-100"})
  void of_whenZeroOrNegative_rejectsNamingAmount(String text) {
    InvalidRequestException e = rejected(() -> Money.of(text, "INR"));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.001", "100.005", "1.999", "0.0000001"})
  void of_whenMoreDecimalsThanInr_rejectsNeverRounds(String text) {
    InvalidRequestException e = rejected(() -> Money.of(text, "INR"));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
    assertThat(e.getMessage()).contains("decimals");
  }

  @Test
  void of_whenUsdtHasSevenDecimals_rejects_andSixAreKept() {
    rejected(() -> Money.of("1.1234567", "USDT"));
    assertThat(Money.of("1.123456", "USDT").toPlainString()).isEqualTo("1.123456");
    assertThat(Money.of("1.1234560000", "USDC").toPlainString()).isEqualTo("1.123456");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1_000", "1,000", "1 000", "0x10", "", "   ", "abc",
      "\u00a0100", "100\u2007", "1e2147483648", "1..0", "--1"})
  void of_whenNotADecimalNumber_rejectsNamingAmount(String text) {
    InvalidRequestException e = rejected(() -> Money.of(text, "INR"));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
  }

  @Test
  void of_whenTextIsNull_rejectsNamingAmount() {
    assertThat(rejected(() -> Money.of((String) null, "INR")).errors()).extracting(FieldError::field)
        .containsExactly("amount");
    assertThat(rejected(() -> Money.of((BigDecimal) null, "INR")).errors()).extracting(FieldError::field)
        .containsExactly("amount");
  }

  @Test
  void of_exactFormsAreAccepted_scientificTrailingZerosNegativeScale() {
    assertThat(Money.of("1e2", "INR").toMinorUnits()).isEqualTo(10_000);
    assertThat(Money.of("1E+2", "INR").toPlainString()).isEqualTo("100");
    assertThat(Money.of("100.000000", "INR").toMinorUnits()).isEqualTo(10_000);
    assertThat(Money.of(new BigDecimal("1E+3"), "INR").toPlainString()).isEqualTo("1000");
    assertThat(Money.of(new BigDecimal("1E+3"), "INR").toPlainString(2)).isEqualTo("1000.00");
    assertThat(Money.of(" 100 ", "INR").toPlainString()).isEqualTo("100");
  }

  @Test
  void of_hugeAmounts_boundedAtThirtyIntegerDigits() {
    assertThat(Money.of("1e20", "INR").toPlainString()).isEqualTo("100000000000000000000");
    assertThat(rejected(() -> Money.of("1e30", "INR")).errors()).extracting(FieldError::field).containsExactly("amount");
    assertThat(rejected(() -> Money.of(BigDecimal.TEN.pow(30), "INR")).getMessage()).contains("30 digits");
    rejected(() -> Money.of("1E-2147483647", "INR"));
  }

  @Test
  void toMinorUnits_whenOverLong_throwsInvalidRequestNotArithmetic() {
    Money m = Money.of("92233720368547758.08", "INR"); // Long.MAX_VALUE paise + 1
    assertThat(rejected(m::toMinorUnits).errors()).extracting(FieldError::field).containsExactly("amount");
    assertThat(Money.ofMinor(Long.MAX_VALUE, "INR").toMinorUnits()).isEqualTo(Long.MAX_VALUE);
    rejected(() -> Money.ofMinor(Long.MIN_VALUE, "INR"));
    rejected(() -> Money.ofMinor(0, "INR"));
  }

  @Test
  void toPlainString_fixedScale_neverRounds() {
    assertThat(rejected(() -> Money.reported(new BigDecimal("100.005"), "PEN").toPlainString(2)).errors())
        .extracting(FieldError::field).containsExactly("amount");
    rejected(() -> Money.reported(new BigDecimal("100.5"), "IDR").toBigDecimal(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"inr", "Inr", "XXX", "ABC", "XAU", "XTS", " INR", "INR ", "", "IN", "INRR", "usdt"})
  void of_whenCurrencyUnknownOrLowerCase_rejectsNamingCurrency(String currency) {
    InvalidRequestException e = rejected(() -> Money.of("100", currency));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("currency");
    assertThat(Money.isKnownCurrency(currency)).isFalse();
  }

  @Test
  void of_whenCurrencyNull_rejectsNamingCurrency() {
    assertThat(rejected(() -> Money.of("100", null)).errors()).extracting(FieldError::field)
        .containsExactly("currency");
    assertThat(rejected(() -> Money.ofMinor(100, null)).errors()).extracting(FieldError::field)
        .containsExactly("currency");
  }

  @Test
  void builderAmountText_keepsErrorsUnderAmountFields_neverThrows() {
    PayoutRequest r = PayoutRequest.builder().amount("1.001", "INR").build();
    assertThat(r.amount()).isNull();
    assertThat(r.inputErrors()).extracting(FieldError::field).containsExactly("amount");
    r = PayoutRequest.builder().amount("100", "inr").build();
    assertThat(r.inputErrors()).extracting(FieldError::field).containsExactly("amount.currency");
    assertThat(PayoutRequest.builder().amount("100.000000", "INR").build().amount().toMinorUnits()).isEqualTo(10_000);
    assertThat(PayInRequest.builder().amount("NaN", "USDT").build().inputErrors()).extracting(FieldError::field)
        .containsExactly("amount");
  }

  // ---------------------------------------------------------------- defects

  /**
   * DEFECT: non-ASCII digits (full-width, Arabic-Indic, Devanagari) are silently read as ASCII digits
   * ({@code new BigDecimal} accepts any Unicode digit), where the wire readers ({@code WireNumbers})
   * accept ASCII digits only. A form field {@code "１００"} becomes a payout of 100.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\uff11\uff10\uff10", "\u0661\u0660\u0660", "\u0967\u0966\u0966", "1\uff10\uff10.50"})
  void of_whenDigitsAreNotAscii_rejects(String text) {
    InvalidRequestException e = rejected(() -> Money.of(text, "INR"));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
  }

  /**
   * DEFECT: Money.of(String) parses the whole text before the 30-digit bound is applied, so an
   * amount text of a few hundred thousand digits costs seconds of CPU (quadratic BigInteger parse:
   * 1,000,000 digits took ~17 s) and the error message echoes the entire text (1 MB message).
   * Money.of(BigDecimal)'s own comment says bounds come "first ... before any arithmetic".
   */
  @Test
  void of_whenTextHasHundredsOfThousandsOfDigits_rejectsCheaplyWithShortMessage() {
    String text = "9".repeat(200_000);
    long t0 = System.nanoTime();
    InvalidRequestException e = rejected(() -> Money.of(text, "INR"));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(e.getMessage().length()).as("message length").isLessThan(1_000);
    assertThat(ms).as("milliseconds to reject a 200,000-digit amount").isLessThan(100);
  }

  /**
   * DEFECT (message): an amount too large for a long of minor units is reported as "not a whole number
   * of minor units", which is false for 1e20 INR (a whole number of paise) and sends the caller looking
   * for a fraction.
   */
  @Test
  void toMinorUnits_whenTooLarge_saysTooLargeNotFraction() {
    InvalidRequestException e = rejected(() -> Money.of("1e20", "INR").toMinorUnits());
    assertThat(e.getMessage()).doesNotContain("not a whole number");
  }

  /**
   * DEFECT (all errors at once): {@code amount(text, currency)} promises that "one round shows every
   * problem", but a bad text hides a bad currency and a bad currency hides a bad (negative) amount.
   */
  @Test
  void builderAmountText_whenTextAndCurrencyAreBothBad_reportsBoth() {
    assertThat(PayoutRequest.builder().amount("abc", null).build().inputErrors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("amount", "amount.currency");
    assertThat(PayoutRequest.builder().amount("-5", "XXX").build().inputErrors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("amount", "amount.currency");
  }
}
