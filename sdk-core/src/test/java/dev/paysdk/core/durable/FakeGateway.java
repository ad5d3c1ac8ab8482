package dev.paysdk.core.durable;

import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OrderNotFoundException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A scripted gateway behind the neutral {@link Payouts}: it keeps the payouts it took, counts every
 * create it was sent, and fails the next creates as planned.
 */
final class FakeGateway implements Payouts {
  static final String PROVIDER = "fake-pay";

  /** A planned failure of a create: optionally after storing the payout (an answer lost on the way back). */
  record Failure(boolean storeFirst, RuntimeException error) {}

  final Map<String, Payout> orders = new ConcurrentHashMap<>();
  final List<String> creates = new ArrayList<>();
  final List<String> retrieves = new ArrayList<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private Consumer<PayoutRequest> beforeCreate = r -> {};
  private PayoutStatus acceptAs = PayoutStatus.ACCEPTED;
  private RuntimeException retrieveFailure;

  synchronized FakeGateway failNextCreate(boolean storeFirst, RuntimeException error) {
    failures.add(new Failure(storeFirst, error));
    return this;
  }

  synchronized FakeGateway beforeCreate(Consumer<PayoutRequest> check) {
    this.beforeCreate = check;
    return this;
  }

  synchronized FakeGateway acceptAs(PayoutStatus status) {
    this.acceptAs = status;
    return this;
  }

  synchronized FakeGateway failRetrieves(RuntimeException e) {
    this.retrieveFailure = e;
    return this;
  }

  synchronized void settle(String orderNo, PayoutStatus status) {
    orders.put(orderNo, payout(orderNo, status));
  }

  static Payout payout(String orderNo, PayoutStatus status) {
    return Payout.builder().providerId(PROVIDER).merchantOrderNo(orderNo).providerOrderNo("G-" + orderNo)
        .amount(Money.of("10.00", "PEN")).status(status).rawStatus(status.name().toLowerCase()).build();
  }

  @Override
  public synchronized Payout create(PayoutRequest request) {
    beforeCreate.accept(request);
    creates.add(request.merchantOrderNo());
    Failure f = failures.poll();
    if (f != null) {
      if (f.storeFirst()) {
        orders.put(request.merchantOrderNo(), payout(request.merchantOrderNo(), acceptAs));
      }
      throw f.error();
    }
    Payout p = payout(request.merchantOrderNo(), acceptAs);
    orders.put(request.merchantOrderNo(), p);
    return p;
  }

  @Override
  public synchronized Payout retrieve(PayoutLookup lookup) {
    retrieves.add(lookup.merchantOrderNo());
    if (retrieveFailure != null) {
      throw retrieveFailure;
    }
    Payout p = orders.get(lookup.merchantOrderNo());
    if (p == null) {
      throw new OrderNotFoundException(ErrorContext.of(PROVIDER, "payout.query", lookup.merchantOrderNo()), "404",
          "order not exist", 200);
    }
    return p;
  }

  synchronized long createsOf(String orderNo) {
    return creates.stream().filter(orderNo::equals).count();
  }
}
