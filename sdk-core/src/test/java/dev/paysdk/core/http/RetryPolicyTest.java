package dev.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaults_areThreeAttemptsFrom200MillisUpTo2Seconds() {
    RetryPolicy p = RetryPolicy.defaults();

    assertThat(p.maxAttempts()).isEqualTo(3);
    assertThat(p.initialBackoff()).isEqualTo(Duration.ofMillis(200));
    assertThat(p.maxBackoff()).isEqualTo(Duration.ofSeconds(2));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void backoff_withoutJitter_doublesFromTheInitialValueUpToTheCap() {
    RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(1000))
        .jitter(() -> 1.0).build();

    assertThat(p.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(p.backoff(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(p.backoff(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(p.backoff(5)).isEqualTo(Duration.ofMillis(1000));
    assertThat(p.backoff(40)).isEqualTo(Duration.ofMillis(1000));
    assertThat(p.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void backoff_withJitter_staysWithinZeroAndTheExponentialBound() {
    Random random = new Random(7);
    RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(2))
        .jitter(random::nextDouble).build();

    for (int retry = 1; retry <= 8; retry++) {
      long bound = Math.min(2000, 200L << (retry - 1));
      long min = Long.MAX_VALUE;
      long max = 0;
      for (int i = 0; i < 500; i++) {
        long ms = p.backoff(retry).toMillis();
        assertThat(ms).isBetween(0L, bound);
        min = Math.min(min, ms);
        max = Math.max(max, ms);
      }
      // full jitter spreads over the whole range, not one point
      assertThat(max - min).as("spread of retry %d", retry).isGreaterThan(bound / 2);
    }
  }

  @Test
  void backoff_withJitter_growsOnAverage() {
    Random random = new Random(11);
    RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(10))
        .jitter(random::nextDouble).build();

    double previous = 0;
    for (int retry = 1; retry <= 5; retry++) {
      double sum = 0;
      for (int i = 0; i < 2000; i++) {
        sum += p.backoff(retry).toMillis();
      }
      double mean = sum / 2000;
      assertThat(mean).as("mean of retry %d", retry).isGreaterThan(previous * 1.6);
      previous = mean;
    }
  }

  @Test
  void builder_rejectsInvalidValues_andToBuilderCopies() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("initialBackoff == null");
    RetryPolicy five = RetryPolicy.defaults().toBuilder().maxAttempts(5).build();
    assertThat(five.maxAttempts()).isEqualTo(5);
    assertThat(five.initialBackoff()).isEqualTo(Duration.ofMillis(200));
    assertThat(five.toString()).contains("maxAttempts=5");
  }

  @Test
  void builder_rejectsNegativeOrInvertedBackoffs_beforeAnySleepCouldFail() {
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialBackoff must not be negative");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofSeconds(-2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff must not be negative");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(5)).maxBackoff(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("larger than maxBackoff");
    assertThat(RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build().backoff(3))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void backoff_ofAHugeInitialBackoff_isCappedWithoutOverflow() {
    RetryPolicy p = RetryPolicy.builder().maxAttempts(40).initialBackoff(Duration.ofDays(200)).maxBackoff(Duration.ofDays(365))
        .jitter(() -> 0.5).build();
    for (int retry = 1; retry <= 40; retry++) {
      assertThat(p.backoff(retry)).as("retry %d", retry).isPositive().isLessThanOrEqualTo(Duration.ofDays(365));
    }
  }
}
