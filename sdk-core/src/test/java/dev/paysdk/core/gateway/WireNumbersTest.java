package dev.paysdk.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e2147483647", "1E-2147483648", "1e600000", "-1e99999",
      "9999999999999999999999999999999999999999999999999", "0.00000000000000000000000000000000000000001", "1e19", "1.5e-19", "NaN", "Infinity", "0x10", "1_000", "",
      " ", "1..2", "+-1", "1e", "1e+", "1e123", "١٢٣"})
  @Timeout(1)
  void hostileNumbers_failCleanlyNamingTheFieldOnly(String text) {
    assertThatThrownBy(() -> WireNumbers.decimal("amount", text))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("'amount'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text.isBlank() ? "\u0000" : text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "100", "-5", "0.001000", "10.50", "1e3", "1.5E-2", " 12.00 ", "123456789012345678901234567890.12345678"})
  void plainNumbers_keepTheirValueAndScale(String text) {
    assertThat(WireNumbers.decimal("amount", text)).isEqualTo(new BigDecimal(text.strip()));
  }

  @Test
  void wholeNumber_rejectsFractionsAndOverflow() {
    assertThat(WireNumbers.wholeNumber("fee", "1200")).isEqualTo(1200L);
    assertThatThrownBy(() -> WireNumbers.wholeNumber("fee", "12.5")).isInstanceOf(MalformedAnswerException.class);
    assertThatThrownBy(() -> WireNumbers.wholeNumber("fee", "99999999999999999999"))
        .isInstanceOf(MalformedAnswerException.class);
    assertThatThrownBy(() -> WireNumbers.intValue("state", "3000000000")).isInstanceOf(MalformedAnswerException.class);
  }

  @Test
  void aMillionHostileNumbers_costNothing() {
    long start = System.nanoTime();
    for (int i = 0; i < 100_000; i++) {
      try {
        WireNumbers.decimal("amount", "1e999999999");
      } catch (MalformedAnswerException expected) {
        // the point
      }
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void wholeNumber_ofPlainDigits_isWhatTheDecimalRouteGives() {
    java.util.Random r = new java.util.Random(3L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0, n = 1 + r.nextInt(18); j < n; j++) {
        sb.append((char) ('0' + r.nextInt(10)));
      }
      String t = sb.toString();
      assertThat(WireNumbers.wholeNumber("f", t)).as(t).isEqualTo(WireNumbers.decimal("f", t).longValueExact());
    }
    assertThatThrownBy(() -> WireNumbers.wholeNumber("f", "9223372036854775808"))
        .isInstanceOf(MalformedAnswerException.class);
  }
}
