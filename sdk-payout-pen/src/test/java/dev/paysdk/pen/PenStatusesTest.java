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
      "FAIL, FAILED",
      "FAILED, FAILED",
      "FAILURE, FAILED",
      "REJECT, FAILED",
      "REJECTED, FAILED",
      "CLOSED, FAILED",
      "CANCEL, CANCELLED",
      "CANCELLED, CANCELLED",
      "CANCELED, CANCELLED",
      "success, SUCCEEDED",
      "' Paying ', PROCESSING"})
  void toPayoutStatus_mapsEachValueOfTheTable(String raw, PayoutStatus expected) {
    assertThat(PenStatuses.toPayoutStatus(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"ERROR", "PENDING", "", "2", "SUCCESSFUL"})
  void toPayoutStatus_whenTheValueIsNotInTheTable_isUnknown(String raw) {
    assertThat(PenStatuses.toPayoutStatus(raw)).isEqualTo(PayoutStatus.UNKNOWN);
  }
}
