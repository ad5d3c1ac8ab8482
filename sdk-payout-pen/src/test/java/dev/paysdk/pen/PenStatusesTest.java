package dev.paysdk.pen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PayoutStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PenStatusesTest {

  @ParameterizedTest
  @CsvSource({
      "PROCESSING, ACCEPTED",
      "PAYING, PROCESSING",
      "SUCCESS, SUCCEEDED",
      "success, SUCCEEDED",
      "' Paying ', PROCESSING"})
  void toPayoutStatus_mapsEachDocumentedValue_inBothModes(String raw, PayoutStatus expected) {
    assertThat(PenStatuses.toPayoutStatus(raw)).isEqualTo(expected);
    assertThat(PenStatuses.toPayoutStatus(raw, true)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"FAIL", "FAILED", "FAILURE", "REJECT", "REJECTED", "CLOSED", "CANCEL", "CANCELLED",
      "CANCELED", "fail"})
  void toPayoutStatus_byDefault_readsNoUndocumentedValueAsFinal(String raw) {
    assertThat(PenStatuses.toPayoutStatus(raw)).isEqualTo(PayoutStatus.UNKNOWN);
    assertThat(PenStatuses.toPayoutStatus(raw, false)).isEqualTo(PayoutStatus.UNKNOWN);
  }

  @ParameterizedTest
  @CsvSource({
      "FAIL, FAILED",
      "FAILED, FAILED",
      "FAILURE, FAILED",
      "REJECT, FAILED",
      "REJECTED, FAILED",
      "CLOSED, FAILED",
      "CANCEL, CANCELLED",
      "CANCELLED, CANCELLED",
      "CANCELED, CANCELLED",
      "' failed ', FAILED"})
  void toPayoutStatus_withTheGuessedNames_mapsEachOfThem(String raw, PayoutStatus expected) {
    assertThat(PenStatuses.toPayoutStatus(raw, true)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"ERROR", "PENDING", "", "2", "SUCCESSFUL"})
  void toPayoutStatus_whenTheValueIsInNoTable_isUnknownInBothModes(String raw) {
    assertThat(PenStatuses.toPayoutStatus(raw)).isEqualTo(PayoutStatus.UNKNOWN);
    assertThat(PenStatuses.toPayoutStatus(raw, true)).isEqualTo(PayoutStatus.UNKNOWN);
  }
}
