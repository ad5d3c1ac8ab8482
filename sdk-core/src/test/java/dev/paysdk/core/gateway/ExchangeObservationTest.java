package dev.paysdk.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.http.RetryPolicy;
import dev.paysdk.core.internal.WireParams;
import dev.paysdk.core.observe.AttemptInfo;
import dev.paysdk.core.observe.OperationInfo;
import dev.paysdk.core.observe.OperationObservation;
import dev.paysdk.core.observe.OperationResult;
import dev.paysdk.core.observe.Outcome;
import dev.paysdk.core.observe.PaySdkObserver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every call is observed (start, each attempt, one end), and a failing observer changes nothing. */
class ExchangeObservationTest {
  private final List<String> seen = new ArrayList<>();
  private final PaySdkObserver recording = new PaySdkObserver() {
    @Override
    public OperationObservation operationStarted(OperationInfo op) {
      seen.add("start " + op.providerId() + " " + op.operation() + " money=" + op.moneyMoving());
      return new OperationObservation() {
        @Override
        public void attemptFinished(AttemptInfo a) {
          seen.add("attempt " + a.attempt() + " " + a.httpStatus() + " retry=" + a.willRetry());
        }

        @Override
        public void finished(OperationResult r) {
          seen.add("end " + r.outcome() + " attempts=" + r.attempts());
        }
      };
    }
  };

  private static Protocol<Map<String, String>> protocol() {
    return new Protocol<>() {
      @Override
      public String providerId() {
        return "fake";
      }

      @Override
      public HttpRequest encode(Operation op, String url, WireParams params) {
        return HttpRequest.post(url).body(params.toJson(), "application/json").moneyMoving(op.isMoneyMoving()).build();
      }

      @Override
      public Map<String, String> decode(Operation op, HttpResponse response) {
        return RawJson.object(response.body());
      }

      @Override
      public boolean verify(Operation op, Map<String, String> answer, HttpResponse response) {
        return false;
      }

      @Override
      public Verdict classify(Operation op, Map<String, String> answer, HttpResponse response) {
        return Verdict.HANDLED;
      }
    };
  }

  private Exchange<Map<String, String>> exchange(HttpTransport transport, PaySdkObserver observer) {
    return Exchange.create(protocol(), BaseUrl.of("http://127.0.0.1:1"), HttpOptions.builder().transport(transport)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(1)).build()).sleeper(d -> { }).build(), observer);
  }

  @Test
  void aReadRetriedOnce_isObservedAsTwoAttemptsAndOneSuccess() {
    AtomicInteger calls = new AtomicInteger();
    HttpTransport t = r -> calls.incrementAndGet() == 1
        ? new HttpResponse(503, Map.of(), new byte[0])
        : new HttpResponse(200, Map.of(), "{\"ok\":\"1\"}".getBytes(StandardCharsets.UTF_8));
    Operation read = Operation.read("payout.query", "POST", "/q", Operation.AnswerSignature.IF_PRESENT);

    exchange(t, recording).call(read, "PO-1").params(() -> WireParams.builder().build()).run(a -> a);

    assertThat(seen).containsExactly("start fake payout.query money=false", "attempt 1 503 retry=true",
        "attempt 2 200 retry=false", "end SUCCESS attempts=2");
  }

  @Test
  void aMoneyMovingCallWithoutAnAnswer_isObservedAsAnUnknownOutcome() {
    HttpTransport t = r -> {
      throw new java.net.SocketTimeoutException("read timed out");
    };
    Operation create = Operation.moneyMoving("payout.create", "POST", "/c", Operation.AnswerSignature.REQUIRED);

    assertThatThrownBy(() -> exchange(t, recording).call(create, "PO-1").params(() -> WireParams.builder().build())
        .run(a -> a)).isInstanceOf(OutcomeUnknownException.class);
    assertThat(seen).containsExactly("start fake payout.create money=true", "attempt 1 -1 retry=false",
        "end " + Outcome.OUTCOME_UNKNOWN + " attempts=1");
  }

  @Test
  void anObserverThatThrows_neverChangesTheCall() {
    PaySdkObserver broken = new PaySdkObserver() {
      @Override
      public OperationObservation operationStarted(OperationInfo op) {
        throw new IllegalStateException("metrics backend down");
      }
    };
    HttpTransport t = r -> new HttpResponse(200, Map.of(), "{\"ok\":\"1\"}".getBytes(StandardCharsets.UTF_8));
    Operation read = Operation.read("balance.query", "POST", "/b", Operation.AnswerSignature.NONE);

    Map<String, String> answer = exchange(t, broken).call(read, null).params(() -> WireParams.builder().build())
        .run(a -> a);
    assertThat(answer).containsEntry("ok", "1");
  }

  @Test
  void close_releasesATransportTheExchangeBuilt_butNeverASharedOne() {
    AtomicBoolean closed = new AtomicBoolean();
    HttpTransport shared = new HttpTransport() {
      @Override
      public HttpResponse execute(HttpRequest request) {
        return new HttpResponse(200, Map.of(), new byte[0]);
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
    Exchange<Map<String, String>> e = exchange(shared, PaySdkObserver.NONE);
    e.close();
    assertThat(closed).as("a shared transport is its owner's to close").isFalse();
    assertThat(e.isClosed()).isTrue();
    Operation read = Operation.read("balance.query", "POST", "/b", Operation.AnswerSignature.NONE);
    assertThatThrownBy(() -> e.call(read, null).params(() -> WireParams.builder().build()).run(a -> a))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
