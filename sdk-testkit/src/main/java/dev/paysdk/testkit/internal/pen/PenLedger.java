package dev.paysdk.testkit.internal.pen;

import dev.paysdk.testkit.PenPayoutSimulator.Balance;
import dev.paysdk.testkit.PenPayoutSimulator.Order;
import dev.paysdk.testkit.PenPayoutSimulator.Outcome;
import dev.paysdk.testkit.PenPayoutSimulator.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PEN simulator's memory: payouts by merchant order number and by platform order number, the
 * balance, the fee, the planned outcomes and the used nonces. Every method holds the ledger's lock,
 * so acceptance (duplicate check, balance check, debit, store) is one atomic step.
 */
public final class PenLedger {
  static final String DEFAULT_FAILURE = "Payout failed";
  private static final DateTimeFormatter COMPLETION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.of("America/Lima"));

  private record Plan(Outcome outcome, String reason) {}

  /** Mutable state of one payout, guarded by the ledger. */
  private static final class Entry {
    Order order;
    long sequence;
    Plan plan;
    boolean duplicateWebhook;
  }

  /** Result of a creation: the stored order, or the refusal's code and message. */
  public record Created(Order order, int code, String error) {}

  private final Map<String, Entry> byMerchantOrderNo = new LinkedHashMap<>();
  private final Map<String, Entry> byOrderNo = new HashMap<>();
  private final Deque<Plan> plans = new ArrayDeque<>();
  private final Set<String> nonces = new HashSet<>();
  private final long orderBase = ThreadLocalRandom.current().nextLong(8_000_000_000_000_000_000L,
      8_900_000_000_000_000_000L);
  private final long channelBase = ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L,
      9_000_000_000_000_000L);
  private long sequence;
  private BigDecimal available;
  private BigDecimal frozen = new BigDecimal("0.00");
  private BigDecimal fee;

  public PenLedger(BigDecimal available, BigDecimal fee) {
    this.available = available;
    this.fee = fee;
  }

  /** Records a nonce; false when it was used before. */
  public synchronized boolean useNonce(String nonce) {
    return nonces.add(nonce);
  }

  /** Stores a validated payout unless its merchant order number was used or the balance is short. */
  public synchronized Created create(Map<String, String> fields, BigDecimal amount, boolean duplicateWebhook) {
    String merchantOrderNo = fields.get("mchOrderNo");
    if (byMerchantOrderNo.containsKey(merchantOrderNo)) {
      return new Created(null, 409, "mchOrderNo already exists");
    }
    BigDecimal debit = amount.add(fee);
    if (debit.compareTo(available) > 0) {
      return new Created(null, 402, "insufficient balance");
    }
    available = available.subtract(debit);
    frozen = frozen.add(debit);
    sequence++;
    Entry e = new Entry();
    e.sequence = sequence;
    e.order = new Order(merchantOrderNo, "PAYOUT" + (orderBase + sequence), null, amount, fee, Status.PROCESSING,
        "SUCCESS", null, fields.get("notifyUrl"), fields, Instant.now());
    e.plan = plans.pollFirst();
    e.duplicateWebhook = duplicateWebhook;
    byMerchantOrderNo.put(merchantOrderNo, e);
    byOrderNo.put(e.order.orderNo(), e);
    return new Created(e.order, 200, null);
  }

  /** The payout named by {@code orderNo} (preferred) or {@code merchantOrderNo}; both must agree when given. */
  public synchronized Optional<Order> find(String merchantOrderNo, String orderNo) {
    boolean hasNo = present(orderNo);
    boolean hasMerchantNo = present(merchantOrderNo);
    Entry e = hasNo ? byOrderNo.get(orderNo) : hasMerchantNo ? byMerchantOrderNo.get(merchantOrderNo) : null;
    if (e != null && hasNo && hasMerchantNo && !e.order.merchantOrderNo().equals(merchantOrderNo)) {
      e = null;
    }
    return e == null ? Optional.empty() : Optional.of(e.order);
  }

  /** PROCESSING to PAYING, with a channel order number; null when the payout is not PROCESSING. */
  public synchronized Order markPaying(String merchantOrderNo) {
    Entry e = entry(merchantOrderNo);
    if (e.order.status() != Status.PROCESSING) {
      return null;
    }
    e.order = with(e.order, channelNo(e), Status.PAYING, "SUCCESS", null);
    return e.order;
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
    BigDecimal debit = o.amount().add(o.fee());
    frozen = frozen.subtract(debit);
    if (outcome == Outcome.SUCCEEDED) {
      e.order = with(o, channelNo(e), Status.SUCCESS, "SUCCESS", COMPLETION_TIME.format(Instant.now()));
    } else {
      available = available.add(debit);
      String message = reason == null || reason.isEmpty() ? DEFAULT_FAILURE : reason;
      e.order = with(o, o.channelOrderNo(), Status.FAIL, message, null);
    }
    return e.order;
  }

  /** True when the create call carried a duplicate-webhook fault. */
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
    return new Balance(available, frozen);
  }

  public synchronized void setAvailable(BigDecimal value) {
    available = value;
  }

  public synchronized BigDecimal fee() {
    return fee;
  }

  public synchronized void setFee(BigDecimal value) {
    fee = value;
  }

  private String channelNo(Entry e) {
    return e.order.channelOrderNo() != null ? e.order.channelOrderNo() : "CH" + (channelBase + e.sequence);
  }

  private static Order with(Order o, String channelOrderNo, Status status, String resultDesc, String completionTime) {
    return new Order(o.merchantOrderNo(), o.orderNo(), channelOrderNo, o.amount(), o.fee(), status, resultDesc,
        completionTime, o.notifyUrl(), o.fields(), o.createdAt());
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
