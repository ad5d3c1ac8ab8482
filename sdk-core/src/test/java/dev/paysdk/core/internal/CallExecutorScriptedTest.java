package dev.paysdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.http.RequestNotSentException;
import dev.paysdk.core.http.RetryPolicy;
import dev.paysdk.core.testsupport.FakeClock;
import dev.paysdk.core.testsupport.RecordingSleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CallExecutor's rules with a scripted transport: what is retried, how long it waits, what each attempt may take. */
class CallExecutorScriptedTest {
  private static final ErrorContext CTX = ErrorContext.of("test", "payout.create", "PO-9");

  interface Step {
    HttpResponse run(HttpRequest r) throws IOException;
  }

  /** Plays the steps in order (the last one repeats) and records every request it was given. */
  static final class ScriptedTransport implements HttpTransport {
    final Deque<Step> steps = new ArrayDeque<>();
    final List<HttpRequest> requests = new ArrayList<>();
    final FakeClock clock;
    final Duration perAttempt;

    ScriptedTransport(FakeClock clock, Duration perAttempt) {
      this.clock = clock;
      this.perAttempt = perAttempt;
    }

    ScriptedTransport then(Step s) {
      steps.add(s);
      return this;
    }

    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
      requests.add(request);
      if (clock != null) {
        clock.advance(perAttempt);
      }
      Step s = steps.size() > 1 ? steps.poll() : steps.peek();
      return s.run(request);
    }
  }

  static Step status(int code) {
    return r -> new HttpResponse(code, Map.of(), ("status " + code).getBytes());
  }

  static Step notSent() {
    return r -> {
      throw new RequestNotSentException("request not sent: ConnectException", new ConnectException("refused"));
    };
  }

  static Step timeout() {
    return r -> {
      throw new SocketTimeoutException("timeout");
    };
  }

  private final FakeClock clock = FakeClock.atEpochMillis(1_700_000_000_000L);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  private HttpOptions options(int maxAttempts, Duration deadline) {
    return HttpOptions.builder().clock(clock).sleeper(sleeper).deadline(deadline).callTimeout(Duration.ofSeconds(45))
        .retryPolicy(RetryPolicy.builder().maxAttempts(maxAttempts).initialBackoff(Duration.ofMillis(200))
            .maxBackoff(Duration.ofSeconds(2)).jitter(() -> 1.0).build())
        .build();
  }

  private static HttpRequest request() {
    return HttpRequest.post("http://gateway.invalid/v1/payouts").body("{}", "application/json").build();
  }

  @Test
  void moneyMoving_marksTheRequestAsMoneyMoving_evenWhenTheCallerForgot() {
    ScriptedTransport t = new ScriptedTransport(null, Duration.ZERO).then(status(200));

    new CallExecutor(t, options(3, Duration.ofSeconds(90))).moneyMoving(request(), CTX);

    assertThat(t.requests).singleElement().satisfies(r -> {
      assertThat(r.moneyMoving()).isTrue();
      assertThat(r.bodyAsString()).isEqualTo("{}");
      assertThat(r.contentType()).isEqualTo("application/json");
    });
  }

  @Test
  void moneyMoving_resendsOnlyWhatProvablyNeverLeft() {
    ScriptedTransport t = new ScriptedTransport(null, Duration.ZERO).then(notSent()).then(notSent()).then(status(200));

    HttpResponse r = new CallExecutor(t, options(3, Duration.ofSeconds(90))).moneyMoving(request(), CTX);

    assertThat(r.status()).isEqualTo(200);
    assertThat(t.requests).hasSize(3);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void moneyMoving_afterANotSentAttempt_aTimeoutIsStillOutcomeUnknown() {
    ScriptedTransport t = new ScriptedTransport(null, Duration.ZERO).then(notSent()).then(timeout()).then(status(200));

    assertThatThrownBy(() -> new CallExecutor(t, options(5, Duration.ofSeconds(90))).moneyMoving(request(), CTX))
        .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("PO-9");
    assertThat(t.requests).hasSize(2);
  }

  @Test
  void moneyMoving_callTimeoutWithoutSocketTimeout_isDescribedAsATimeout() {
    ScriptedTransport t = new ScriptedTransport(null, Duration.ZERO).then(r -> {
      throw new InterruptedIOException("timeout");
    });

    assertThatThrownBy(() -> new CallExecutor(t, options(3, Duration.ofSeconds(90))).moneyMoving(request(), CTX))
        .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("(timeout");
    assertThat(t.requests).hasSize(1);
  }

  @Test
  void read_withARequestPerAttempt_sendsAFreshRequestOnEveryRetry() {
    ScriptedTransport t = new ScriptedTransport(null, Duration.ZERO).then(status(503)).then(timeout()).then(status(200));
    int[] built = {0};

    HttpResponse r = new CallExecutor(t, options(3, Duration.ofSeconds(90))).read(() -> HttpRequest
        .post("http://gateway.invalid/query").header("Nonce", "n" + ++built[0]).body("{}", "application/json").build(),
        CTX);

    assertThat(r.status()).isEqualTo(200);
    assertThat(t.requests).extracting(q -> q.header("Nonce")).containsExactly("n1", "n2", "n3");
  }

  @Test
  void read_withOneRequest_resendsTheSameBytes() {
    ScriptedTransport t = new ScriptedTransport(null, Duration.ZERO).then(status(503)).then(status(200));
    HttpRequest once = HttpRequest.post("http://gateway.invalid/query").header("Nonce", "n1").build();

    new CallExecutor(t, options(3, Duration.ofSeconds(90))).read(once, CTX);

    assertThat(t.requests).extracting(q -> q.header("Nonce")).containsExactly("n1", "n1");
  }

  @Test
  void read_retriesAnyIoFailure_upToMaxAttempts() {
    ScriptedTransport t = new ScriptedTransport(null, Duration.ZERO).then(timeout());

    assertThatThrownBy(() -> new CallExecutor(t, options(4, Duration.ofSeconds(90))).read(request(), CTX))
        .isExactlyInstanceOf(TransportException.class).hasMessageContaining("no answer after 4 attempt(s)")
        .hasCauseInstanceOf(SocketTimeoutException.class);
    assertThat(t.requests).hasSize(4).allMatch(r -> !r.moneyMoving());
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
  }

  @Test
  void eachAttempt_mayTakeNoMoreThanTheTimeLeftBeforeTheDeadline() {
    // every attempt costs 1.3 s on the fake clock; the deadline is 5 s
    ScriptedTransport t = new ScriptedTransport(clock, Duration.ofMillis(1300)).then(status(503));

    assertThatThrownBy(() -> new CallExecutor(t, options(10, Duration.ofSeconds(5))).read(request(), CTX))
        .isExactlyInstanceOf(TransportException.class).hasMessageContaining("HTTP 503 after 3 attempt(s)");

    // attempt 1 at 0 s, wait 0.2 s; attempt 2 at 1.5 s, wait 0.4 s; attempt 3 at 3.2 s ends at 4.5 s;
    // a wait of 0.8 s would end at 5.3 s, past the deadline: no pointless wait, no fourth attempt
    assertThat(t.requests).extracting(HttpRequest::timeout)
        .containsExactly(Duration.ofSeconds(5), Duration.ofMillis(3500), Duration.ofMillis(1800));
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void anAttemptTimeout_isTheCallTimeout_whenTheDeadlineIsFarAway() {
    ScriptedTransport t = new ScriptedTransport(null, Duration.ZERO).then(status(200));

    new CallExecutor(t, options(3, Duration.ofSeconds(90))).read(request(), CTX);

    assertThat(t.requests.get(0).timeout()).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void moneyMoving_whenNotSentAndTheDeadlineIsReached_failsSayingItIsSafeToSendAgain() {
    ScriptedTransport t = new ScriptedTransport(clock, Duration.ofSeconds(2)).then(notSent());

    assertThatThrownBy(() -> new CallExecutor(t, options(10, Duration.ofSeconds(1))).moneyMoving(request(), CTX))
        .isExactlyInstanceOf(TransportException.class).hasMessageContaining("safe to send again");
    assertThat(t.requests).hasSize(1);
  }

  @Test
  void anInterruptedWait_stopsTheRetries_andKeepsTheInterruptFlag() {
    ScriptedTransport t = new ScriptedTransport(null, Duration.ZERO).then(status(503));
    HttpOptions interrupting = options(3, Duration.ofSeconds(90)).toBuilder().sleeper(d -> {
      throw new InterruptedException();
    }).build();

    try {
      assertThatThrownBy(() -> new CallExecutor(t, interrupting).read(request(), CTX))
          .isExactlyInstanceOf(TransportException.class).hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(t.requests).hasSize(1);
  }
}
