package dev.paysdk.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.http.RequestNotSentException;
import dev.paysdk.core.http.RetryPolicy;
import dev.paysdk.core.http.okhttp.OkHttpTransport;
import dev.paysdk.core.testsupport.FakeClock;
import dev.paysdk.core.testsupport.RecordingSleeper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CallExecutor over the default OkHttp transport, against a local WireMock server. */
class CallExecutorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final ErrorContext READ = ErrorContext.of("test", "payout.query", "PO-1");
  private static final ErrorContext PAYOUT = ErrorContext.of("test", "payout.create", "PO-1");
  private static final String PAYOUT_BODY = "{\"mchOrderNo\":\"PO-1\",\"amount\":\"100.00\"}";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private static String url(String path) {
    return "http://127.0.0.1:" + wm.getPort() + path;
  }

  private HttpOptions.Builder options() {
    return HttpOptions.builder().sleeper(sleeper).connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2)).retryPolicy(RetryPolicy.builder().maxAttempts(3).build());
  }

  private static HttpRequest payout() {
    return HttpRequest.post(url("/v1/payouts")).header("MerchantId", "M1")
        .body(PAYOUT_BODY, "application/json; charset=UTF-8").moneyMoving(true).build();
  }

  /** A port on loopback where nothing listens: connecting to it is refused. */
  static int refusedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  @Test
  void read_sendsTheRequestAsBuilt_andReturnsTheAnswer() {
    wm.stubFor(post("/v1/query").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"code\":\"0000\"}")));
    CallExecutor executor = new CallExecutor(options().build());

    HttpResponse r = executor.read(HttpRequest.post(url("/v1/query")).header("merchantNo", "M1")
        .body("{\"tradeNo\":\"PO-1\"}", "application/json").build(), READ);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.bodyAsString()).isEqualTo("{\"code\":\"0000\"}");
    assertThat(r.header("content-type")).isEqualTo("application/json");
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/query")).withHeader("merchantNo", equalTo("M1"))
        .withHeader("Content-Type", equalTo("application/json")).withRequestBody(equalTo("{\"tradeNo\":\"PO-1\"}")));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void read_whenTheGatewayAnswers503_retriesAndReturnsTheNextAnswer() {
    wm.stubFor(get("/v1/balance").inScenario("503").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
    wm.stubFor(get("/v1/balance").inScenario("503").whenScenarioStateIs("recovered")
        .willReturn(aResponse().withStatus(200).withBody("ok")));

    HttpResponse r = new CallExecutor(options().build()).read(HttpRequest.get(url("/v1/balance")).build(), READ);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.bodyAsString()).isEqualTo("ok");
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/balance")));
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void read_whenTheGatewayAnswers429_retries() {
    wm.stubFor(get("/v1/balance").inScenario("429").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
    wm.stubFor(get("/v1/balance").inScenario("429").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)));

    assertThat(new CallExecutor(options().build()).read(HttpRequest.get(url("/v1/balance")).build(), READ).status())
        .isEqualTo(200);
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/balance")));
  }

  @Test
  void read_whenTheFirstAnswerTimesOut_retriesAndReturnsTheNextAnswer() {
    wm.stubFor(get("/v1/query").inScenario("slow").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(200).withBody("late").withFixedDelay(1000)).willSetStateTo("fast"));
    wm.stubFor(get("/v1/query").inScenario("slow").whenScenarioStateIs("fast")
        .willReturn(aResponse().withStatus(200).withBody("fresh")));
    CallExecutor executor = new CallExecutor(options().readTimeout(Duration.ofMillis(300)).build());

    HttpResponse r = executor.read(HttpRequest.get(url("/v1/query")).build(), READ);

    assertThat(r.bodyAsString()).isEqualTo("fresh");
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/query")));
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void read_doesNotRetryAClientError() {
    wm.stubFor(get("/v1/query").willReturn(aResponse().withStatus(400).withBody("bad")));

    HttpResponse r = new CallExecutor(options().build()).read(HttpRequest.get(url("/v1/query")).build(), READ);

    assertThat(r.status()).isEqualTo(400);
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/query")));
  }

  @Test
  void read_isBoundedByMaxAttempts_withGrowingWaits() {
    wm.stubFor(get("/v1/query").willReturn(aResponse().withStatus(502)));
    CallExecutor executor = new CallExecutor(options().retryPolicy(RetryPolicy.builder().maxAttempts(4)
        .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(10)).jitter(() -> 1.0).build()).build());

    assertThatThrownBy(() -> executor.read(HttpRequest.get(url("/v1/query")).build(), READ))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("HTTP 502 after 4 attempt(s)").hasMessageContaining("PO-1")
        .satisfies(e -> assertThat(((TransportException) e).httpStatus()).hasValue(502));
    wm.verify(4, getRequestedFor(urlEqualTo("/v1/query")));
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void read_respectsTheDeadlineAcrossRetries_neverWaitingPastIt() {
    wm.stubFor(get("/v1/query").willReturn(aResponse().withStatus(503)));
    FakeClock clock = FakeClock.atEpochMillis(1_700_000_000_000L);
    RecordingSleeper clockSleeper = new RecordingSleeper(clock);
    Instant start = clock.instant();
    CallExecutor executor = new CallExecutor(options().clock(clock).sleeper(clockSleeper).deadline(Duration.ofSeconds(1))
        .retryPolicy(RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofMillis(300))
            .maxBackoff(Duration.ofSeconds(5)).jitter(() -> 1.0).build()).build());

    assertThatThrownBy(() -> executor.read(HttpRequest.get(url("/v1/query")).build(), READ))
        .isExactlyInstanceOf(TransportException.class).hasMessageContaining("PO-1");

    // waits of 300 and 600 ms fit into the second; the next one (1200 ms) would end past the deadline
    assertThat(clockSleeper.sleeps()).containsExactly(Duration.ofMillis(300), Duration.ofMillis(600));
    assertThat(Duration.between(start, clock.instant())).isLessThanOrEqualTo(Duration.ofSeconds(1));
    wm.verify(3, getRequestedFor(urlEqualTo("/v1/query")));
  }

  @Test
  void read_whenTheConnectionIsRefused_retriesThenFailsSayingItWasNotSent() throws IOException {
    int port = refusedPort();

    assertThatThrownBy(() -> new CallExecutor(options().build())
        .read(HttpRequest.get("http://127.0.0.1:" + port + "/v1/query").build(), READ))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("not sent").hasMessageContaining("3 attempt(s)")
        .hasCauseInstanceOf(RequestNotSentException.class);
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  @Test
  void moneyMoving_whenTheAnswerTimesOutAfterTheGatewayGotTheRequest_isOutcomeUnknown_andNeverResent() {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(1000)));
    CallExecutor executor = new CallExecutor(options().readTimeout(Duration.ofMillis(300)).build());

    assertThatThrownBy(() -> executor.moneyMoving(payout(), PAYOUT))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("do not resend").hasMessageContaining("PO-1")
        .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")).withRequestBody(equalToJson(PAYOUT_BODY)));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void moneyMoving_whenTheGatewayAnswers503_isOutcomeUnknown_andSentOnce() {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> new CallExecutor(options().build()).moneyMoving(payout(), PAYOUT))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("HTTP 503").hasMessageContaining("do not resend").hasMessageContaining("PO-1")
        .satisfies(e -> assertThat(((OutcomeUnknownException) e).httpStatus()).hasValue(503));
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void moneyMoving_whenTheGatewayAnswers429_isOutcomeUnknown_andSentOnce() {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(429)));

    assertThatThrownBy(() -> new CallExecutor(options().build()).moneyMoving(payout(), PAYOUT))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")));
  }

  @Test
  void moneyMoving_whenTheConnectionDropsWithoutAnswer_isOutcomeUnknown_andSentOnce() {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

    assertThatThrownBy(() -> new CallExecutor(options().build()).moneyMoving(payout(), PAYOUT))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")));
  }

  @Test
  void moneyMoving_whenTheConnectionIsResetAfterSending_isOutcomeUnknown_andSentOnce() {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> new CallExecutor(options().build()).moneyMoving(payout(), PAYOUT))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")));
  }

  @Test
  void moneyMoving_returnsAnyOtherAnswer_forTheProviderToRead() {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(400).withBody("{\"code\":\"8000\"}")));

    HttpResponse r = new CallExecutor(options().build()).moneyMoving(payout(), PAYOUT);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.bodyAsString()).isEqualTo("{\"code\":\"8000\"}");
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")).withHeader("MerchantId", equalTo("M1"))
        .withHeader("Content-Type", equalTo("application/json; charset=UTF-8")).withRequestBody(equalTo(PAYOUT_BODY)));
  }

  @Test
  void moneyMoving_whenTheFirstConnectionIsRefused_isSentAgain_andReachesTheGatewayOnce() throws IOException {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(200).withBody("{\"state\":0}")));
    int refused = refusedPort();
    HttpOptions options = options().build();
    HttpTransport okHttp = OkHttpTransport.from(options);
    List<Class<?>> failures = new ArrayList<>();
    List<Boolean> moneyMovingFlags = new ArrayList<>();
    AtomicInteger attempts = new AtomicInteger();
    // the first attempt goes to a port that refuses connections, the second to the gateway
    HttpTransport firstRefused = request -> {
      moneyMovingFlags.add(request.moneyMoving());
      if (attempts.getAndIncrement() == 0) {
        try {
          return okHttp.execute(retarget(request, "http://127.0.0.1:" + refused + "/v1/payouts"));
        } catch (IOException e) {
          failures.add(e.getClass());
          throw e;
        }
      }
      return okHttp.execute(request);
    };

    HttpResponse r = new CallExecutor(firstRefused, options).moneyMoving(payout(), PAYOUT);

    assertThat(failures).containsExactly(RequestNotSentException.class);
    assertThat(r.bodyAsString()).isEqualTo("{\"state\":0}");
    assertThat(moneyMovingFlags).containsExactly(true, true);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")).withRequestBody(equalTo(PAYOUT_BODY)));
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void moneyMoving_whenEveryConnectionIsRefused_failsSayingItIsSafeToSendAgain() throws IOException {
    int refused = refusedPort();
    HttpRequest request = retarget(payout(), "http://127.0.0.1:" + refused + "/v1/payouts");

    assertThatThrownBy(() -> new CallExecutor(options().build()).moneyMoving(request, PAYOUT))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("safe to send again").hasMessageContaining("3 attempt(s)")
        .hasMessageContaining("PO-1");
  }

  @Test
  void baseUrlWithAPathPrefix_reachesThePrefixedPath() {
    wm.stubFor(post("/indonesia/v1/x").willReturn(aResponse().withStatus(200).withBody("prefixed")));
    String target = BaseUrl.of("http://127.0.0.1:" + wm.getPort() + "/indonesia").resolve("/v1/x");

    HttpResponse r = new CallExecutor(options().build()).read(HttpRequest.post(target).build(), READ);

    assertThat(r.bodyAsString()).isEqualTo("prefixed");
    wm.verify(1, postRequestedFor(urlEqualTo("/indonesia/v1/x")));
  }

  static HttpRequest retarget(HttpRequest r, String url) {
    HttpRequest.Builder b = r.method().equals("GET") ? HttpRequest.get(url) : HttpRequest.post(url);
    r.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
    if (r.body() != null) {
      b.body(r.body(), r.contentType());
    }
    return b.timeout(r.timeout()).moneyMoving(r.moneyMoving()).build();
  }
}
