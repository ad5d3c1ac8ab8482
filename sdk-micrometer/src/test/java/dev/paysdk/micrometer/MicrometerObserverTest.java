package dev.paysdk.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.observe.AttemptInfo;
import dev.paysdk.core.observe.OperationInfo;
import dev.paysdk.core.observe.OperationObservation;
import dev.paysdk.core.observe.OperationResult;
import dev.paysdk.core.observe.Outcome;
import dev.paysdk.core.observe.WebhookObservation;
import dev.paysdk.core.observe.WebhookObservation.WebhookOutcome;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerObserverTest {
  private static final String ORDER_NO = "PO-20261122-0001";

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final MicrometerObserver observer = MicrometerObserver.of(meters);

  private static OutcomeUnknownException unknownOutcome() {
    return new OutcomeUnknownException(ErrorContext.of("inr-agentpay", "payout.create", ORDER_NO),
        "read timed out after sending account 123456789012 amount 100.00 INR", null);
  }

  @Test
  void operation_thatSucceeds_isTimedWithProviderOperationOutcomeAndMoneyMoving() {
    OperationObservation o = observer.operationStarted(new OperationInfo("inr-agentpay", "payout.create", true));
    o.attemptFinished(new AttemptInfo(1, 200, Duration.ofMillis(5), null, false));
    o.finished(new OperationResult(Outcome.SUCCESS, 1, Duration.ofMillis(6), null, null));

    Timer timer = meters.get(MicrometerObserver.OPERATION).tags("provider", "inr-agentpay", "operation", "payout.create",
        "money.moving", "true", "outcome", "success", "error", "none").timer();
    assertThat(timer.count()).isEqualTo(1);
  }

  @Test
  void operation_withAnUnknownOutcome_isTaggedOutcomeUnknown_andNoTagCarriesAnOrderAccountOrAmount() {
    OperationObservation o = observer.operationStarted(new OperationInfo("inr-agentpay", "payout.create", true));
    o.attemptFinished(new AttemptInfo(1, -1, Duration.ofSeconds(30), "SocketTimeoutException", false));
    o.finished(new OperationResult(Outcome.OUTCOME_UNKNOWN, 1, Duration.ofSeconds(30), null, unknownOutcome()));

    assertThat(meters.get(MicrometerObserver.OPERATION).tags("outcome", "outcome_unknown", "error",
        "OutcomeUnknownException").timer().count()).isEqualTo(1);
    Set<String> allowedKeys = Set.of("provider", "operation", "money.moving", "outcome", "error", "status", "failure");
    for (Meter m : meters.getMeters()) {
      for (Tag t : m.getId().getTags()) {
        assertThat(allowedKeys).as("tag key of %s", m.getId()).contains(t.getKey());
        assertThat(t.getValue()).doesNotContain(ORDER_NO).doesNotContain("123456789012").doesNotContain("100.00");
      }
    }
  }

  @Test
  void attempts_areCountedByStatusClassAndFailure_andRetriesByOperation() {
    OperationObservation o = observer.operationStarted(new OperationInfo("vexora", "payout.query", false));
    o.attemptFinished(new AttemptInfo(1, 503, Duration.ofMillis(3), null, true));
    o.attemptFinished(new AttemptInfo(2, -1, Duration.ofMillis(3), "SocketTimeoutException", true));
    o.attemptFinished(new AttemptInfo(3, 200, Duration.ofMillis(3), null, false));
    o.finished(new OperationResult(Outcome.SUCCESS, 3, Duration.ofMillis(20), null, null));

    assertThat(meters.get(MicrometerObserver.ATTEMPTS).tags("provider", "vexora", "operation", "payout.query",
        "status", "5xx", "failure", "none").counter().count()).isEqualTo(1);
    assertThat(meters.get(MicrometerObserver.ATTEMPTS).tags("status", "none", "failure", "SocketTimeoutException")
        .counter().count()).isEqualTo(1);
    assertThat(meters.get(MicrometerObserver.ATTEMPTS).tags("status", "2xx").counter().count()).isEqualTo(1);
    assertThat(meters.get(MicrometerObserver.RETRIES).tags("provider", "vexora", "operation", "payout.query")
        .counter().count()).isEqualTo(2);
  }

  @Test
  void webhooks_areTimedByProviderOperationAndOutcome() {
    observer.webhookObserved(new WebhookObservation("payout-pen", "webhook.payout", WebhookOutcome.HANDLED,
        Duration.ofMillis(7), null));
    observer.webhookObserved(new WebhookObservation("payout-pen", "webhook", WebhookOutcome.REJECTED,
        Duration.ofMillis(2), "signature does not match"));

    Timer handled = meters.get(MicrometerObserver.WEBHOOK).tags("provider", "payout-pen", "operation", "webhook.payout",
        "outcome", "handled").timer();
    assertThat(handled.count()).isEqualTo(1);
    assertThat(handled.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7.0);
    assertThat(meters.get(MicrometerObserver.WEBHOOK).tags("outcome", "rejected").timer().count()).isEqualTo(1);
  }

  @Test
  void operations_areObservations_withTheRefusalCodeAndAttemptsOnlyAsHighCardinalityValues() {
    TestObservationRegistry observations = TestObservationRegistry.create();
    MicrometerObserver o = MicrometerObserver.of(observations, meters);
    OperationObservation running = o.operationStarted(new OperationInfo("hexpay", "batch.upload", true));
    running.finished(new OperationResult(Outcome.OUTCOME_UNKNOWN, 1, Duration.ofMillis(1), "10", unknownOutcome()));

    assertThat(observations).hasSingleObservationThat()
        .hasNameEqualTo(MicrometerObserver.OPERATION)
        .hasContextualNameEqualTo("paysdk batch.upload")
        .hasBeenStarted().hasBeenStopped()
        .hasLowCardinalityKeyValue("provider", "hexpay")
        .hasLowCardinalityKeyValue("operation", "batch.upload")
        .hasLowCardinalityKeyValue("money.moving", "true")
        .hasLowCardinalityKeyValue("outcome", "outcome_unknown")
        .hasHighCardinalityKeyValue("provider.code", "10")
        .hasHighCardinalityKeyValue("attempts", "1")
        .assertThatError().isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void of_rejectsNullRegistriesNamingThem() {
    assertThatThrownBy(() -> MicrometerObserver.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("meters == null");
    assertThatThrownBy(() -> MicrometerObserver.of(null, meters)).isInstanceOf(NullPointerException.class)
        .hasMessage("observations == null");
  }
}
