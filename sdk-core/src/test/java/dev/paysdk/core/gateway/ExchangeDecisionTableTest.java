package dev.paysdk.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.Money;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.http.RequestNotSentException;
import dev.paysdk.core.http.RetryPolicy;
import dev.paysdk.core.internal.WireParams;
import dev.paysdk.core.observe.PaySdkObserver;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exchange's decision table, row by row, for a read and for a money-moving call: what every
 * gateway's caller gets for each kind of answer. The protocol here is a minimal stand-in: a JSON
 * envelope {@code {"code", "msg", "sign", "order", "amount"}} where the code names the verdict.
 */
class ExchangeDecisionTableTest {
  private static final String HTML = "<html><body>Bad gateway</body></html>";

  @ParameterizedTest(name = "HTTP {0} {1} (signature {2}) -> read: {3}, money-moving: {4}")
  @CsvSource(delimiter = '|', value = {
      // status | body                        | policy     | read                           | money-moving
      "200 | handled                           | REQUIRED   | OK                             | OK",
      "201 | handled                           | REQUIRED   | OK                             | OK",
      "200 | handled-unsigned                  | IF_PRESENT | OK                             | OK",
      "200 | handled-unsigned                  | REQUIRED   | SignatureVerificationException | OutcomeUnknownException",
      "200 | handled-badly-signed              | IF_PRESENT | SignatureVerificationException | OutcomeUnknownException",
      "200 | handled-badly-signed              | NONE       | OK                             | OK",
      "200 | html                              | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | empty                             | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | refused                           | REQUIRED   | ProviderException              | ProviderException",
      "200 | refused-auth                      | REQUIRED   | AuthenticationException        | AuthenticationException",
      "200 | refused-duplicate                 | REQUIRED   | DuplicateOrderException        | DuplicateOrderException",
      "200 | refused-balance                   | REQUIRED   | InsufficientBalanceException   | InsufficientBalanceException",
      "200 | gateway-failed                    | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | not-found                         | REQUIRED   | OrderNotFoundException         | OrderNotFoundException",
      "200 | handled-another-order             | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | handled-another-amount            | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | handled-unreadable-result         | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | handled-utf16                     | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | refused-this-order                | REQUIRED   | ProviderException              | ProviderException",
      "200 | refused-another-order             | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | refused-balance-another-order     | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | not-found-another-order           | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | refused-saying-success            | REQUIRED   | ProviderException              | OutcomeUnknownException",
      "200 | refused-with-an-object-code       | REQUIRED   | TransportException             | OutcomeUnknownException",
      "200 | gateway-failed-with-a-broken-code | REQUIRED   | TransportException             | OutcomeUnknownException",
      "400 | html                              | REQUIRED   | ProviderException              | ProviderException",
      "404 | html                              | REQUIRED   | ProviderException              | ProviderException",
      "404 | refused                           | REQUIRED   | ProviderException              | ProviderException",
      "401 | html                              | REQUIRED   | AuthenticationException        | AuthenticationException",
      "403 | refused                           | REQUIRED   | AuthenticationException        | AuthenticationException",
      "401 | handled                           | REQUIRED   | AuthenticationException        | OutcomeUnknownException",
      "403 | gateway-failed                    | REQUIRED   | AuthenticationException        | AuthenticationException",
      "408 | html                              | REQUIRED   | TransportException             | OutcomeUnknownException",
      "425 | html                              | REQUIRED   | TransportException             | OutcomeUnknownException",
      "499 | html                              | REQUIRED   | TransportException             | OutcomeUnknownException",
      "429 | html                              | REQUIRED   | TransportException             | OutcomeUnknownException",
      "302 | empty                             | REQUIRED   | TransportException             | OutcomeUnknownException",
      "400 | handled                           | REQUIRED   | TransportException             | OutcomeUnknownException",
      "500 | html                              | REQUIRED   | TransportException             | OutcomeUnknownException",
      "503 | refused                           | REQUIRED   | TransportException             | OutcomeUnknownException",
      "-1  | timeout                           | REQUIRED   | TransportException             | OutcomeUnknownException",
      "-1  | not-sent                          | REQUIRED   | TransportException             | TransportException"})
  void everyAnswer_meansTheSameForEveryGateway(int status, String body, Operation.AnswerSignature policy,
      String read, String moneyMoving) {
    assertThat(outcome(status, body, policy, Operation.Safety.READ)).as("read").isEqualTo(read);
    assertThat(outcome(status, body, policy, Operation.Safety.MONEY_MOVING)).as("money-moving").isEqualTo(moneyMoving);
  }

  @ParameterizedTest(name = "{0} on a money-moving call says it may have executed, never {1}")
  @CsvSource({"handled-unsigned, refused", "html, refused", "timeout, refused", "gateway-failed, refused"})
  void anUnknownOutcome_isNeverATransportFailure_andSaysItMayHaveExecuted(String body, String ignored) {
    RuntimeException e = run(200, body, Operation.AnswerSignature.REQUIRED, Operation.Safety.MONEY_MOVING);
    assertThat(e).isInstanceOf(OutcomeUnknownException.class).isNotInstanceOf(TransportException.class);
    assertThat(((OutcomeUnknownException) e).mayHaveExecuted()).isTrue();
    assertThat(e.getMessage()).contains("do not resend").contains("reconcile by merchant order number ORDER-1");
  }

  @ParameterizedTest(name = "a refusal echoing {0} keeps it out of the exception")
  @CsvSource({"123456789012", "9876543210"})
  void aRefusalThatEchoesASensitiveValue_isMasked(String value) {
    String body = "{\"code\":\"REFUSED\",\"msg\":\"account " + value + " refused\\r\\nINJECTED\"}";
    RuntimeException e = call(200, body, Operation.AnswerSignature.IF_PRESENT, Operation.Safety.MONEY_MOVING, value);
    assertThat(e).isExactlyInstanceOf(ProviderException.class);
    assertThat(e.getMessage()).doesNotContain(value).contains("****" + value.substring(value.length() - 4))
        .doesNotContain("\r").doesNotContain("\n");
    assertThat(((ProviderException) e).providerMessage()).doesNotContain(value);
  }

  private static String outcome(int status, String body, Operation.AnswerSignature policy, Operation.Safety safety) {
    RuntimeException e = run(status, body, policy, safety);
    return e == null ? "OK" : e.getClass().getSimpleName();
  }

  private static RuntimeException run(int status, String body, Operation.AnswerSignature policy,
      Operation.Safety safety) {
    return call(status, bodyOf(body), policy, safety, null, body);
  }

  private static RuntimeException call(int status, String rawBody, Operation.AnswerSignature policy,
      Operation.Safety safety, String sensitive) {
    return call(status, rawBody, policy, safety, sensitive, "raw");
  }

  private static RuntimeException call(int status, String rawBody, Operation.AnswerSignature policy,
      Operation.Safety safety, String sensitive, String kind) {
    AtomicInteger sent = new AtomicInteger();
    HttpTransport transport = request -> {
      sent.incrementAndGet();
      if (kind.equals("timeout")) {
        throw new SocketTimeoutException("read timed out");
      }
      if (kind.equals("not-sent")) {
        throw new RequestNotSentException("connection refused", new IOException("refused"));
      }
      return new HttpResponse(status, Map.of(), rawBody.getBytes(kind.endsWith("utf16") ? StandardCharsets.UTF_16BE
          : StandardCharsets.UTF_8));
    };
    HttpOptions options = HttpOptions.builder().transport(transport)
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(1)).build())
        .sleeper(d -> { }).build();
    Exchange<Map<String, String>> exchange = Exchange.create(new FakeProtocol(), BaseUrl.of("http://127.0.0.1:1"),
        options, PaySdkObserver.NONE);
    Operation op = new Operation("test.op", "POST", "/op", safety, policy);
    try {
      exchange.call(op, "ORDER-1")
          .params(() -> WireParams.builder().string("order", "ORDER-1").build())
          .expect(AnswerBinding.order("ORDER-1").amount(Money.of("10.00", "INR")))
          .sensitive(sensitive)
          .run(a -> {
            if (a.containsKey("broken")) {
              throw new IOException("result unreadable");
            }
            return a;
          }, a -> AnswerBinding.order(a.get("order")).amount(Money.reported(new java.math.BigDecimal(a.get("amount")),
              "INR")));
      return null;
    } catch (RuntimeException e) {
      if (safety == Operation.Safety.MONEY_MOVING && !kind.equals("not-sent")) {
        assertThat(sent).as("a money-moving request is sent once").hasValue(1);
      }
      return e;
    }
  }

  private static String bodyOf(String kind) {
    String handled = "{\"code\":\"OK\",\"order\":\"ORDER-1\",\"amount\":\"10.00\",\"sign\":\"good\"}";
    return switch (kind) {
      case "handled" -> handled;
      case "handled-unsigned" -> handled.replace(",\"sign\":\"good\"", "");
      case "handled-badly-signed" -> handled.replace("good", "bad");
      case "handled-another-order" -> handled.replace("ORDER-1", "ORDER-2");
      case "handled-another-amount" -> handled.replace("10.00", "1000.00");
      case "handled-unreadable-result" -> handled.replace("{", "{\"broken\":\"1\",");
      case "handled-utf16" -> handled.replace("{", "{\"data\":{\"nested\":true},");
      case "refused-this-order" -> "{\"code\":\"REFUSED\",\"msg\":\"channel closed\",\"order\":\"ORDER-1\"}";
      case "refused-another-order" -> "{\"code\":\"REFUSED\",\"msg\":\"channel closed\",\"order\":\"ORDER-2\"}";
      case "refused-balance-another-order" ->
          "{\"code\":\"REFUSED\",\"msg\":\"insufficient balance\",\"order\":\"ORDER-2\"}";
      case "not-found-another-order" -> "{\"code\":\"NOTFOUND\",\"msg\":\"Order does not exist\",\"order\":\"ORDER-2\"}";
      case "refused-saying-success" -> "{\"code\":\"00\",\"msg\":\"SUCCESS\"}";
      case "refused-with-an-object-code" -> "{\"code\":{},\"msg\":\"channel closed\"}";
      case "gateway-failed-with-a-broken-code" -> "{\"code\":\"FAILED\",\"msg\":\"system busy\",\"failCode\":\"x\"}";
      case "html" -> HTML;
      case "empty", "timeout", "not-sent" -> "";
      case "refused" -> "{\"code\":\"REFUSED\",\"msg\":\"channel closed\"}";
      case "refused-auth" -> "{\"code\":\"REFUSED\",\"msg\":\"sign error\"}";
      case "refused-duplicate" -> "{\"code\":\"REFUSED\",\"msg\":\"duplicate order\"}";
      case "refused-balance" -> "{\"code\":\"REFUSED\",\"msg\":\"insufficient balance\"}";
      case "gateway-failed" -> "{\"code\":\"FAILED\",\"msg\":\"system busy\"}";
      case "not-found" -> "{\"code\":\"NOTFOUND\",\"msg\":\"Order does not exist\"}";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** A JSON envelope whose code names the verdict; "good" is the only valid signature. */
  private static final class FakeProtocol implements Protocol<Map<String, String>> {
    @Override
    public String providerId() {
      return "fake";
    }

    @Override
    public HttpRequest encode(Operation operation, String url, WireParams params) {
      return HttpRequest.post(url).body(params.toJson(), "application/json")
          .moneyMoving(operation.isMoneyMoving()).build();
    }

    @Override
    public Map<String, String> decode(Operation operation, HttpResponse response) {
      Map<String, String> fields = RawJson.object(response.body());
      if (fields.get("code") == null) {
        throw new MalformedAnswerException("no code");
      }
      return fields;
    }

    @Override
    public boolean verify(Operation operation, Map<String, String> answer, HttpResponse response) {
      String sign = answer.get("sign");
      if (sign == null) {
        return false;
      }
      if (!sign.equals("good")) {
        throw new SignatureVerificationException(null, "signature does not match");
      }
      return true;
    }

    @Override
    public Verdict classify(Operation operation, Map<String, String> answer, HttpResponse response) {
      String msg = answer.get("msg");
      return switch (answer.get("code")) {
        case "OK" -> Verdict.HANDLED;
        case "FAILED" -> new Verdict.GatewayFailed(answer.containsKey("failCode") ? "5000\r\n[WARN] forged" : "FAILED",
            msg);
        case "NOTFOUND" -> new Verdict.NotFound("NOTFOUND", msg);
        default -> Verdict.refused(RefusalLexicon.kindOf(msg, true), answer.get("code"), msg);
      };
    }

    @Override
    public AnswerBinding named(Operation operation, Map<String, String> answer) {
      return AnswerBinding.order(answer.get("order"));
    }
  }

  @SuppressWarnings("unused")
  private static final List<Class<?>> TYPES = List.of(AuthenticationException.class, DuplicateOrderException.class,
      InsufficientBalanceException.class, OrderNotFoundException.class);
}
