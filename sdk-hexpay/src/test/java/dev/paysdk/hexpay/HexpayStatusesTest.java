package dev.paysdk.hexpay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PayInStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HexpayStatusesTest {

  @ParameterizedTest(name = "order state {0} is {1}")
  @CsvSource({"0, CREATED", "1, PAYING", "2, SUCCEEDED", "3, FAILED", "4, CANCELLED", "5, REFUNDED", "6, CLOSED",
      "7, UNKNOWN", "-1, UNKNOWN", "99, UNKNOWN"})
  void payIn_mapsEveryDocumentedOrderState(int code, PayInStatus expected) {
    assertThat(HexpayStatuses.payIn(code)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} filters as order state {1}")
  @CsvSource({"CREATED, 0", "PAYING, 1", "SUCCEEDED, 2", "FAILED, 3", "CANCELLED, 4", "REFUNDED, 5", "CLOSED, 6"})
  void payInCode_isTheReverseTable(PayInStatus status, int code) {
    assertThat(HexpayStatuses.payInCode(status)).isEqualTo(code);
  }

  @ParameterizedTest(name = "settle state {0} is {1}")
  @CsvSource({"0, PENDING", "1, SETTLING", "2, SETTLED", "3, FAILED", "4, MANUAL", "5, UNKNOWN"})
  void settle_mapsEveryDocumentedSettleState(int code, SettleState expected) {
    assertThat(HexpayStatuses.settle(code)).isEqualTo(expected);
    if (expected != SettleState.UNKNOWN) {
      assertThat(HexpayStatuses.settleCode(expected)).isEqualTo(code);
    }
  }

  @ParameterizedTest(name = "audit status {0} is {1}")
  @CsvSource({"0, PENDING_REVIEW, false", "1, EXECUTING, false", "2, REJECTED, true", "3, COMPLETED, true",
      "4, FAILED, true", "5, CANCELLED, true", "6, UNKNOWN, false"})
  void audit_mapsEveryDocumentedBatchStatus(int code, BatchAuditStatus expected, boolean isFinal) {
    assertThat(HexpayStatuses.audit(code)).isEqualTo(expected);
    assertThat(expected.isFinal()).isEqualTo(isFinal);
  }

  @ParameterizedTest(name = "record status {0} is {1}")
  @CsvSource({"0, PENDING, false", "1, PROCESSING, false", "2, SUCCEEDED, true", "3, FAILED, true",
      "4, CANCELLED, true", "5, UNKNOWN, false"})
  void record_mapsEveryDocumentedRecordStatus(int code, BatchRecordStatus expected, boolean isFinal) {
    assertThat(HexpayStatuses.record(code)).isEqualTo(expected);
    assertThat(expected.isFinal()).isEqualTo(isFinal);
  }

  @org.junit.jupiter.api.Test
  void absentValues_mapToUnknownAndUnknownHasNoCode() {
    assertThat(HexpayStatuses.payIn(null)).isEqualTo(PayInStatus.UNKNOWN);
    assertThat(HexpayStatuses.audit(null)).isEqualTo(BatchAuditStatus.UNKNOWN);
    assertThat(HexpayStatuses.payInCode(PayInStatus.UNKNOWN)).isNull();
    assertThat(HexpayStatuses.settleCode(SettleState.UNKNOWN)).isNull();
  }
}
