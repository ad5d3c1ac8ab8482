package dev.paysdk.testkit.internal.hexpay;

import dev.paysdk.testkit.HexpaySimulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One batch payout application and its records, mutable under the gateway's lock. */
final class BatchState {
  static final int PENDING = 0;
  static final int EXECUTING = 1;
  static final int REJECTED = 2;
  static final int COMPLETED = 3;
  static final int FAILED = 4;
  static final int CANCELLED = 5;

  long id;
  String batchNo;
  String purpose;
  Instant applyTime;
  Instant auditTime;
  Instant executeTime;
  Instant updatedAt;
  int auditStatus = PENDING;
  String rejectReason;
  String auditOpinion;
  /** Whether amount + fee of every record is frozen. */
  boolean funded;
  final List<Rec> records = new ArrayList<>();

  /** One payout record. */
  static final class Rec {
    static final int PENDING = 0;
    static final int PROCESSING = 1;
    static final int SUCCESS = 2;
    static final int FAILED = 3;
    static final int CANCELLED = 4;

    long id;
    String recipientAddress;
    BigDecimal paymentAmount;
    String paymentCurrency;
    String networkType;
    BigDecimal feeAmount;
    String remarks;
    String addressTag;
    int status = PENDING;
    String failReason;
    String txHash;
    Instant processedAt;
    Instant createdAt;

    BigDecimal hold() {
      return paymentAmount.add(feeAmount);
    }

    HexpaySimulator.BatchRecord snapshot() {
      return new HexpaySimulator.BatchRecord(id, recipientAddress, paymentAmount, paymentCurrency, networkType, feeAmount,
          status, failReason, txHash);
    }
  }

  /** amount + fee per currency, in record order. */
  Map<String, BigDecimal> holdByCurrency() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (Rec r : records) {
      m.merge(r.paymentCurrency, r.hold(), BigDecimal::add);
    }
    return m;
  }

  BigDecimal totalAmount() {
    BigDecimal t = BigDecimal.ZERO;
    for (Rec r : records) {
      t = t.add(r.paymentAmount);
    }
    return t;
  }

  long count(int recordStatus) {
    return records.stream().filter(r -> r.status == recordStatus).count();
  }

  HexpaySimulator.Batch snapshot() {
    return new HexpaySimulator.Batch(batchNo, auditStatus, purpose, rejectReason, funded,
        records.stream().map(Rec::snapshot).toList(), applyTime);
  }
}
