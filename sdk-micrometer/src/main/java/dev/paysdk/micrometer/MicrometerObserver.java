package dev.paysdk.micrometer;

import dev.paysdk.core.observe.AttemptInfo;
import dev.paysdk.core.observe.OperationInfo;
import dev.paysdk.core.observe.OperationObservation;
import dev.paysdk.core.observe.OperationResult;
import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.core.observe.WebhookObservation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Records what PaySDK clients do as Micrometer observations and meters. Every tag value comes
 * from the observer SPI's low-cardinality values; an order number, an account, an amount or a
 * secret never becomes a tag.
 *
 * <table>
 *   <caption>What is recorded</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th></tr>
 *   <tr><td>{@value #OPERATION}</td><td>observation, and so a timer (and a long-task timer
 *       {@code paysdk.operation.active}) through the registry's meter handler</td>
 *       <td>{@code provider}, {@code operation}, {@code money.moving}, {@code outcome}
 *       ({@link dev.paysdk.core.observe.Outcome#tag()}), and {@code error} (the exception's simple
 *       class name, or {@code none}) added by the meter handler</td></tr>
 *   <tr><td>{@value #ATTEMPTS}</td><td>counter, one per HTTP attempt</td>
 *       <td>{@code provider}, {@code operation}, {@code status} (the HTTP status class such as
 *       {@code 2xx}, or {@code none} when no answer came), {@code failure} (such as
 *       {@code SocketTimeoutException}, or {@code none})</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter, one per attempt after which PaySDK sends again</td>
 *       <td>{@code provider}, {@code operation}</td></tr>
 *   <tr><td>{@value #WEBHOOK}</td><td>timer, one per webhook verification or handling</td>
 *       <td>{@code provider}, {@code operation} (such as {@code webhook.payout}), {@code outcome}
 *       ({@code verified}, {@code handled}, {@code duplicate}, {@code rejected},
 *       {@code handler_failed}, {@code store_unavailable})</td></tr>
 * </table>
 *
 * <pre>{@code
 * MicrometerObserver observer = MicrometerObserver.of(observationRegistry, meterRegistry);
 * AgentPayClient client = AgentPayClient.builder()...observer(observer).build();
 * }</pre>
 *
 * <p>Operations are observations so that a tracing handler on the observation registry gets a
 * span per operation too (contextual name {@code paysdk <operation>}, with the number of attempts
 * and the gateway's refusal code as high-cardinality values, which meters never see). Thread-safe.
 */
public final class MicrometerObserver implements PaySdkObserver {
  /** Observation (and timer) name of gateway operations. */
  public static final String OPERATION = "paysdk.operation";
  /** Counter of HTTP attempts. */
  public static final String ATTEMPTS = "paysdk.operation.attempts";
  /** Counter of attempts followed by a retry. */
  public static final String RETRIES = "paysdk.operation.retries";
  /** Timer of webhooks. */
  public static final String WEBHOOK = "paysdk.webhook";

  private final ObservationRegistry observations;
  private final MeterRegistry meters;

  private MicrometerObserver(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = observations;
    this.meters = meters;
  }

  /**
   * An observer recording operations as observations of {@code observations} (whose handlers make
   * them timers and spans: Spring Boot's registry has a meter handler) and attempts, retries and
   * webhooks as meters of {@code meters}.
   *
   * @throws NullPointerException when an argument is null
   */
  public static MicrometerObserver of(ObservationRegistry observations, MeterRegistry meters) {
    return new MicrometerObserver(Objects.requireNonNull(observations, "observations == null"),
        Objects.requireNonNull(meters, "meters == null"));
  }

  /**
   * An observer recording everything as meters of {@code meters}: operations go through an
   * observation registry of its own whose only handler makes timers in {@code meters}.
   *
   * @throws NullPointerException when {@code meters} is null
   */
  public static MicrometerObserver of(MeterRegistry meters) {
    Objects.requireNonNull(meters, "meters == null");
    ObservationRegistry own = ObservationRegistry.create();
    own.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return new MicrometerObserver(own, meters);
  }

  @Override
  public OperationObservation operationStarted(OperationInfo operation) {
    Observation observation = Observation.createNotStarted(OPERATION, observations)
        .contextualName("paysdk " + operation.operation())
        .lowCardinalityKeyValue("provider", operation.providerId())
        .lowCardinalityKeyValue("operation", operation.operation())
        .lowCardinalityKeyValue("money.moving", Boolean.toString(operation.moneyMoving()))
        .start();
    return new Running(operation, observation);
  }

  @Override
  public void webhookObserved(WebhookObservation webhook) {
    Timer.builder(WEBHOOK)
        .description("PaySDK webhooks: verification and handling")
        .tag("provider", webhook.providerId())
        .tag("operation", webhook.operation())
        .tag("outcome", webhook.outcome().tag())
        .register(meters)
        .record(webhook.duration());
  }

  @Override
  public String toString() {
    return "MicrometerObserver";
  }

  /** One operation in progress. */
  private final class Running implements OperationObservation {
    private final OperationInfo operation;
    private final Observation observation;

    Running(OperationInfo operation, Observation observation) {
      this.operation = operation;
      this.observation = observation;
    }

    @Override
    public void attemptFinished(AttemptInfo attempt) {
      Counter.builder(ATTEMPTS)
          .description("PaySDK HTTP attempts of gateway operations")
          .tag("provider", operation.providerId())
          .tag("operation", operation.operation())
          .tag("status", statusClass(attempt.httpStatus()))
          .tag("failure", attempt.failure() == null ? "none" : attempt.failure())
          .register(meters)
          .increment();
      if (attempt.willRetry()) {
        Counter.builder(RETRIES)
            .description("PaySDK HTTP attempts followed by a retry")
            .tag("provider", operation.providerId())
            .tag("operation", operation.operation())
            .register(meters)
            .increment();
      }
    }

    @Override
    public void finished(OperationResult result) {
      observation.lowCardinalityKeyValue("outcome", result.outcome().tag());
      observation.highCardinalityKeyValue("attempts", Integer.toString(result.attempts()));
      if (result.providerCode() != null) {
        observation.highCardinalityKeyValue("provider.code", result.providerCode());
      }
      if (result.failure() != null) {
        observation.error(result.failure());
      }
      observation.stop();
    }
  }

  private static String statusClass(int httpStatus) {
    return httpStatus < 100 || httpStatus > 599 ? "none" : (httpStatus / 100) + "xx";
  }
}
