package dev.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.internal.CallExecutor;
import dev.paysdk.core.error.ErrorContext;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reconciliation returns within its maxWait even when each query could take its client's whole timeout. */
class ReconcilerDeadlineTest {

  @Test
  void reconcile_againstAGatewayThatNeverAnswers_endsWithinMaxWait_notTheClientsTimeouts() {
    // a gateway that holds every query until the client gives up
    HttpTransport silent = (HttpRequest r) -> {
      try {
        Thread.sleep(r.timeout().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new SocketTimeoutException("read timed out");
    };
    CallExecutor executor = new CallExecutor(silent, HttpOptions.builder().callTimeout(Duration.ofSeconds(10))
        .deadline(Duration.ofSeconds(30)).build());
    Payouts payouts = new Payouts() {
      @Override
      public Payout create(PayoutRequest request) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Payout retrieve(PayoutLookup lookup) {
        executor.read(HttpRequest.post("http://127.0.0.1:1/q").body("{}", "application/json").build(),
            ErrorContext.of("fake", "payout.query", lookup.merchantOrderNo()));
        throw new AssertionError("never answered");
      }
    };
    Reconciler reconciler = Reconciler.builder().maxWait(Duration.ofMillis(1500)).pollInterval(Duration.ofMillis(200))
        .notFoundGrace(Duration.ZERO).build();

    long start = System.nanoTime();
    assertThatThrownBy(() -> reconciler.reconcile(payouts, "PO-1")).isInstanceOf(OutcomeUnknownException.class);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(Duration.ofMillis(1500 + 700)).isGreaterThan(Duration.ofMillis(1000));
  }
}
