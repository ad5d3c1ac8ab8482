package dev.paysdk.vexora;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SuccessTimeTest {

  @Test
  void epochMilliseconds_areRead() {
    assertThat(SuccessTime.parse("1719876600000")).isEqualTo(Instant.ofEpochMilli(1719876600000L));
  }

  @Test
  void epochSeconds_areRead() {
    assertThat(SuccessTime.parse("1719876600")).isEqualTo(Instant.ofEpochSecond(1719876600L));
  }

  @Test
  void isoWithOffset_isRead() {
    assertThat(SuccessTime.parse("2026-03-31T14:25:07+07:00")).isEqualTo(Instant.parse("2026-03-31T07:25:07Z"));
  }

  @Test
  void localDateTimeWithoutZone_isNotGuessed() {
    assertThat(SuccessTime.parse("2026-03-31 14:25:07")).isNull();
    assertThat(SuccessTime.parse("12345")).isNull();
    assertThat(SuccessTime.parse(null)).isNull();
  }
}
