package dev.paysdk.hexpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimesTest {

  @Test
  void parse_wallClockText_readsItInTheGivenZone() {
    assertThat(Times.parse("t", "2025-08-22 09:00:22", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-08-22T09:00:22Z"));
    assertThat(Times.parse("t", "2025-08-22 09:00:22", ZoneId.of("Asia/Shanghai")))
        .isEqualTo(Instant.parse("2025-08-22T01:00:22Z"));
    assertThat(Times.parse("t", "2025-08-22 09:00:22.5", ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2025-08-22T09:00:22.500Z"));
  }

  @Test
  void parse_epochDigits_readsMillisecondsOrSeconds() {
    assertThat(Times.parse("t", "1755853505000", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-08-22T09:05:05Z"));
    assertThat(Times.parse("t", "1755853505", ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-08-22T09:05:05Z"));
  }

  @Test
  void parse_blank_isAbsent() {
    assertThat(Times.parse("t", null, ZoneOffset.UTC)).isNull();
    assertThat(Times.parse("t", " ", ZoneOffset.UTC)).isNull();
  }

  @Test
  void parse_otherText_failsNamingTheField() {
    assertThatThrownBy(() -> Times.parse("createdAt", "22/08/2025", ZoneOffset.UTC))
        .isInstanceOf(dev.paysdk.core.gateway.MalformedAnswerException.class).hasMessageContaining("createdAt");
    assertThatThrownBy(() -> Times.parse("createdAt", "2025-02-30 00:00:00", ZoneOffset.UTC))
        .isInstanceOf(dev.paysdk.core.gateway.MalformedAnswerException.class);
  }

  @Test
  void format_writesWallClockTextInTheZoneToTheSecond() {
    assertThat(Times.format(Instant.parse("2025-09-10T23:59:59.900Z"), ZoneOffset.UTC)).isEqualTo("2025-09-10 23:59:59");
    assertThat(Times.format(Instant.parse("2025-09-10T16:00:00Z"), ZoneId.of("Asia/Shanghai")))
        .isEqualTo("2025-09-11 00:00:00");
  }
}
