package dev.paysdk.vexora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderNoGeneratorTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T07:25:07Z"), ZoneOffset.UTC);

  @Test
  void next_isDateTimeThenSixRandomDigits() {
    String no = OrderNoGenerator.builder().clock(CLOCK).build().next();

    assertThat(no).matches("20260331072507[0-9]{6}");
  }

  @Test
  void next_withPrefixZoneAndDigits_followsThem() {
    OrderNoGenerator ids = OrderNoGenerator.builder().clock(CLOCK).prefix("VX").zone(ZoneId.of("Asia/Jakarta"))
        .randomDigits(8).build();

    assertThat(ids.next()).matches("VX20260331142507[0-9]{8}");
  }

  @Test
  void next_variesWithinTheSameSecond() {
    OrderNoGenerator ids = OrderNoGenerator.builder().clock(CLOCK).build();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      seen.add(ids.next());
    }

    assertThat(seen).hasSizeGreaterThan(45);
  }

  @Test
  void builder_rejectsBadSettings() {
    assertThatThrownBy(() -> OrderNoGenerator.builder().prefix("VX-")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderNoGenerator.builder().randomDigits(3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderNoGenerator.builder().clock(null)).hasMessage("clock == null");
  }
}
