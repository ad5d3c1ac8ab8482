package dev.paysdk.core.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.testsupport.FakeClock;
import dev.paysdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Audit of "nothing ever paid twice" for DurablePayouts + PayoutRecoveryWorker on the in-memory journal. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PayoutsDurableAuditTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final FakeGateway gateway = new FakeGateway();
  private final InMemoryPayoutJournal journal = new InMemoryPayoutJournal();
  private final Reconciler reconciler = Reconciler.builder().maxWait(Duration.ofSeconds(4))
      .pollInterval(Duration.ofSeconds(1)).notFoundGrace(Duration.ofSeconds(2)).clock(clock)
      .sleeper(new RecordingSleeper(clock)).build();

  private DurablePayouts durable(String instance) {
    return DurablePayouts.builder().payouts(FakeGateway.PROVIDER, gateway).journal(journal).reconciler(reconciler)
        .clock(clock).lease(Duration.ofMinutes(5)).instanceId(instance).build();
  }

  static PayoutRequest request(String orderNo, String amount, String account) {
    return PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of(amount, "PEN"))
        .destination(Destination.bankAccount(account).build()).build();
  }

  static PayoutRequest request(String orderNo) {
    return request(orderNo, "10.00", "00219300123456789012");
  }

  private static OutcomeUnknownException timeout(String orderNo) {
    return new OutcomeUnknownException(ErrorContext.of(FakeGateway.PROVIDER, "payout.create", orderNo),
        "no answer after the request was sent (timeout)", null);
  }

  private JournalEntry entry(String orderNo) {
    return journal.find(new JournalKey(FakeGateway.PROVIDER, orderNo)).orElseThrow();
  }

  /** Runs {@code n} creates of the same request at once; returns what each ended with. */
  private List<Object> concurrently(int n, List<DurablePayouts> instances, PayoutRequest r) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Object>> fs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        DurablePayouts p = instances.get(i % instances.size());
        fs.add(pool.submit(() -> {
          go.await();
          try {
            return p.create(r);
          } catch (RuntimeException e) {
            return e;
          }
        }));
      }
      go.countDown();
      List<Object> out = new ArrayList<>();
      for (Future<Object> f : fs) {
        out.add(f.get(10, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void onlyPayoutsOrDocumentedErrors(List<Object> results) {
    assertThat(results).allSatisfy(o -> {
      if (o instanceof RuntimeException e) {
        assertThat(e).isInstanceOfAny(OutcomeUnknownException.class, StoreUnavailableException.class);
      } else {
        assertThat(o).isInstanceOf(Payout.class);
      }
    });
  }

  @Test
  void concurrentCreates_ofOneOrder_fromManyThreadsAndTwoInstances_sendOnce() throws Exception {
    gateway.beforeCreate(r -> sleep(30));
    List<Object> results = concurrently(24, List.of(durable("a"), durable("b")), request("PO-C1"));
    assertThat(gateway.createsOf("PO-C1")).isEqualTo(1);
    onlyPayoutsOrDocumentedErrors(results);
    assertThat(entry("PO-C1").state()).isEqualTo(JournalState.OPEN);
  }

  @Test
  void concurrentCreates_afterAnUnknownOutcome_theGatewayHasIt_noneSendsAgain() throws Exception {
    gateway.failNextCreate(true, timeout("PO-C2"));
    DurablePayouts a = durable("a");
    assertThatThrownBy(() -> a.create(request("PO-C2"))).isInstanceOf(OutcomeUnknownException.class);
    List<Object> results = concurrently(16, List.of(a, durable("b")), request("PO-C2"));
    assertThat(gateway.createsOf("PO-C2")).isEqualTo(1);
    onlyPayoutsOrDocumentedErrors(results);
  }

  @Test
  void concurrentCreates_afterAnUnknownOutcome_theGatewayDoesNotHaveIt_onlyOneResends() throws Exception {
    gateway.failNextCreate(false, timeout("PO-C3"));
    DurablePayouts a = durable("a");
    assertThatThrownBy(() -> a.create(request("PO-C3"))).isInstanceOf(OutcomeUnknownException.class);
    gateway.beforeCreate(r -> sleep(30));
    List<Object> results = concurrently(16, List.of(a, durable("b")), request("PO-C3"));
    // by design: the first request provably created nothing (reconciled "not found"), one resend
    assertThat(gateway.createsOf("PO-C3")).isEqualTo(2);
    onlyPayoutsOrDocumentedErrors(results);
  }

  @Test
  void sameOrder_differentAmount_isRejected_withoutSending() {
    DurablePayouts a = durable("a");
    a.create(request("PO-D1", "10.00", "00219300123456789012"));
    assertThatThrownBy(() -> a.create(request("PO-D1", "99.00", "00219300123456789012")))
        .isInstanceOf(InvalidRequestException.class);
    gateway.failNextCreate(true, timeout("PO-D2"));
    assertThatThrownBy(() -> a.create(request("PO-D2"))).isInstanceOf(OutcomeUnknownException.class);
    assertThatThrownBy(() -> a.create(request("PO-D2", "10.01", "00219300123456789012")))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(gateway.createsOf("PO-D1")).isEqualTo(1);
    assertThat(gateway.createsOf("PO-D2")).isEqualTo(1);
  }

  @Test
  void sameOrder_differentDestination_returnsTheRecordedState_withoutSending() {
    DurablePayouts a = durable("a");
    a.create(request("PO-D3"));
    Payout again = a.create(request("PO-D3", "10.00", "99999999999999999999"));
    assertThat(again.status()).isEqualTo(PayoutStatus.ACCEPTED);
    gateway.failNextCreate(true, timeout("PO-D4"));
    assertThatThrownBy(() -> a.create(request("PO-D4"))).isInstanceOf(OutcomeUnknownException.class);
    assertThat(a.create(request("PO-D4", "10.00", "99999999999999999999")).providerOrderNo()).contains("G-PO-D4");
    assertThat(gateway.createsOf("PO-D3")).isEqualTo(1);
    assertThat(gateway.createsOf("PO-D4")).isEqualTo(1);
  }

  @Test
  void invalidRequest_leavesNothing_andTheFixedRequestIsSentOnce() {
    DurablePayouts a = durable("a");
    AtomicBoolean reject = new AtomicBoolean(true);
    gateway.beforeCreate(r -> {
      if (reject.getAndSet(false)) {
        throw new InvalidRequestException("destination", "malformed");
      }
    });
    assertThatThrownBy(() -> a.create(request("PO-I1"))).isInstanceOf(InvalidRequestException.class);
    assertThat(journal.find(new JournalKey(FakeGateway.PROVIDER, "PO-I1"))).isEmpty();
    assertThat(a.create(request("PO-I1", "12.00", "00219300123456789012")).status()).isEqualTo(PayoutStatus.ACCEPTED);
    assertThat(gateway.createsOf("PO-I1")).isEqualTo(1);
  }

  @Test
  void refusal_isRecorded_andALaterCreateThrowsItWithoutSending() {
    DurablePayouts a = durable("a");
    gateway.failNextCreate(false, new InsufficientBalanceException(ErrorContext.of(FakeGateway.PROVIDER,
        "payout.create", "PO-R1"), "NB", "not enough balance", 200));
    assertThatThrownBy(() -> a.create(request("PO-R1"))).isInstanceOf(InsufficientBalanceException.class);
    assertThat(entry("PO-R1").state()).isEqualTo(JournalState.REFUSED);
    assertThatThrownBy(() -> durable("b").create(request("PO-R1"))).isInstanceOf(InsufficientBalanceException.class);
    assertThat(gateway.createsOf("PO-R1")).isEqualTo(1);
  }

  @Test
  void recoveryWorker_concurrentWithCreates_ofUnknownOrders_neverSendsTwice() throws Exception {
    int orders = 10;
    DurablePayouts a = durable("a");
    for (int i = 0; i < orders; i++) {
      gateway.failNextCreate(i % 2 == 0, timeout("PO-W" + i)); // half stored at the gateway, half not
      int n = i;
      assertThatThrownBy(() -> a.create(request("PO-W" + n))).isInstanceOf(OutcomeUnknownException.class);
    }
    PayoutRecoveryWorker w1 = PayoutRecoveryWorker.builder().journal(journal).payouts(FakeGateway.PROVIDER, gateway)
        .reconciler(reconciler).clock(clock).instanceId("w1").build();
    PayoutRecoveryWorker w2 = PayoutRecoveryWorker.builder().journal(journal).payouts(FakeGateway.PROVIDER, gateway)
        .reconciler(reconciler).clock(clock).instanceId("w2").build();
    DurablePayouts b = durable("b");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    ConcurrentLinkedQueue<Throwable> undocumented = new ConcurrentLinkedQueue<>();
    try {
      List<Future<?>> fs = new ArrayList<>();
      fs.add(pool.submit(() -> w1.runOnce()));
      fs.add(pool.submit(() -> w2.runOnce()));
      for (DurablePayouts p : List.of(a, b)) {
        fs.add(pool.submit(() -> {
          for (int i = 0; i < orders; i++) {
            try {
              p.create(request("PO-W" + i));
            } catch (PaymentException e) {
              // documented
            } catch (RuntimeException e) {
              undocumented.add(e);
            }
          }
        }));
      }
      for (Future<?> f : fs) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(undocumented).isEmpty();
    for (int i = 0; i < orders; i++) {
      // stored on the first try: never again; not stored: at most one more (after "not found")
      assertThat(gateway.createsOf("PO-W" + i)).as("PO-W%d", i).isLessThanOrEqualTo(i % 2 == 0 ? 1 : 2);
    }
  }

  /**
   * An order the gateway accepted (journal: ACCEPTED, gateway order G-PO-N1) that stays open past
   * the worker's bound becomes NEEDS_ATTENTION ("a person must look"). A later create() of the same
   * order reconciles it and, when the gateway's lookup does not find the order (lookups by merchant
   * order number that stop finding old orders, a lookup outage answered as "not found"...), SENDS IT
   * AGAIN, although the journal itself holds the gateway's acceptance of the first request.
   */
  @Test
  void needsAttention_ofAnOrderTheGatewayAccepted_isNeverSentAgainByCreate() {
    DurablePayouts a = durable("a");
    a.create(request("PO-N1"));
    assertThat(entry("PO-N1").providerOrderNo()).isEqualTo("G-PO-N1");
    clock.advance(Duration.ofMinutes(2));
    PayoutRecoveryWorker w = PayoutRecoveryWorker.builder().journal(journal).payouts(FakeGateway.PROVIDER, gateway)
        .reconciler(reconciler).clock(clock).maxAttempts(1).build();
    assertThat(w.runOnce().needsAttention()).isEqualTo(1);
    assertThat(entry("PO-N1").state()).isEqualTo(JournalState.NEEDS_ATTENTION);
    assertThat(entry("PO-N1").payoutStatus()).isEqualTo(PayoutStatus.ACCEPTED);

    gateway.orders.remove("PO-N1"); // the gateway's lookup no longer finds it
    try {
      a.create(request("PO-N1"));
    } catch (PaymentException expected) {
      // refusing, or "outcome unknown", is fine: sending is not
    }
    assertThat(gateway.createsOf("PO-N1")).as("creates sent for PO-N1, whose first request the gateway accepted")
        .isEqualTo(1);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
