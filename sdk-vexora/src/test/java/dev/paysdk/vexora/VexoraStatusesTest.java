package dev.paysdk.vexora;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.vexora.VexoraStatus.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VexoraStatusesTest {

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({
      "0000,  SUCCESS,         SUCCEEDED",
      "0001,  PARTIAL_SUCCESS, UNKNOWN",
      "0015,  PROCESSING,      PROCESSING",
      "00029, FAILED,          FAILED",
      "0029,  UNRECOGNIZED,    UNKNOWN",
      "29,    UNRECOGNIZED,    UNKNOWN",
      "15,    UNRECOGNIZED,    UNKNOWN",
      "0,     UNRECOGNIZED,    UNKNOWN",
      "SUCCESS, UNRECOGNIZED,  UNKNOWN",
      "9999,  UNRECOGNIZED,    UNKNOWN"})
  void eachRawStatus_mapsToItsKindAndNeutralStatus_keepingTheRawValue(String raw, Kind kind, PayoutStatus neutral) {
    VexoraStatus status = new VexoraStatus(raw);

    assertThat(status.kind()).isEqualTo(kind);
    assertThat(status.payoutStatus()).isEqualTo(neutral);
    assertThat(status.raw()).isEqualTo(raw);
    assertThat(VexoraStatuses.kind(raw)).isEqualTo(kind);
    assertThat(VexoraStatuses.payoutStatus(raw)).isEqualTo(neutral);
  }

  @ParameterizedTest
  @CsvSource({"0000", "00029"})
  void successAndFailure_areFinal(String raw) {
    assertThat(VexoraStatuses.payoutStatus(raw).isFinal()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"0001", "0015", "7777"})
  void partialProcessingAndUnknown_areNotFinal(String raw) {
    assertThat(VexoraStatuses.payoutStatus(raw).isFinal()).isFalse();
  }
}
