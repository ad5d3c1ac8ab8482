package dev.paysdk.hexpay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A batch payout as {@code POST /v1/hexpay/batchPayment/query} reports it. A field the answer
 * leaves out (or sends empty) is null.
 *
 * @param batchNo {@code batchNo}
 * @param merchantNo {@code mchNo}
 * @param merchantName {@code mchName}
 * @param auditStatus {@code auditStatus} mapped
 * @param rawAuditStatus {@code auditStatus} as sent
 * @param totalCount {@code totalCount}
 * @param successCount {@code successCount}
 * @param failCount {@code failCount}
 * @param processingCount {@code processingCount}
 * @param waitCount {@code waitCount}
 * @param totalAmount {@code totalAmount}: the sum over every record, whatever its currency
 * @param applyTime {@code applyTime}
 * @param auditTime {@code auditTime}
 * @param executeTime {@code executeTime}
 * @param purpose {@code purpose}
 * @param rejectReason {@code rejectReason}
 * @param auditOpinion {@code auditOpinion}
 * @param records {@code records}
 */
public record BatchPayoutDetail(
    String batchNo,
    String merchantNo,
    String merchantName,
    BatchAuditStatus auditStatus,
    Integer rawAuditStatus,
    Integer totalCount,
    Integer successCount,
    Integer failCount,
    Integer processingCount,
    Integer waitCount,
    BigDecimal totalAmount,
    Instant applyTime,
    Instant auditTime,
    Instant executeTime,
    String purpose,
    String rejectReason,
    String auditOpinion,
    List<BatchPayoutRecordDetail> records) {
  /** Copies {@code records}. */
  public BatchPayoutDetail {
    records = List.copyOf(records);
  }

  /** {@return the batch's audit status, as {@link BatchCancelResult#status()} names it: {@link #auditStatus()}} */
  public BatchAuditStatus status() {
    return auditStatus;
  }

  /** {@return {@code auditStatus} as sent, as {@link BatchCancelResult#rawStatus()} names it: {@link #rawAuditStatus()}} */
  public Integer rawStatus() {
    return rawAuditStatus;
  }
}
