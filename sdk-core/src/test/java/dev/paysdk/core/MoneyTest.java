package dev.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.InvalidRequestException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest(name = "{0} {1} has scale {2}")
  @CsvSource({"USDT, 6", "USDC, 6", "INR, 2", "PEN, 2", "JPY, 0", "KWD, 3", "IDR, 2"})
  void scaleOf_knowsIsoCurrenciesAndStablecoins(String currency, int scale) {
    assertThat(Money.scaleOf(currency)).isEqualTo(scale);
    assertThat(Money.isKnownCurrency(currency)).isTrue();
  }

  @Test
  void toMinorUnits_isExact() {
    assertThat(Money.of("100", "INR").toMinorUnits()).isEqualTo(10_000L);
    assertThat(Money.of("10.5", "PEN").toMinorUnits()).isEqualTo(1_050L);
    assertThat(Money.of("0.000001", "USDT").toMinorUnits()).isEqualTo(1L);
    assertThat(Money.of("1500", "JPY").toMinorUnits()).isEqualTo(1_500L);
    assertThat(Money.of("1E+2", "JPY").toMinorUnits()).isEqualTo(100L);
    assertThat(Money.ofMinor(10_000, "INR").amount()).isEqualByComparingTo("100");
    assertThat(Money.ofMinor(123_456_789, "USDC").toPlainString()).isEqualTo("123.456789");
  }

  @Test
  void toBigDecimal_stripsTrailingZeros_withinTheMaximumScale() {
    assertThat(Money.of("10.50", "PEN").toBigDecimal(2)).isEqualTo(new BigDecimal("10.5"));
    assertThat(Money.of("100.00", "INR").toBigDecimal(0)).isEqualTo(new BigDecimal("100"));
    assertThat(Money.of("100.00", "INR").toBigDecimal(0).toPlainString()).isEqualTo("100");
    assertThat(Money.of("1E+3", "USDT").toBigDecimal(6).toPlainString()).isEqualTo("1000");
    assertThat(Money.of("0.123456", "USDT").toBigDecimal(6)).isEqualTo(new BigDecimal("0.123456"));
  }

  @Test
  void toPlainString_withFixedScale_padsButNeverRounds() {
    assertThat(Money.of("100", "INR").toPlainString(2)).isEqualTo("100.00");
    assertThat(Money.of("10.5", "PEN").toPlainString(2)).isEqualTo("10.50");
    assertThat(Money.of("11", "USDC").toPlainString(6)).isEqualTo("11.000000");
    assertThat(Money.of("100.00", "IDR").toPlainString(0)).isEqualTo("100");
  }

  @Test
  void toPlainString_hasNoExponentAndNoTrailingZeros() {
    assertThat(Money.of("11", "USDC").toPlainString()).isEqualTo("11");
    assertThat(Money.of("10.50", "PEN").toPlainString()).isEqualTo("10.5");
    assertThat(Money.of("1E+2", "INR").toPlainString()).isEqualTo("100");
    assertThat(Money.of(new BigDecimal("1000000"), "JPY").toPlainString()).isEqualTo("1000000");
    assertThat(Money.of("0.000001", "USDT").toPlainString()).isEqualTo("0.000001");
    assertThat(Money.zero("INR").toPlainString()).isEqualTo("0");
  }

  @Test
  void of_rejectsZero_namingTheValue() {
    assertThatThrownBy(() -> Money.of("0.00", "INR"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("0.00 INR").hasMessageContaining("zero");
    assertThatThrownBy(() -> Money.ofMinor(0, "INR")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("zero");
  }

  @Test
  void of_rejectsNegative_namingTheValue() {
    assertThatThrownBy(() -> Money.of("-5", "PEN"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("-5 PEN").hasMessageContaining("negative");
    assertThatThrownBy(() -> Money.ofMinor(-1, "INR")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("-1").hasMessageContaining("negative");
  }

  @Test
  void of_rejectsANullAmount() {
    assertThatThrownBy(() -> Money.of((String) null, "INR")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("amount is null")
        .satisfies(e -> assertThat(((InvalidRequestException) e).hasErrorFor("amount")).isTrue());
    assertThatThrownBy(() -> Money.of((BigDecimal) null, "INR")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("amount is null");
    assertThatThrownBy(() -> Money.reported(null, "INR")).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void of_rejectsText_thatIsNoNumber_namingIt() {
    assertThatThrownBy(() -> Money.of("ten", "INR")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("'ten'");
  }

  @Test
  void of_rejectsANullCurrency() {
    assertThatThrownBy(() -> Money.of("1", null)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("currency is null")
        .satisfies(e -> assertThat(((InvalidRequestException) e).hasErrorFor("currency")).isTrue());
    assertThatThrownBy(() -> Money.scaleOf(null)).isInstanceOf(InvalidRequestException.class);
  }

  @ParameterizedTest
  @CsvSource({"ABC", "usd", "XXX", "USDX", "''"})
  void of_rejectsAnUnknownCurrency_namingIt(String currency) {
    assertThatThrownBy(() -> Money.of("1", currency)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("unknown currency '" + currency + "'");
    assertThat(Money.isKnownCurrency(currency)).isFalse();
  }

  @Test
  void of_rejectsMoreDecimalsThanTheCurrencyHas_namingTheValue() {
    assertThatThrownBy(() -> Money.of("10.505", "PEN")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("10.505 PEN").hasMessageContaining("2 decimals");
    assertThatThrownBy(() -> Money.of("100.5", "JPY")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("100.5 JPY");
    assertThatThrownBy(() -> Money.of("1.0000001", "USDT")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("1.0000001 USDT");
  }

  @Test
  void of_acceptsTrailingZerosBeyondTheCurrencyScale() {
    assertThat(Money.of("10.500", "PEN").toMinorUnits()).isEqualTo(1_050L);
    assertThat(Money.of("100.00", "JPY").toMinorUnits()).isEqualTo(100L);
  }

  @Test
  void toMinorUnits_rejectsAFractionOfAMinorUnit_namingTheValue() {
    Money reported = Money.reported(new BigDecimal("1.234"), "INR");

    assertThatThrownBy(reported::toMinorUnits).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("1.234 INR");
  }

  @Test
  void toMinorUnits_rejectsAnAmountBeyondALong() {
    Money huge = Money.of(new BigDecimal("100000000000000000000"), "INR");

    assertThatThrownBy(huge::toMinorUnits).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("100000000000000000000 INR");
  }

  @Test
  void toBigDecimal_rejectsLosingADigit_namingTheValue() {
    assertThatThrownBy(() -> Money.of("10.5", "PEN").toBigDecimal(0)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("10.5 PEN").hasMessageContaining("0 decimals");
    assertThatThrownBy(() -> Money.of("0.1234567", "USDT").toBigDecimal(6))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> Money.of("0.000001", "USDT").toBigDecimal(5))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("0.000001 USDT");
  }

  @Test
  void toPlainString_withFixedScale_rejectsLosingADigit_namingTheValue() {
    assertThatThrownBy(() -> Money.of("10.5", "PEN").toPlainString(0)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("10.5 PEN");
    assertThatThrownBy(() -> Money.reported(new BigDecimal("10.505"), "PEN").toPlainString(2))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("10.505 PEN");
  }

  @Test
  void reported_acceptsZeroNegativeAndExtraDecimals() {
    assertThat(Money.reported(new BigDecimal("-1.50"), "PEN").amount()).isEqualByComparingTo("-1.5");
    assertThat(Money.reported(new BigDecimal("0.12345678"), "USDC").toPlainString()).isEqualTo("0.12345678");
    assertThat(Money.reportedMinor(-250, "INR").toPlainString()).isEqualTo("-2.5");
    assertThat(Money.reportedMinor(0, "INR").isZero()).isTrue();
    assertThat(Money.zero("USDT").isZero()).isTrue();
    assertThat(Money.zero("USDT").amount().scale()).isEqualTo(6);
  }

  @Test
  void isWholeMajorUnits_ignoresTrailingZeros() {
    assertThat(Money.of("100.00", "INR").isWholeMajorUnits()).isTrue();
    assertThat(Money.of("100.50", "INR").isWholeMajorUnits()).isFalse();
    assertThat(Money.of("1E+2", "INR").isWholeMajorUnits()).isTrue();
  }

  @Test
  void equalsAndHashCode_ignoreScale_butNotCurrency() {
    Money a = Money.of("10.5", "PEN");
    Money b = Money.of("10.50", "PEN");
    Money c = Money.of(new BigDecimal("10.500"), "PEN");
    Money hundred = Money.of("100", "INR");
    Money hundredScaled = Money.of("100.00", "INR");
    Money hundredExp = Money.of("1E+2", "INR");

    assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(b).hasSameHashCodeAs(c);
    assertThat(hundred).isEqualTo(hundredScaled).isEqualTo(hundredExp)
        .hasSameHashCodeAs(hundredScaled).hasSameHashCodeAs(hundredExp);
    assertThat(Money.zero("INR")).isEqualTo(Money.reported(BigDecimal.ZERO, "INR"))
        .hasSameHashCodeAs(Money.reported(new BigDecimal("0.000"), "INR"));
    assertThat(Money.of("10.5", "PEN")).isNotEqualTo(Money.of("10.5", "USD"));
    assertThat(Money.of("10.5", "PEN")).isNotEqualTo(Money.of("10.51", "PEN"));
  }

  @Test
  void compareTo_ordersAmountsOfOneCurrency_andRefusesToMixCurrencies() {
    assertThat(Money.of("10.5", "PEN")).isLessThan(Money.of("10.51", "PEN"));
    assertThat(Money.of("10.50", "PEN").compareTo(Money.of("10.5", "PEN"))).isZero();
    assertThatThrownBy(() -> Money.of("1", "PEN").compareTo(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEN").hasMessageContaining("USD");
  }

  @Test
  void toString_showsTheAmountAsGivenAndTheCurrency() {
    assertThat(Money.of("10.50", "PEN")).hasToString("10.50 PEN");
    assertThat(Money.ofMinor(10_000, "INR")).hasToString("100.00 INR");
  }

  @org.junit.jupiter.api.Test
  void of_rejectsAbsurdMagnitudes_withAShortMessage() {
    for (String text : new String[] {"1e10000000", "1e-10000000", "1" + "0".repeat(30)}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.of(text, "INR"))
          .isInstanceOf(dev.paysdk.core.error.InvalidRequestException.class)
          .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).hasSizeLessThan(300));
    }
    org.assertj.core.api.Assertions.assertThat(Money.of("9".repeat(30), "INR").toPlainString()).hasSize(30);
    org.assertj.core.api.Assertions.assertThat(Money.of("1." + "0".repeat(100), "INR").toMinorUnits()).isEqualTo(100);
  }
}
