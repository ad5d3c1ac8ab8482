package dev.paysdk.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Shapes are tested without a regular-expression matcher: the test must agree with the pattern exactly. */
class ShapeTest {
  private static final char[] ALPHABET = {'a', 'Z', '0', '9', '_', '-', '.', '&', '=', ' ', '\n', 'é', '١', '+'};

  @Test
  void matches_agreesWithItsPattern_onRandomTextsAroundEveryLengthLimit() {
    Random r = new Random(31L);
    for (Shape shape : Shape.values()) {
      for (int i = 0; i < 100_000; i++) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(4) == 0 ? 60 + r.nextInt(10) : r.nextInt(40);
        for (int j = 0; j < n; j++) {
          // digits most of the time, so amounts of every length come up
          sb.append(r.nextInt(3) > 0 ? (char) ('0' + r.nextInt(10)) : ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        String v = sb.toString();
        assertThat(shape.matches(v)).as("%s %s", shape, v).isEqualTo(shape.pattern().matcher(v).matches());
      }
    }
  }

  @Test
  void matches_acceptsAndRejectsTheDocumentedExamples() {
    assertThat(Shape.AMOUNT.matches("-12.50")).isTrue();
    assertThat(Shape.AMOUNT.matches("12.")).isFalse();
    assertThat(Shape.AMOUNT.matches("1".repeat(31))).isFalse();
    assertThat(Shape.IDENTIFIER.matches("-A1")).isFalse();
    assertThat(Shape.IDENTIFIER.matches("A" + "1".repeat(63))).isTrue();
    assertThat(Shape.STATUS.matches("")).isFalse();
    assertThat(Shape.CURRENCY.matches("USDT")).isTrue();
    assertThat(Shape.MERCHANT_ID.matches(null)).isFalse();
  }
}
