package dev.paysdk.core.http.okhttp;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.RequestNotSentException;
import dev.paysdk.core.http.RetryPolicy;
import dev.paysdk.core.internal.CallExecutor;
import dev.paysdk.core.testsupport.RecordingSleeper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OkHttpTransportTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static String url(String path) {
    return "http://127.0.0.1:" + wm.getPort() + path;
  }

  private static int refusedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private static HttpOptions.Builder fast() {
    return HttpOptions.builder().connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(2));
  }

  private static Proxy wireMockAsProxy() {
    return new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", wm.getPort()));
  }

  @Test
  void execute_sendsMethodHeadersAndBodyExactly_andReadsTheWholeAnswer() throws IOException {
    wm.stubFor(post("/api/pay/apply").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("X-Multi", "a", "b").withBody("{\"retCode\":\"SUCCESS\"}")));
    String form = "mchId=M1&amount=10000&sign=ABC";

    HttpResponse r = OkHttpTransport.from(fast().build()).execute(HttpRequest.post(url("/api/pay/apply"))
        .header("X-Trace", "t-1").body(form, "application/x-www-form-urlencoded").moneyMoving(true).build());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.bodyAsString()).isEqualTo("{\"retCode\":\"SUCCESS\"}");
    assertThat(r.header("content-type")).isEqualTo("application/json");
    assertThat(r.headers().get("x-multi")).containsExactly("a", "b");
    List<LoggedRequest> seen = wm.findAll(postRequestedFor(urlEqualTo("/api/pay/apply")));
    assertThat(seen).singleElement().satisfies(req -> {
      assertThat(req.getBodyAsString()).isEqualTo(form);
      assertThat(req.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
      assertThat(req.getHeader("X-Trace")).isEqualTo("t-1");
    });
  }

  @Test
  void execute_postWithoutBody_sendsAnEmptyBody_andGetSendsNone() throws IOException {
    wm.stubFor(post("/empty").willReturn(aResponse().withStatus(204)));
    wm.stubFor(get("/q?a=1&b=x%20y").willReturn(aResponse().withStatus(200)));
    OkHttpTransport t = OkHttpTransport.from(fast().build());

    assertThat(t.execute(HttpRequest.post(url("/empty")).build()).status()).isEqualTo(204);
    assertThat(t.execute(HttpRequest.get(url("/q?a=1&b=x%20y")).build()).status()).isEqualTo(200);
    wm.verify(postRequestedFor(urlEqualTo("/empty")).withHeader("Content-Length", equalTo("0")));
    wm.verify(getRequestedFor(urlEqualTo("/q?a=1&b=x%20y")));
  }

  @Test
  void execute_doesNotFollowRedirects() throws IOException {
    wm.stubFor(get("/moved").willReturn(aResponse().withStatus(302).withHeader("Location", url("/elsewhere"))));

    assertThat(OkHttpTransport.from(fast().build()).execute(HttpRequest.get(url("/moved")).build()).status())
        .isEqualTo(302);
    wm.verify(0, getRequestedFor(urlEqualTo("/elsewhere")));
  }

  @Test
  void aRefusedConnection_isReportedAsNotSent_forReadsAndMoneyMovingCalls() throws IOException {
    int port = refusedPort();
    OkHttpTransport t = OkHttpTransport.from(fast().build());
    String target = "http://127.0.0.1:" + port + "/v1/payouts";

    assertThatThrownBy(() -> t.execute(HttpRequest.post(target).body("{}", "application/json").moneyMoving(true).build()))
        .isInstanceOf(RequestNotSentException.class).hasMessageContaining("not sent");
    assertThatThrownBy(() -> t.execute(HttpRequest.get(target).build())).isInstanceOf(RequestNotSentException.class);
  }

  @Test
  void aTimeoutAfterSending_isAPlainIoException_notNotSent() {
    wm.stubFor(post("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(1000)));
    OkHttpTransport t = OkHttpTransport.from(fast().readTimeout(Duration.ofMillis(300)).build());

    assertThatThrownBy(() -> t.execute(HttpRequest.post(url("/slow")).body("{}", "application/json").moneyMoving(true)
        .build()))
        .isInstanceOf(IOException.class).isNotInstanceOf(RequestNotSentException.class);
  }

  @Test
  void aPerRequestTimeout_limitsTheWholeCall() {
    wm.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(1000)));
    OkHttpTransport t = OkHttpTransport.from(fast().build());

    assertThatThrownBy(() -> t.execute(HttpRequest.get(url("/slow")).timeout(Duration.ofMillis(200)).build()))
        .isInstanceOf(IOException.class).isNotInstanceOf(RequestNotSentException.class);
  }

  @Test
  void proxy_carriesEveryRequest_toTheConfiguredProxy() throws IOException {
    wm.stubFor(get("/v1/ping").willReturn(aResponse().withStatus(200).withBody("via proxy")));
    OkHttpTransport t = OkHttpTransport.from(fast().proxy(wireMockAsProxy()).build());

    HttpResponse r = t.execute(HttpRequest.get("http://gateway.invalid/v1/ping").build());

    assertThat(r.bodyAsString()).isEqualTo("via proxy");
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/ping")).withHeader("Host", equalTo("gateway.invalid")));
  }

  @Test
  void proxyCredentials_goWithThePlainHttpRequest_soAPayoutBodyIsSentOnce() throws IOException {
    String expected = "Basic " + Base64.getEncoder().encodeToString("alice:pr0xy-Pa55".getBytes(StandardCharsets.UTF_8));
    wm.stubFor(post("/v1/payouts").withHeader("Proxy-Authorization", absent())
        .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")));
    wm.stubFor(post("/v1/payouts").withHeader("Proxy-Authorization", equalTo(expected))
        .willReturn(aResponse().withStatus(200).withBody("authorised")));
    HttpOptions options = fast().proxy(wireMockAsProxy()).proxyCredentials("alice", "pr0xy-Pa55")
        .sleeper(new RecordingSleeper()).build();

    HttpResponse r = new CallExecutor(options).moneyMoving(HttpRequest.post("http://gateway.invalid/v1/payouts")
        .body("{\"mchOrderNo\":\"PO-1\"}", "application/json").build(), ErrorContext.of("test", "payout.create", "PO-1"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.bodyAsString()).isEqualTo("authorised");
    List<LoggedRequest> seen = wm.findAll(postRequestedFor(urlEqualTo("/v1/payouts")));
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).getHeader("Proxy-Authorization")).isEqualTo(expected);
    assertThat(seen.get(0).getHeader("Host")).isEqualTo("gateway.invalid");
  }

  @Test
  void proxyCredentials_thatTheProxyRefuses_giveThe407_afterOneRequest() throws IOException {
    wm.stubFor(get("/v1/ping").willReturn(aResponse().withStatus(407)
        .withHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")));
    OkHttpTransport t = OkHttpTransport.from(fast().proxy(wireMockAsProxy()).proxyCredentials("alice", "wrong").build());

    assertThat(t.execute(HttpRequest.get("http://gateway.invalid/v1/ping").build()).status()).isEqualTo(407);
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/ping")));
  }

  @Test
  void proxyCredentials_needAnHttpProxy() {
    assertThatThrownBy(() -> fast().proxyCredentials("alice", "pw").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs an HTTP proxy");
    assertThatThrownBy(() -> fast().proxy(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", 1080)))
        .proxyCredentials("alice", "pw").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("SOCKS");
  }

  @Test
  void a503WithRetryAfterZero_onAPayout_isAnsweredOnce_neverReplayedByTheHttpClient() throws IOException {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));
    OkHttpTransport t = OkHttpTransport.from(fast().build());

    HttpResponse r = t.execute(HttpRequest.post(url("/v1/payouts")).body("{\"a\":1}", "application/json")
        .moneyMoving(true).build());

    assertThat(r.status()).isEqualTo(503);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")));
  }

  @Test
  void a503WithRetryAfterZero_onAGet_isAnsweredOnce_withItsStatusAndRetryAfter() throws IOException {
    wm.stubFor(get("/v1/query").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));
    OkHttpTransport t = OkHttpTransport.from(fast().build());

    HttpResponse r = t.execute(HttpRequest.get(url("/v1/query")).build());

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("Retry-After")).isEqualTo("0");
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/query")));
  }

  @Test
  void aWrappedClient_neverFollowsARedirect_withAPayoutBody() throws IOException {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(307).withHeader("Location", url("/elsewhere"))));
    wm.stubFor(post("/elsewhere").willReturn(aResponse().withStatus(200).withBody("{}")));
    OkHttpTransport t = OkHttpTransport.builder().okHttpClient(new OkHttpClient()).build();

    HttpResponse r = t.execute(HttpRequest.post(url("/v1/payouts")).body("{\"a\":1}", "application/json")
        .moneyMoving(true).build());

    assertThat(r.status()).isEqualTo(307);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")));
    wm.verify(0, postRequestedFor(urlEqualTo("/elsewhere")));
  }

  @Test
  void aWrappedClientsAuthenticator_cannotSendAPayoutTwice() throws IOException {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Basic")));
    OkHttpClient mine = new OkHttpClient.Builder()
        .authenticator((route, response) -> response.request().newBuilder().header("Authorization", "Basic eA==").build())
        .build();
    OkHttpTransport t = OkHttpTransport.builder().okHttpClient(mine).build();

    HttpResponse r = t.execute(HttpRequest.post(url("/v1/payouts")).body("{\"a\":1}", "application/json")
        .moneyMoving(true).build());

    assertThat(r.status()).isEqualTo(401);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payouts")));
  }

  @Test
  void builder_wrapsACallersOkHttpClient() throws IOException {
    wm.stubFor(get("/shared").willReturn(aResponse().withStatus(200).withBody("shared")));
    OkHttpClient mine = new OkHttpClient.Builder().addInterceptor(chain ->
        chain.proceed(chain.request().newBuilder().header("X-Mine", "yes").build())).build();

    HttpResponse r = OkHttpTransport.builder().okHttpClient(mine).build().execute(HttpRequest.get(url("/shared")).build());

    assertThat(r.bodyAsString()).isEqualTo("shared");
    wm.verify(getRequestedFor(urlEqualTo("/shared")).withHeader("X-Mine", equalTo("yes")));
    assertThatThrownBy(() -> OkHttpTransport.builder().okHttpClient(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("okHttpClient == null");
    assertThat(OkHttpTransport.builder().build()).hasToString("OkHttpTransport");
  }

  @Test
  void retryPolicyOfTheOptions_isNotTheTransportsBusiness() throws IOException {
    // the transport sends once; retries belong to CallExecutor
    wm.stubFor(get("/once").willReturn(aResponse().withStatus(503)));
    OkHttpTransport t = OkHttpTransport.from(fast().retryPolicy(RetryPolicy.builder().maxAttempts(5).build()).build());

    assertThat(t.execute(HttpRequest.get(url("/once")).build()).status()).isEqualTo(503);
    wm.verify(1, getRequestedFor(urlEqualTo("/once")));
  }
}
