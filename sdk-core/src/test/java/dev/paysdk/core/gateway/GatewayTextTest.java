package dev.paysdk.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayTextTest {

  @Test
  void sanitize_masksEverySensitiveValue_stripsControls_andCuts() {
    String text = "payout to 123456789012 (phone 9876543210) refused\r\n2026-12-06 INFO forged line\u001b[31m";
    String clean = GatewayText.sanitize(text, List.of("123456789012", "9876543210", "ab"));
    assertThat(clean).doesNotContain("123456789012").doesNotContain("9876543210").contains("****9012")
        .contains("****3210").doesNotContain("\r").doesNotContain("\n").doesNotContain("\u001b");
    assertThat(GatewayText.sanitize("x".repeat(10_000), List.of())).hasSize(GatewayText.MAX_LENGTH + 1);
    assertThat(GatewayText.sanitize(null, List.of())).isNull();
  }

  @Test
  void sanitize_masksTheLongestValueWhole() {
    assertThat(GatewayText.sanitize("CCI 00219300123456789012", List.of("123456789012", "00219300123456789012")))
        .isEqualTo("CCI ****9012");
  }
}
