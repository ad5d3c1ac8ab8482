package dev.paysdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PaySdkReconcilerTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T00:00:00Z"));
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
  };
  private final Map<String, RuntimeException> failures = new HashMap<>();
  private final Map<String, Payout> orders = new HashMap<>();
  private final FakeClient client = FakeClient.builder("vexora").payouts(l -> {
    RuntimeException f = failures.get(l.merchantOrderNo());
    if (f != null) {
      throw f;
    }
    Payout p = orders.get(l.merchantOrderNo());
    if (p == null) {
      throw new OrderNotFoundException(ErrorContext.of("vexora", "payout.query", l.merchantOrderNo()), "404",
          "order does not exist", 200);
    }
    return p;
  }).build();
  private final List<PayoutReconciledEvent> events = new ArrayList<>();
  private final PaySdkProperties.Reconciler settings = new PaySdkProperties.Reconciler();
  private final PaySdkReconciler reconciler = new PaySdkReconciler(id -> id.equals("vexora") ? client : null,
      e -> events.add((PayoutReconciledEvent) e), settings, clock);

  private void advance(Duration d) {
    now.set(now.get().plus(d));
  }

  @Test
  void aTrackedPayoutTheGatewayHas_isPublishedFound_andNoLongerTracked() {
    orders.put("PO-1", Payout.builder().providerId("vexora").merchantOrderNo("PO-1").status(PayoutStatus.SUCCEEDED).build());
    reconciler.track(new OutcomeUnknownException(ErrorContext.of("vexora", "payout.create", "PO-1"), "timeout", null));
    reconciler.runOnce();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.result()).isEqualTo(PayoutReconciledEvent.Result.FOUND);
      assertThat(e.payoutIfFound()).get().extracting(Payout::status).isEqualTo(PayoutStatus.SUCCEEDED);
    });
    assertThat(reconciler.trackedCount()).isZero();
  }

  @Test
  void notFound_isBelievedOnlyAfterTheGracePeriod() {
    settings.setNotFoundGrace(Duration.ofMinutes(2));
    reconciler.track("vexora", "PO-2");
    reconciler.runOnce();
    assertThat(events).isEmpty();
    advance(Duration.ofMinutes(2));
    reconciler.runOnce();
    assertThat(events).extracting(PayoutReconciledEvent::result).containsExactly(PayoutReconciledEvent.Result.NOT_FOUND);
  }

  @Test
  void aFailingQuery_isRetriedOnTheNextRun_untilGivenUp() {
    failures.put("PO-3", new TransportException(ErrorContext.of("vexora", "payout.query", "PO-3"), "503", 503, null));
    reconciler.track("vexora", "PO-3");
    reconciler.runOnce();
    assertThat(events).isEmpty();
    assertThat(reconciler.trackedCount()).isEqualTo(1);
    advance(settings.getGiveUpAfter());
    reconciler.runOnce();
    assertThat(events).extracting(PayoutReconciledEvent::result).containsExactly(PayoutReconciledEvent.Result.GAVE_UP);
  }

  @Test
  void eachRun_makesAtMostMaxPerRunQueries_oldestFirst() {
    settings.setMaxPerRun(2);
    for (int i = 0; i < 5; i++) {
      reconciler.track("vexora", "PO-" + i);
    }
    reconciler.runOnce();
    assertThat(client.calls).hasValue(2);
  }

  @Test
  void tracking_isBounded_andRefusesAnUnknownProvider() {
    settings.setMaxTracked(1);
    reconciler.track("vexora", "PO-A");
    reconciler.track("vexora", "PO-A"); // already tracked: no change
    assertThatThrownBy(() -> reconciler.track("vexora", "PO-B")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("paysdk.reconciler.max-tracked");
    assertThatThrownBy(() -> reconciler.track("hexpay", "PO-C")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aListenerThatThrows_leavesThePayoutTracked_forTheNextRun() {
    orders.put("PO-4", Payout.builder().providerId("vexora").merchantOrderNo("PO-4").status(PayoutStatus.FAILED).build());
    List<Object> got = new ArrayList<>();
    boolean[] fail = {true};
    PaySdkReconciler r = new PaySdkReconciler(id -> client, e -> {
      if (fail[0]) {
        throw new IllegalStateException("listener down");
      }
      got.add(e);
    }, settings, clock);
    r.track("vexora", "PO-4");
    r.runOnce();
    assertThat(r.trackedCount()).isEqualTo(1);
    fail[0] = false;
    r.runOnce();
    assertThat(got).hasSize(1);
    assertThat(r.trackedCount()).isZero();
  }
}
