package dev.paysdk.testkit.internal.hexpay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.internal.SimRequest;
import dev.paysdk.testkit.internal.SimResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Batch payouts: upload (validation, balance check, freeze), review, execution, query and cancel.
 * An upload with an invalid record creates nothing (no batchNo); a valid upload always creates the
 * application at auditStatus 0, with amount + fee frozen when every currency is covered. An
 * application not covered at upload is covered at review time or rejected ("insufficient balance").
 */
final class HexpayBatches {
  private static final DateTimeFormatter BATCH_NO_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
      .withZone(ZoneOffset.UTC);

  private final HexpayContext ctx;
  private final HexpayAuth auth;
  private final Map<String, BatchState> batches = new LinkedHashMap<>();
  private final Map<String, String> failingAddresses = new HashMap<>();
  private long batchIds = 100;
  private long recordIds = 1000;

  HexpayBatches(HexpayContext ctx, HexpayAuth auth) {
    this.ctx = ctx;
    this.auth = auth;
  }

  /** Running totals of one currency of an upload. */
  private static final class Totals {
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal fee = BigDecimal.ZERO;
    int valid;
    int errors;
  }

  SimResponse upload(SimRequest req) throws HexpayError {
    Map<String, String> p = HexpayWire.jsonParams(req);
    auth.authenticate(p);
    HexpayChecks c = new HexpayChecks(p);
    String recordsJson = c.required("records", Integer.MAX_VALUE);
    String purpose = c.optional("purpose", 256);
    c.throwIfAny();
    List<Map<String, String>> raws;
    try {
      raws = HexpayWire.rawObjects(recordsJson);
    } catch (IOException e) {
      throw HexpayError.parameter("records must be an array of objects");
    }
    if (raws.isEmpty()) {
      throw HexpayError.parameter("records must not be empty");
    }
    if (raws.size() > HexpaySimulator.MAX_BATCH_RECORDS) {
      throw HexpayError.parameter("records holds more than " + HexpaySimulator.MAX_BATCH_RECORDS + " entries");
    }
    Instant now = Instant.now();
    List<BatchState.Rec> valid = new ArrayList<>();
    ArrayNode checkErrors = HexpayWire.array();
    Map<String, Totals> totals = new LinkedHashMap<>();
    for (int i = 0; i < raws.size(); i++) {
      Map<String, String> raw = raws.get(i);
      HexpayChecks rc = new HexpayChecks(raw);
      String address = rc.required("recipientAddress", 128);
      BigDecimal amount = rc.amount("paymentAmount", rc.required("paymentAmount", 40));
      String currency = rc.oneOf("paymentCurrency", rc.required("paymentCurrency", 10), HexpayChecks.PAYOUT_CURRENCIES);
      String network = rc.network("networkType", rc.required("networkType", 30));
      String remarks = rc.optional("remarks", 256);
      String tag = rc.optional("addressTag", 128);
      if (rc.ok()) {
        BatchState.Rec r = new BatchState.Rec();
        r.recipientAddress = address;
        r.paymentAmount = amount;
        r.paymentCurrency = currency;
        r.networkType = network;
        r.feeAmount = HexpaySimulator.PAYOUT_FEE;
        r.remarks = remarks;
        r.addressTag = tag;
        r.createdAt = now;
        valid.add(r);
        Totals t = totals.computeIfAbsent(currency, k -> new Totals());
        t.amount = t.amount.add(amount);
        t.fee = t.fee.add(r.feeAmount);
        t.valid++;
      } else {
        ObjectNode e = checkErrors.addObject();
        e.put("index", i);
        HexpayWire.text(e, "recipientAddress", raw.get("recipientAddress"));
        e.put("reason", rc.message());
        String cur = raw.get("paymentCurrency");
        if (cur != null && HexpayChecks.PAYOUT_CURRENCIES.contains(cur)) {
          totals.computeIfAbsent(cur, k -> new Totals()).errors++;
        }
      }
    }

    ArrayNode checkBalance = HexpayWire.array();
    String batchNo = null;
    synchronized (ctx.lock) {
      for (Map.Entry<String, Totals> e : totals.entrySet()) {
        Totals t = e.getValue();
        if (t.valid == 0) {
          continue;
        }
        BigDecimal need = t.amount.add(t.fee);
        BigDecimal available = ctx.ledger.available(e.getKey());
        if (available.compareTo(need) < 0) {
          ObjectNode b = checkBalance.addObject();
          b.put("paymentCurrency", e.getKey());
          HexpayWire.decimal(b, "paymentAmount", t.amount);
          HexpayWire.decimal(b, "freeAmount", t.fee);
          HexpayWire.decimal(b, "totalAmount", need);
          HexpayWire.decimal(b, "availableAmount", available);
          b.put("isSatisfy", 0);
          b.put("validCount", t.valid);
          b.put("errorCount", t.errors);
        }
      }
      if (checkErrors.isEmpty()) {
        BatchState b = new BatchState();
        b.id = ++batchIds;
        b.batchNo = newBatchNo(now);
        b.purpose = purpose;
        b.applyTime = now;
        b.updatedAt = now;
        for (BatchState.Rec r : valid) {
          r.id = ++recordIds;
          b.records.add(r);
        }
        if (checkBalance.isEmpty()) {
          b.holdByCurrency().forEach(ctx.ledger::freeze);
          b.funded = true;
        }
        batches.put(b.batchNo, b);
        batchNo = b.batchNo;
        if (ctx.options.autoAdvance()) {
          ctx.later.accept(ctx.options.processingDelay(), () -> review(b, false));
        }
      }
    }
    ObjectNode data = HexpayWire.object();
    HexpayWire.textIfPresent(data, "batchNo", batchNo);
    data.put("totalCount", raws.size());
    ArrayNode totalAmount = data.putArray("totalAmount");
    totals.forEach((cur, t) -> {
      if (t.valid > 0) {
        ObjectNode a = totalAmount.addObject();
        a.put("currency", cur);
        HexpayWire.decimal(a, "amount", t.amount);
      }
    });
    data.put("applyTime", HexpayWire.time(now));
    data.set("checkErrorList", checkErrors);
    data.set("checkBalanceList", checkBalance);
    return HexpayWire.ok(data, req, ctx.md5Rule);
  }

  /** {@code BP}, the UTC time to the second and 3 digits, like the sample's {@code BP20250905123456789}. */
  private String newBatchNo(Instant now) {
    String prefix = "BP" + BATCH_NO_TIME.format(now);
    long n = batchIds % 1000;
    String no = prefix + String.format("%03d", n);
    while (batches.containsKey(no)) {
      n = (n + 1) % 1000;
      no = prefix + String.format("%03d", n);
    }
    return no;
  }

  SimResponse query(SimRequest req) throws HexpayError {
    BatchState b = requireBatch(req);
    synchronized (ctx.lock) {
      ObjectNode d = HexpayWire.object();
      d.put("batchNo", b.batchNo);
      d.put("mchNo", ctx.mchNo);
      d.put("mchName", ctx.mchName);
      d.put("auditStatus", b.auditStatus);
      d.put("totalCount", b.records.size());
      d.put("successCount", b.count(BatchState.Rec.SUCCESS));
      d.put("failCount", b.count(BatchState.Rec.FAILED));
      d.put("processingCount", b.count(BatchState.Rec.PROCESSING));
      d.put("waitCount", b.count(BatchState.Rec.PENDING));
      HexpayWire.decimal(d, "totalAmount", b.totalAmount());
      d.put("applyTime", HexpayWire.time(b.applyTime));
      HexpayWire.text(d, "auditTime", HexpayWire.time(b.auditTime));
      HexpayWire.text(d, "executeTime", HexpayWire.time(b.executeTime));
      HexpayWire.text(d, "purpose", b.purpose);
      HexpayWire.text(d, "rejectReason", b.rejectReason);
      HexpayWire.text(d, "auditOpinion", b.auditOpinion);
      ArrayNode records = d.putArray("records");
      for (BatchState.Rec r : b.records) {
        ObjectNode o = records.addObject();
        o.put("id", r.id);
        o.put("recipientAddress", r.recipientAddress);
        HexpayWire.decimal(o, "paymentAmount", r.paymentAmount);
        o.put("paymentCurrency", r.paymentCurrency);
        o.put("networkType", r.networkType);
        HexpayWire.decimal(o, "feeAmount", r.feeAmount);
        HexpayWire.text(o, "remarks", r.remarks);
        HexpayWire.text(o, "addressTag", r.addressTag);
        o.put("status", r.status);
        HexpayWire.text(o, "failReason", r.failReason);
        HexpayWire.text(o, "txHash", r.txHash);
        HexpayWire.text(o, "processedAt", HexpayWire.time(r.processedAt));
        o.put("createdAt", HexpayWire.time(r.createdAt));
      }
      return HexpayWire.ok(d, req, ctx.md5Rule);
    }
  }

  SimResponse cancel(SimRequest req) throws HexpayError {
    BatchState b = requireBatch(req);
    synchronized (ctx.lock) {
      if (b.auditStatus != BatchState.PENDING) {
        throw new HexpayError(HexpaySimulator.CODE_BATCH_NOT_CANCELLABLE,
            "batch is not pending review and cannot be cancelled (auditStatus " + b.auditStatus + ")");
      }
      Instant now = Instant.now();
      close(b, BatchState.CANCELLED, now);
      ObjectNode d = HexpayWire.object();
      d.put("id", b.id);
      d.put("batchNo", b.batchNo);
      d.put("mchNo", ctx.mchNo);
      d.put("mchName", ctx.mchName);
      d.put("totalCount", b.records.size());
      HexpayWire.decimal(d, "totalAmount", b.totalAmount());
      d.put("status", b.auditStatus);
      d.putNull("auditUserId");
      d.putNull("auditUserName");
      HexpayWire.text(d, "auditTime", HexpayWire.time(b.auditTime));
      d.putNull("remarks");
      HexpayWire.text(d, "purpose", b.purpose);
      HexpayWire.text(d, "rejectReason", b.rejectReason);
      HexpayWire.text(d, "auditOpinion", b.auditOpinion);
      HexpayWire.text(d, "executeTime", HexpayWire.time(b.executeTime));
      d.put("successCount", b.count(BatchState.Rec.SUCCESS));
      d.put("failCount", b.count(BatchState.Rec.FAILED));
      d.put("executingCount", b.count(BatchState.Rec.PROCESSING));
      d.put("createdAt", HexpayWire.time(b.applyTime));
      d.put("updatedAt", HexpayWire.time(b.updatedAt));
      return HexpayWire.ok(d, req, ctx.md5Rule);
    }
  }

  private BatchState requireBatch(SimRequest req) throws HexpayError {
    Map<String, String> p = HexpayWire.jsonParams(req);
    auth.authenticate(p);
    HexpayChecks c = new HexpayChecks(p);
    String batchNo = c.required("batchNo", 64);
    c.throwIfAny();
    synchronized (ctx.lock) {
      BatchState b = batches.get(batchNo);
      if (b == null) {
        throw new HexpayError(HexpaySimulator.CODE_BATCH_NOT_FOUND, "batch not found");
      }
      return b;
    }
  }

  /** Ends a pending application (cancelled or rejected): records cancelled, frozen funds back to available. */
  private void close(BatchState b, int auditStatus, Instant now) {
    if (b.funded) {
      b.holdByCurrency().forEach(ctx.ledger::release);
      b.funded = false;
    }
    for (BatchState.Rec r : b.records) {
      r.status = BatchState.Rec.CANCELLED;
    }
    b.auditStatus = auditStatus;
    b.updatedAt = now;
  }

  /**
   * Reviews a pending application: approved (executing) when its funds are frozen or can be frozen
   * now, otherwise rejected for insufficient balance. Returns true when approved.
   */
  private boolean approveLocked(BatchState b) {
    Instant now = Instant.now();
    if (!b.funded) {
      Map<String, BigDecimal> need = b.holdByCurrency();
      boolean covered = need.entrySet().stream()
          .allMatch(e -> ctx.ledger.available(e.getKey()).compareTo(e.getValue()) >= 0);
      if (!covered) {
        rejectLocked(b, "insufficient balance", now);
        return false;
      }
      need.forEach(ctx.ledger::freeze);
      b.funded = true;
    }
    b.auditStatus = BatchState.EXECUTING;
    b.auditTime = now;
    b.executeTime = now;
    b.updatedAt = now;
    b.auditOpinion = "Approved";
    for (BatchState.Rec r : b.records) {
      r.status = BatchState.Rec.PROCESSING;
    }
    return true;
  }

  private void rejectLocked(BatchState b, String reason, Instant now) {
    close(b, BatchState.REJECTED, now);
    b.auditTime = now;
    b.rejectReason = reason;
    b.auditOpinion = "Rejected";
  }

  void review(BatchState b, boolean control) {
    boolean approved;
    synchronized (ctx.lock) {
      if (b.auditStatus != BatchState.PENDING) {
        if (control) {
          throw new IllegalStateException("batch " + b.batchNo + " is not pending review (auditStatus " + b.auditStatus + ")");
        }
        return;
      }
      approved = approveLocked(b);
    }
    if (approved && ctx.options.autoAdvance()) {
      ctx.later.accept(ctx.options.completionDelay(), () -> complete(b, false));
    }
  }

  void reject(BatchState b, String reason) {
    synchronized (ctx.lock) {
      if (b.auditStatus != BatchState.PENDING) {
        throw new IllegalStateException("batch " + b.batchNo + " is not pending review (auditStatus " + b.auditStatus + ")");
      }
      rejectLocked(b, reason, Instant.now());
    }
  }

  /**
   * Pays every processing record: success with a txHash, or failure for an address marked with
   * {@link #failPayoutsTo}. A paid record's amount + fee leaves the frozen balance; a failed one's
   * goes back to available. The batch ends completed (3), or failed (4) when no record succeeded.
   */
  void complete(BatchState b, boolean control) {
    synchronized (ctx.lock) {
      if (control && b.auditStatus == BatchState.PENDING && !approveLocked(b)) {
        return;
      }
      if (b.auditStatus != BatchState.EXECUTING) {
        if (control) {
          throw new IllegalStateException("batch " + b.batchNo + " is not executing (auditStatus " + b.auditStatus + ")");
        }
        return;
      }
      Instant now = Instant.now();
      boolean anySuccess = false;
      for (BatchState.Rec r : b.records) {
        if (r.status != BatchState.Rec.PROCESSING) {
          continue;
        }
        r.processedAt = now;
        String failure = failingAddresses.get(r.recipientAddress);
        if (failure != null) {
          r.status = BatchState.Rec.FAILED;
          r.failReason = failure;
          ctx.ledger.release(r.paymentCurrency, r.hold());
        } else {
          r.status = BatchState.Rec.SUCCESS;
          r.txHash = HexpayWire.txHash();
          ctx.ledger.debitFrozen(r.paymentCurrency, r.hold());
          anySuccess = true;
        }
      }
      b.funded = false;
      b.auditStatus = anySuccess ? BatchState.COMPLETED : BatchState.FAILED;
      b.updatedAt = now;
    }
  }

  void failPayoutsTo(String address, String reason) {
    synchronized (ctx.lock) {
      failingAddresses.put(address, reason);
    }
  }

  BatchState byBatchNo(String batchNo) {
    synchronized (ctx.lock) {
      BatchState b = batches.get(batchNo);
      if (b == null) {
        throw new IllegalArgumentException("no batch " + batchNo);
      }
      return b;
    }
  }

  Optional<HexpaySimulator.Batch> snapshot(String batchNo) {
    synchronized (ctx.lock) {
      return Optional.ofNullable(batches.get(batchNo)).map(BatchState::snapshot);
    }
  }

  /** Snapshots of every batch, in upload order. */
  List<HexpaySimulator.Batch> snapshots() {
    synchronized (ctx.lock) {
      return batches.values().stream().map(BatchState::snapshot).toList();
    }
  }

  int count() {
    synchronized (ctx.lock) {
      return batches.size();
    }
  }
}
