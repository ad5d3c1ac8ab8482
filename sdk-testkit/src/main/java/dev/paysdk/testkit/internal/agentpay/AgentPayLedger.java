package dev.paysdk.testkit.internal.agentpay;

import dev.paysdk.testkit.AgentPaySimulator.Balance;
import dev.paysdk.testkit.AgentPaySimulator.Order;
import dev.paysdk.testkit.AgentPaySimulator.Outcome;
import dev.paysdk.testkit.AgentPaySimulator.Status;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The AgentPay simulator's memory: payouts by merchant order number and by gateway id, the balance,
 * the fee and the planned outcomes. Every method holds the ledger's lock, so acceptance (duplicate
 * check, balance check, debit, store) is one atomic step.
 */
public final class AgentPayLedger {
  static final String DEFAULT_FAILURE = "Payout failed";

  private record Plan(Outcome outcome, String reason) {}

  /** Mutable state of one payout, guarded by the ledger. */
  private static final class Entry {
    Order order;
    long sequence;
    Plan plan;
    boolean duplicateWebhook;
  }

  /** Result of an apply: the stored order, or the reason it was refused. */
  public record Applied(Order order, String error) {}

  private final Map<String, Entry> byMerchantOrderNo = new LinkedHashMap<>();
  private final Map<String, Entry> byAgentpayOrderId = new HashMap<>();
  private final Deque<Plan> plans = new ArrayDeque<>();
  private final long idBase = ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 500_000_000_000_000L);
  private final long utrBase = ThreadLocalRandom.current().nextLong(400_000_000_000L, 500_000_000_000L);
  private long sequence;
  private long available;
  private long frozen;
  private long fee;

  public AgentPayLedger(long availablePaise, long feePaise) {
    this.available = availablePaise;
    this.fee = feePaise;
  }

  /**
   * Accepts a validated payout: refuses a reused merchant order number or a short balance, otherwise
   * stores it as processing and moves amount + fee from available to frozen.
   */
  public synchronized Applied apply(Map<String, String> params, long amount, boolean duplicateWebhook) {
    String merchantOrderNo = params.get("mchOrderNo");
    if (byMerchantOrderNo.containsKey(merchantOrderNo)) {
      return new Applied(null, "mchOrderNo duplicate");
    }
    long debit = amount + fee;
    if (debit > available) {
      return new Applied(null, "insufficient balance");
    }
    available -= debit;
    frozen += debit;
    sequence++;
    String id = String.format("Le%015d", idBase + sequence);
    Entry e = new Entry();
    e.order = new Order(merchantOrderNo, id, amount, fee, Status.PROCESSING, null, null, params.get("notifyUrl"),
        params, Instant.now(), null);
    e.sequence = sequence;
    e.plan = plans.pollFirst();
    e.duplicateWebhook = duplicateWebhook;
    byMerchantOrderNo.put(merchantOrderNo, e);
    byAgentpayOrderId.put(id, e);
    return new Applied(e.order, null);
  }

  /**
   * The payout named by either number; when both are given they must name the same payout.
   */
  public synchronized Optional<Order> find(String merchantOrderNo, String agentpayOrderId) {
    Entry byId = present(agentpayOrderId) ? byAgentpayOrderId.get(agentpayOrderId) : null;
    Entry byNo = present(merchantOrderNo) ? byMerchantOrderNo.get(merchantOrderNo) : null;
    if (present(agentpayOrderId) && present(merchantOrderNo)) {
      return byId != null && byId == byNo ? Optional.of(byId.order) : Optional.empty();
    }
    Entry e = byId != null ? byId : byNo;
    return e == null ? Optional.empty() : Optional.of(e.order);
  }

  /** Finishes a payout with its planned outcome (success when none); null when it is already final. */
  public synchronized Order completeAsPlanned(String merchantOrderNo) {
    Entry e = entry(merchantOrderNo);
    Plan p = e.plan != null ? e.plan : new Plan(Outcome.SUCCEEDED, null);
    return complete(merchantOrderNo, p.outcome(), p.reason());
  }

  /**
   * Finishes a payout: success releases the frozen amount, failure returns it to available.
   *
   * @return the final snapshot, or null when it was final already
   * @throws IllegalArgumentException when the payout is unknown
   */
  public synchronized Order complete(String merchantOrderNo, Outcome outcome, String reason) {
    Entry e = entry(merchantOrderNo);
    Order o = e.order;
    if (o.status().isFinal()) {
      return null;
    }
    long debit = o.amount() + o.fee();
    frozen -= debit;
    Instant now = Instant.now();
    if (outcome == Outcome.SUCCEEDED) {
      String utr = String.format("%012d", utrBase + e.sequence);
      e.order = new Order(o.merchantOrderNo(), o.agentpayOrderId(), o.amount(), o.fee(), Status.SUCCESS, utr, null,
          o.notifyUrl(), o.parameters(), o.createdAt(), now);
    } else {
      available += debit;
      String message = reason == null || reason.isEmpty() ? DEFAULT_FAILURE : reason;
      e.order = new Order(o.merchantOrderNo(), o.agentpayOrderId(), o.amount(), o.fee(), Status.FAILED, null, message,
          o.notifyUrl(), o.parameters(), o.createdAt(), now);
    }
    return e.order;
  }

  /** True when the apply call carried a duplicate-webhook fault. */
  public synchronized boolean duplicateWebhookRequested(String merchantOrderNo) {
    return entry(merchantOrderNo).duplicateWebhook;
  }

  public synchronized void plan(Outcome outcome, String reason) {
    plans.addLast(new Plan(outcome, reason));
  }

  public synchronized int count() {
    return byMerchantOrderNo.size();
  }

  public synchronized List<Order> orders() {
    List<Order> out = new ArrayList<>(byMerchantOrderNo.size());
    byMerchantOrderNo.values().forEach(e -> out.add(e.order));
    return List.copyOf(out);
  }

  public synchronized Balance balance() {
    return new Balance(available + frozen, frozen, available, 0, 0);
  }

  public synchronized void setAvailable(long paise) {
    available = paise;
  }

  public synchronized long fee() {
    return fee;
  }

  public synchronized void setFee(long paise) {
    fee = paise;
  }

  private Entry entry(String merchantOrderNo) {
    Entry e = byMerchantOrderNo.get(merchantOrderNo);
    if (e == null) {
      throw new IllegalArgumentException("no payout with merchant order number " + merchantOrderNo);
    }
    return e;
  }

  private static boolean present(String s) {
    return s != null && !s.isEmpty();
  }
}
