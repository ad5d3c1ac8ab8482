package dev.paysdk.hexpay;

import dev.paysdk.core.PayInStatus;
import java.util.List;

/**
 * Every status table of Hexpay, both ways. A code no table knows maps to {@code UNKNOWN}; callers
 * keep the raw value beside it.
 *
 * <table>
 *   <caption>Tables</caption>
 *   <tr><th>code</th><th>order state</th><th>settle state</th><th>batch audit status</th><th>batch record status</th></tr>
 *   <tr><td>0</td><td>CREATED</td><td>PENDING</td><td>PENDING_REVIEW</td><td>PENDING</td></tr>
 *   <tr><td>1</td><td>PAYING</td><td>SETTLING</td><td>EXECUTING</td><td>PROCESSING</td></tr>
 *   <tr><td>2</td><td>SUCCEEDED</td><td>SETTLED</td><td>REJECTED</td><td>SUCCEEDED</td></tr>
 *   <tr><td>3</td><td>FAILED</td><td>FAILED</td><td>COMPLETED</td><td>FAILED</td></tr>
 *   <tr><td>4</td><td>CANCELLED</td><td>MANUAL</td><td>FAILED</td><td>CANCELLED</td></tr>
 *   <tr><td>5</td><td>REFUNDED</td><td>-</td><td>CANCELLED</td><td>-</td></tr>
 *   <tr><td>6</td><td>CLOSED</td><td>-</td><td>-</td><td>-</td></tr>
 * </table>
 */
final class HexpayStatuses {
  private static final List<PayInStatus> ORDER = List.of(PayInStatus.CREATED, PayInStatus.PAYING,
      PayInStatus.SUCCEEDED, PayInStatus.FAILED, PayInStatus.CANCELLED, PayInStatus.REFUNDED, PayInStatus.CLOSED);
  private static final List<SettleState> SETTLE = List.of(SettleState.PENDING, SettleState.SETTLING,
      SettleState.SETTLED, SettleState.FAILED, SettleState.MANUAL);
  private static final List<BatchAuditStatus> AUDIT = List.of(BatchAuditStatus.PENDING_REVIEW,
      BatchAuditStatus.EXECUTING, BatchAuditStatus.REJECTED, BatchAuditStatus.COMPLETED, BatchAuditStatus.FAILED,
      BatchAuditStatus.CANCELLED);
  private static final List<BatchRecordStatus> RECORD = List.of(BatchRecordStatus.PENDING,
      BatchRecordStatus.PROCESSING, BatchRecordStatus.SUCCEEDED, BatchRecordStatus.FAILED, BatchRecordStatus.CANCELLED);

  private HexpayStatuses() {}

  /** Order {@code state} / {@code orderState}. */
  public static PayInStatus payIn(Integer state) {
    return lookup(ORDER, state, PayInStatus.UNKNOWN);
  }

  /** The order state code of a neutral status, or null for {@link PayInStatus#UNKNOWN}. */
  public static Integer payInCode(PayInStatus status) {
    return code(ORDER, status);
  }

  /** {@code settleState}. */
  public static SettleState settle(Integer state) {
    return lookup(SETTLE, state, SettleState.UNKNOWN);
  }

  /** The settle state code, or null for {@link SettleState#UNKNOWN}. */
  public static Integer settleCode(SettleState state) {
    return code(SETTLE, state);
  }

  /** Batch {@code auditStatus} / {@code status}. */
  public static BatchAuditStatus audit(Integer status) {
    return lookup(AUDIT, status, BatchAuditStatus.UNKNOWN);
  }

  /** Batch record {@code status}. */
  public static BatchRecordStatus record(Integer status) {
    return lookup(RECORD, status, BatchRecordStatus.UNKNOWN);
  }

  private static <T> T lookup(List<T> table, Integer code, T unknown) {
    return code == null || code < 0 || code >= table.size() ? unknown : table.get(code);
  }

  private static <T> Integer code(List<T> table, T value) {
    int i = table.indexOf(value);
    return i < 0 ? null : i;
  }
}
