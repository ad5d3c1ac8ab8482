package dev.paysdk.hexpay;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The gateway's answer to {@code POST /v1/hexpay/batchPayment/cancel}: the batch after the
 * cancellation (status {@link BatchAuditStatus#CANCELLED}; its frozen balance is released). A field
 * the answer leaves out is null.
 *
 * <p>{@link #toString()} leaves out the names (the auditor's and the merchant's) and the free-text
 * remarks and audit opinion, which may name people: read them from their accessors.
 *
 * @param id {@code id}
 * @param batchNo {@code batchNo}
 * @param merchantNo {@code mchNo}
 * @param merchantName {@code mchName}
 * @param totalCount {@code totalCount}
 * @param totalAmount {@code totalAmount}
 * @param status {@code status} mapped
 * @param rawStatus {@code status} as sent
 * @param auditUserId {@code auditUserId}
 * @param auditUserName {@code auditUserName}
 * @param auditTime {@code auditTime}
 * @param remarks {@code remarks}
 * @param purpose {@code purpose}
 * @param rejectReason {@code rejectReason}
 * @param auditOpinion {@code auditOpinion}
 * @param executeTime {@code executeTime}
 * @param successCount {@code successCount}
 * @param failCount {@code failCount}
 * @param executingCount {@code executingCount}
 * @param createdAt {@code createdAt}
 * @param updatedAt {@code updatedAt}
 */
public record BatchCancelResult(
    Long id,
    String batchNo,
    String merchantNo,
    String merchantName,
    Integer totalCount,
    BigDecimal totalAmount,
    BatchAuditStatus status,
    Integer rawStatus,
    Long auditUserId,
    String auditUserName,
    Instant auditTime,
    String remarks,
    String purpose,
    String rejectReason,
    String auditOpinion,
    Instant executeTime,
    Integer successCount,
    Integer failCount,
    Integer executingCount,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * The batch's numbers, figures, status and times, without {@code auditUserName},
   * {@code merchantName}, {@code remarks} or {@code auditOpinion}.
   */
  @Override
  public String toString() {
    return "BatchCancelResult[id=" + id + ", batchNo=" + batchNo + ", merchantNo=" + merchantNo + ", totalCount="
        + totalCount + ", totalAmount=" + totalAmount + ", status=" + status + " (" + rawStatus + "), auditUserId="
        + auditUserId + ", auditTime=" + auditTime + ", purpose=" + purpose + ", rejectReason=" + rejectReason
        + ", executeTime=" + executeTime + ", successCount=" + successCount + ", failCount=" + failCount
        + ", executingCount=" + executingCount + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt + "]";
  }
}
