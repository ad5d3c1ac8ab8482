package dev.paysdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentRouter;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.durable.InMemoryWebhookInbox;
import dev.paysdk.core.durable.WebhookInbox;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.SimulatorExtension;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookDelivery;
import dev.paysdk.vexora.VexoraClient;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A merchant's first day with the starter: what they get wrong, and what they rely on. Each test
 * states the expectation the starter's documentation (README "Spring Boot starter", javadoc) sets.
 */
class StarterAuditTest {
  @RegisterExtension
  static final SimulatorExtension<AgentPaySimulator> AGENTPAY = SimulatorExtension.of(
      () -> AgentPaySimulator.start(SimulatorOptions.builder().autoAdvance(false).build()));

  private static final AtomicInteger ORDERS = new AtomicInteger();

  /** A loopback HTTP server the simulator delivers webhooks to; it forwards each to the current MockMvc. */
  private static HttpServer bridge;
  private static volatile MockMvc target;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PaySdkAutoConfiguration.class));

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PaySdkAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
          WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class))
      .withUserConfiguration(Recorder.class);

  @BeforeAll
  static void startBridge() throws Exception {
    bridge = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    bridge.createContext("/", exchange -> {
      byte[] answer;
      int status;
      try (InputStream in = exchange.getRequestBody()) {
        byte[] body = in.readAllBytes();
        URI uri = exchange.getRequestURI();
        if (uri.getPath().equals("/sink")) { // the order's own notify URL: acknowledged, not forwarded
          status = 200;
          answer = "success".getBytes(StandardCharsets.UTF_8);
        } else {
          MockHttpServletRequestBuilder r = MockMvcRequestBuilders.request(
              HttpMethod.valueOf(exchange.getRequestMethod()), uri).content(body);
          exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> r.header(name, v)));
          String ct = exchange.getRequestHeaders().getFirst("Content-Type");
          if (ct != null) {
            r.contentType(ct);
          }
          MvcResult result = target.perform(r).andReturn();
          status = result.getResponse().getStatus();
          answer = result.getResponse().getContentAsByteArray();
        }
      } catch (Exception e) {
        status = 599;
        answer = e.toString().getBytes(StandardCharsets.UTF_8);
      }
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    bridge.start();
  }

  @AfterAll
  static void stopBridge() {
    bridge.stop(0);
  }

  @BeforeEach
  void reset() {
    Recorder.events.clear();
    Recorder.failNext.set(0);
  }

  private static String bridgeUrl(String path) {
    return "http://127.0.0.1:" + bridge.getAddress().getPort() + path;
  }

  private static String[] agentPay() {
    AgentPaySimulator sim = AGENTPAY.get();
    return new String[] {"paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=" + sim.merchantId(), "paysdk.inr-agentpay.secret=" + sim.secretKey()};
  }

  /** A finished payout at the simulator whose callback can then be sent anywhere; returns its order number. */
  private static String finishedPayout() {
    AgentPaySimulator sim = AGENTPAY.get();
    String orderNo = "AUD" + System.nanoTime() % 1_000_000_000L + ORDERS.incrementAndGet();
    try (AgentPayClient client = AgentPayClient.builder().baseUrl(sim.baseUrl()).merchantId(sim.merchantId())
        .secretKey(sim.secretKey()).build()) {
      client.payouts().create(payout(orderNo));
    }
    sim.completeOrder(orderNo, AgentPaySimulator.Outcome.SUCCEEDED, null);
    return orderNo;
  }

  private static PayoutRequest payout(String orderNo) {
    return PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of("4321", "INR"))
        .payee(Payee.builder().name("Rahul Verma").phone("9876543210").build())
        .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
        .notifyUrl(bridgeUrl("/sink")).build();
  }

  private static MockMvc mvc(AssertableWebApplicationContext ctx) {
    assertThat(ctx).hasNotFailed();
    MockMvc m = MockMvcBuilders.webAppContextSetup(ctx.getSourceApplicationContext())
        .build();
    target = m;
    return m;
  }

  /** The merchant's listener, as the README shows it. */
  static class Recorder {
    static final List<PaySdkWebhookEvent> events = new CopyOnWriteArrayList<>();
    static final AtomicInteger failNext = new AtomicInteger();

    @EventListener
    void on(PaySdkWebhookEvent e) {
      if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("orders database down");
      }
      events.add(e);
    }
  }

  private static PaySdkConfigurationException configurationFailure(AssertableApplicationContext ctx) {
    return PaySdkAutoConfigurationTest.configurationFailure(ctx);
  }

  /** An environment-variable property source, as the OS environment is to Spring Boot. */
  private static ApplicationContextInitializer<ConfigurableApplicationContext> env(Map<String, Object> vars) {
    return ctx -> ctx.getEnvironment().getPropertySources()
        .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", vars));
  }

  // ---------------------------------------------------------------- configuration

  @Test
  void onlyOneGatewayConfigured_theOthersHaveNoBeans_andNothingFails() {
    runner.withPropertyValues(agentPay()).run(ctx -> {
      assertThat(ctx).hasNotFailed().hasSingleBean(AgentPayClient.class).doesNotHaveBean(HexpayClient.class)
          .doesNotHaveBean(VexoraClient.class).doesNotHaveBean(PenPayoutClient.class)
          .hasSingleBean(PaymentRouter.class);
      assertThat(ctx.getBeansOfType(PaymentClient.class)).hasSize(1);
    });
    web.withPropertyValues(agentPay()).run(ctx -> assertThat(ctx.getBean(WebhookRoutes.class).paths())
        .containsOnlyKeys("/webhooks/inr-agentpay"));
  }

  @Test
  void aBlankSecret_failsStartup_namingTheProperty() {
    AgentPaySimulator sim = AGENTPAY.get();
    runner.withPropertyValues("paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=" + sim.merchantId(), "paysdk.inr-agentpay.secret=").run(ctx ->
        assertThat(configurationFailure(ctx)).hasMessageContaining("paysdk.inr-agentpay.secret")
            .hasMessageContaining("required"));
  }

  @Test
  void aWhitespaceOnlyMerchantId_failsStartup_namingTheProperty() {
    AgentPaySimulator sim = AGENTPAY.get();
    runner.withPropertyValues("paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id= \t ", "paysdk.inr-agentpay.secret=" + sim.secretKey()).run(ctx ->
        assertThat(configurationFailure(ctx)).hasMessageContaining("paysdk.inr-agentpay.merchant-id"));
  }

  @Test
  void anUnresolvedSecretPlaceholder_failsStartup_namingTheProperty() {
    AgentPaySimulator sim = AGENTPAY.get();
    runner.withPropertyValues("paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=" + sim.merchantId(), "paysdk.inr-agentpay.secret=${PAYSDK_SECRET}").run(ctx ->
        assertThat(configurationFailure(ctx)).hasMessageContaining("paysdk.inr-agentpay.secret")
            .hasMessageContaining("${PAYSDK_SECRET}"));
  }

  @Test
  void anUnresolvedMerchantIdPlaceholder_isNeverSentToTheGateway() {
    AgentPaySimulator sim = AGENTPAY.get();
    int before = sim.receivedRequests().size();
    runner.withPropertyValues("paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=${AGENTPAY_MERCHANT_ID}", "paysdk.inr-agentpay.secret=" + sim.secretKey())
        .run(ctx -> assertThat(configurationFailure(ctx))
            .hasMessageContaining("paysdk.inr-agentpay.merchant-id"));
    assertThat(sim.receivedRequests()).hasSize(before);
  }

  @Test
  void aTypoInASettingName_failsStartup_namingTheProperty() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.secrte=oops").run(ctx ->
        assertThat(configurationFailure(ctx)).hasMessageContaining("paysdk.inr-agentpay.secrte")
            .hasMessageNotContaining("oops"));
    // the typo instead of the real name: the typo is named, not only "secret is required"
    AgentPaySimulator sim = AGENTPAY.get();
    runner.withPropertyValues("paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=" + sim.merchantId(), "paysdk.inr-agentpay.secrte=" + sim.secretKey())
        .run(ctx -> assertThat(configurationFailure(ctx)).hasMessageContaining("paysdk.inr-agentpay.secrte")
            .hasMessageNotContaining(sim.secretKey()));
  }

  /**
   * README: "A missing, blank, misspelled or unresolved (${...}) property stops start-up with a message
   * naming it." A misspelled gateway id is the commonest misspelling of all.
   */
  @Test
  void aTypoInTheGatewayId_failsStartup_namingTheProperty() {
    AgentPaySimulator sim = AGENTPAY.get();
    runner.withPropertyValues("paysdk.inr-agentapy.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentapy.merchant-id=" + sim.merchantId(), "paysdk.inr-agentapy.secret=" + sim.secretKey())
        .run(ctx -> assertThat(ctx).as("paysdk.inr-agentapy.* (typo of inr-agentpay) is silently ignored")
            .hasFailed());
  }

  /** The same promise for the shared properties under paysdk.http.* / paysdk.webhooks.*. */
  @Test
  void aTypoInASharedProperty_failsStartup_namingTheProperty() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.http.conect-timeout=2s").run(ctx ->
        assertThat(ctx).as("paysdk.http.conect-timeout (typo of connect-timeout) is silently ignored").hasFailed());
  }

  @Test
  void relaxedBinding_kebabCamelCaseAndEnvironmentVariables_allReachTheGateway() {
    AgentPaySimulator sim = AGENTPAY.get();
    // camelCase in application.properties
    runner.withPropertyValues("paysdk.inr-agentpay.baseUrl=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchantId=" + sim.merchantId(), "paysdk.inr-agentpay.secretKey=" + sim.secretKey())
        .run(ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(AgentPayClient.class);
          assertThat(ctx.getBean(AgentPayClient.class).balances().list()).isNotEmpty();
        });
    // environment variables only, in Spring Boot's documented form (no properties at all)
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("PAYSDK_INRAGENTPAY_BASEURL", sim.baseUrl());
    vars.put("PAYSDK_INRAGENTPAY_MERCHANTID", sim.merchantId());
    vars.put("PAYSDK_INRAGENTPAY_SECRET", sim.secretKey());
    vars.put("PAYSDK_INRAGENTPAY_HTTP_READTIMEOUT", "10s");
    runner.withInitializer(env(vars)).run(ctx -> {
      assertThat(ctx).hasNotFailed().hasSingleBean(AgentPayClient.class);
      assertThat(ctx.getBean(AgentPayClient.class).balances().list()).isNotEmpty();
    });
    // env merchant id overriding a properties-file one
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.merchant-id=WRONG")
        .withInitializer(env(Map.of("PAYSDK_INRAGENTPAY_MERCHANTID", sim.merchantId()))).run(ctx -> {
          assertThat(ctx).hasNotFailed();
          assertThat(ctx.getBean(AgentPayClient.class).balances().list()).isNotEmpty();
        });
  }

  /**
   * Env vars with dashes turned into underscores (PAYSDK_INR_AGENTPAY_MERCHANT_ID): Spring Boot's binder
   * itself resolves paysdk.inr-agentpay.merchant-id from it (legacy form); the starter should then
   * accept it too, or at least not call the gateway's own property unknown.
   */
  @Test
  void legacyUnderscoreEnvironmentVariables_thatSpringItselfBinds_areAcceptedToo() {
    AgentPaySimulator sim = AGENTPAY.get();
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("PAYSDK_INR_AGENTPAY_BASE_URL", sim.baseUrl());
    vars.put("PAYSDK_INR_AGENTPAY_MERCHANT_ID", sim.merchantId());
    vars.put("PAYSDK_INR_AGENTPAY_SECRET", sim.secretKey());
    runner.withInitializer(env(vars)).run(ctx -> {
      String springSays = Binder.get(ctx.getEnvironment()).bind("paysdk.inr-agentpay.merchant-id",
          Bindable.of(String.class)).orElse(null);
      org.junit.jupiter.api.Assumptions.assumeTrue(sim.merchantId().equals(springSays),
          "Spring Boot itself does not bind this form: " + springSays);
      assertThat(ctx).as("Spring binds paysdk.inr-agentpay.merchant-id=" + springSays
          + " from PAYSDK_INR_AGENTPAY_MERCHANT_ID").hasNotFailed().hasSingleBean(AgentPayClient.class);
    });
  }

  @Test
  void durationsLike10s_reachTheClientsHttpOptions_perGatewayGlobalAndEnv() {
    runner.withPropertyValues("paysdk.fake-gateway.base-url=http://127.0.0.1:9", "paysdk.fake-gateway.merchant-id=M",
        "paysdk.fake-gateway.secret-key=s", "paysdk.http.connect-timeout=10s", "paysdk.fake-gateway.http.read-timeout=1m",
        "paysdk.fake-gateway.http.deadline=PT2M", "paysdk.http.call-timeout=1500")
        .withInitializer(env(Map.of("PAYSDK_FAKEGATEWAY_HTTP_CALLTIMEOUT", "20s")))
        .run(ctx -> {
          ctx.getBean(PaySdkClientFactory.class).create("fake-gateway");
          var http = FakeProvider.lastSettings.httpOptions();
          assertThat(http.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
          assertThat(http.readTimeout()).isEqualTo(Duration.ofMinutes(1));
          assertThat(http.deadline()).isEqualTo(Duration.ofMinutes(2));
          assertThat(http.callTimeout()).isEqualTo(Duration.ofSeconds(20));
        });
  }

  /** A bad shared value must be reported under the property the merchant wrote. */
  @Test
  void aNegativeSharedTimeout_failsStartup_namingTheSharedProperty() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.http.connect-timeout=-5s").run(ctx ->
        assertThat(configurationFailure(ctx).properties()).as("the property the merchant set")
            .contains("paysdk.http.connect-timeout"));
  }

  /** "an unresolved ${...} placeholder is never taken as a value": the shared proxy credentials too. */
  @Test
  void anUnresolvedSharedProxyCredentialPlaceholder_isNeverTakenAsAValue() {
    runner.withPropertyValues("paysdk.fake-gateway.base-url=http://127.0.0.1:9", "paysdk.fake-gateway.merchant-id=M",
        "paysdk.fake-gateway.secret-key=s", "paysdk.http.proxy=proxy.example:3128",
        "paysdk.http.proxy-username=${PROXY_USER}", "paysdk.http.proxy-password=${PROXY_PASSWORD}").run(ctx -> {
          Throwable failure = null;
          try {
            ctx.getBean(PaySdkClientFactory.class).create("fake-gateway");
          } catch (PaySdkConfigurationException e) {
            failure = e;
          }
          String user = failure == null ? FakeProvider.lastSettings.httpOptions().proxyUsername() : null;
          assertThat(failure).as("the proxy user name was taken as the literal text '%s'", user).isNotNull();
          assertThat(failure).hasMessageContaining("paysdk.http.proxy-username");
        });
  }

  /** paysdk.<id>.enabled is a boolean to Spring ("yes", "on" are true); an unresolved one is not false. */
  @Test
  void theEnabledFlag_followsSpringsBooleanRules() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.enabled=on").run(ctx ->
        assertThat(ctx).as("paysdk.inr-agentpay.enabled=on").hasNotFailed().hasSingleBean(AgentPayClient.class));
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.enabled=yes").run(ctx ->
        assertThat(ctx).as("paysdk.inr-agentpay.enabled=yes").hasNotFailed().hasSingleBean(AgentPayClient.class));
  }

  @Test
  void anUnresolvedEnabledPlaceholder_isNotTakenAsFalse() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.enabled=${AGENTPAY_ENABLED}")
        .run(ctx -> assertThat(ctx).as("paysdk.inr-agentpay.enabled=${AGENTPAY_ENABLED} (unset): silently disabled")
            .hasFailed());
  }

  /**
   * A secret that happens to contain "${": without a closing brace it is no placeholder (Spring
   * leaves it as it is) and is a valid secret; with one, it is refused, and nothing of it is quoted.
   */
  @Test
  void aPlaceholderComplaint_neverQuotesPartOfASecret() {
    AgentPaySimulator sim = AGENTPAY.get();
    runner.withPropertyValues("paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=" + sim.merchantId(), "paysdk.inr-agentpay.secret=Zq8${Kp4wT9").run(ctx ->
        assertThat(ctx).hasNotFailed().hasSingleBean(AgentPayClient.class));
    runner.withPropertyValues("paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=" + sim.merchantId(), "paysdk.inr-agentpay.secret=Zq8${Kp4wT9}x").run(ctx ->
        assertThat(configurationFailure(ctx)).hasMessageNotContaining("Kp4wT9").hasMessageNotContaining("Zq8"));
  }

  // ---------------------------------------------------------------- webhooks

  @Test
  void aGenuineCallback_atACustomPath_isAnsweredWithTheExactAck_andPublishedOnce() {
    web.withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.webhook-path=/agentpay/notify")
        .run(ctx -> {
          mvc(ctx);
          String orderNo = finishedPayout();
          WebhookDelivery d = AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/agentpay/notify"), false);
          assertThat(d.responseStatus()).isEqualTo(200);
          assertThat(d.responseBody()).isEqualTo(AgentPaySimulator.CALLBACK_ACK);
          assertThat(d.acknowledged()).isTrue();
          assertThat(Recorder.events).singleElement().satisfies(e -> {
            assertThat(e.providerId()).isEqualTo("inr-agentpay");
            assertThat(e.webhook().merchantOrderNo()).isEqualTo(orderNo);
          });
          WebhookDelivery old = AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false);
          assertThat(old.responseStatus()).as("the default path is not served any more").isEqualTo(404);
        });
  }

  @Test
  void aCustomBasePath_withoutLeadingSlash_orWithTrailingSlash_servesTheGateway() {
    web.withPropertyValues(agentPay()).withPropertyValues("paysdk.webhooks.path=hooks/").run(ctx -> {
      mvc(ctx);
      String orderNo = finishedPayout();
      WebhookDelivery d = AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/hooks/inr-agentpay"), false);
      assertThat(d.acknowledged()).isTrue();
      assertThat(Recorder.events).hasSize(1);
    });
  }

  @Test
  void aWrongSignature_is400_andNoEvent() {
    web.withPropertyValues(agentPay()).run(ctx -> {
      mvc(ctx);
      String orderNo = finishedPayout();
      WebhookDelivery d = AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), true);
      assertThat(d.responseStatus()).isEqualTo(400);
      assertThat(Recorder.events).isEmpty();
      // and the genuine one afterwards is still handled (the forged one did not poison the inbox)
      WebhookDelivery genuine = AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false);
      assertThat(genuine.acknowledged()).isTrue();
      assertThat(Recorder.events).hasSize(1);
    });
  }

  @Test
  void aDuplicateDelivery_getsTheExactAck_andOneEvent() {
    web.withPropertyValues(agentPay()).run(ctx -> {
      mvc(ctx);
      String orderNo = finishedPayout();
      for (int i = 0; i < 3; i++) {
        WebhookDelivery d = AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false);
        assertThat(d.responseStatus()).isEqualTo(200);
        assertThat(d.responseBody()).isEqualTo("success");
      }
      assertThat(Recorder.events).hasSize(1);
    });
  }

  @Test
  void aListenerThatThrows_is500_thenTheRedeliveryIsHandledOnce() {
    web.withPropertyValues(agentPay()).run(ctx -> {
      mvc(ctx);
      String orderNo = finishedPayout();
      Recorder.failNext.set(1);
      WebhookDelivery failed = AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false);
      assertThat(failed.responseStatus()).isEqualTo(500);
      assertThat(failed.acknowledged()).isFalse();
      assertThat(Recorder.events).isEmpty();
      WebhookDelivery again = AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false);
      assertThat(again.acknowledged()).isTrue();
      WebhookDelivery third = AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false);
      assertThat(third.acknowledged()).isTrue();
      assertThat(Recorder.events).hasSize(1);
    });
  }

  @Test
  void aGet_aHugeBody_andAnUnknownGateway_areRefusedCleanly() {
    web.withPropertyValues(agentPay()).run(ctx -> {
      MockMvc m = mvc(ctx);
      int getStatus = m.perform(get("/webhooks/inr-agentpay")).andReturn().getResponse().getStatus();
      assertThat(getStatus).as("GET with nothing").isBetween(400, 499);

      byte[] huge = new byte[10 * 1024 * 1024];
      java.util.Arrays.fill(huge, (byte) 'a');
      MvcResult big = m.perform(post("/webhooks/inr-agentpay").contentType("application/x-www-form-urlencoded")
          .content(huge)).andReturn();
      assertThat(big.getResponse().getStatus()).as("10 MB body").isBetween(400, 499);

      assertThat(m.perform(post("/webhooks/nope").content("{}")).andReturn().getResponse().getStatus())
          .isEqualTo(404);
      assertThat(m.perform(post("/webhooks/hexpay").content("{}")).andReturn().getResponse().getStatus())
          .as("a gateway that is not configured").isEqualTo(404);
      assertThat(Recorder.events).isEmpty();
    });
  }

  // ---------------------------------------------------------------- health and metrics

  @Test
  void healthDetails_neverPrintTheSecret_upOrDown() {
    AgentPaySimulator sim = AGENTPAY.get();
    String wrongSecret = "0123456789abcdef0123456789abcdef";
    List<String> seen = new ArrayList<>();
    for (String[] props : List.of(agentPay(),
        new String[] {"paysdk.inr-agentpay.base-url=" + sim.baseUrl(), "paysdk.inr-agentpay.merchant-id="
            + sim.merchantId(), "paysdk.inr-agentpay.secret=" + wrongSecret},
        new String[] {"paysdk.inr-agentpay.base-url=http://127.0.0.1:1", "paysdk.inr-agentpay.merchant-id="
            + sim.merchantId(), "paysdk.inr-agentpay.secret=" + wrongSecret,
            "paysdk.inr-agentpay.http.proxy=127.0.0.1:1", "paysdk.inr-agentpay.http.proxy-username=proxyuser",
            "paysdk.inr-agentpay.http.proxy-password=PROXYPASSWORD123"})) {
      runner.withPropertyValues(props).withPropertyValues("paysdk.inr-agentpay.http.connect-timeout=300ms",
          "paysdk.inr-agentpay.http.deadline=2s").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            Object contributor = ctx.getBean("paysdkHealthContributor");
            String status;
            Map<String, Object> details;
            if (contributor instanceof org.springframework.boot.actuate.health.CompositeHealthContributor boot3) {
              var health = ((org.springframework.boot.actuate.health.HealthIndicator) boot3
                  .getContributor("inr-agentpay")).health();
              status = health.getStatus().getCode();
              details = health.getDetails();
            } else {
              var health = ((org.springframework.boot.health.contributor.HealthIndicator)
                  ((org.springframework.boot.health.contributor.CompositeHealthContributor) contributor)
                      .getContributor("inr-agentpay")).health();
              status = health.getStatus().getCode();
              details = health.getDetails();
            }
            seen.add(status + " " + details);
            assertThat(String.valueOf(details)).doesNotContain(sim.secretKey()).doesNotContain(wrongSecret)
                .doesNotContain("PROXYPASSWORD123");
            assertThat(String.valueOf(ctx.getBean(AgentPayClient.class))).doesNotContain(sim.secretKey())
                .doesNotContain(wrongSecret);
          });
    }
    assertThat(seen).hasSize(3);
    assertThat(seen.get(0)).startsWith("UP");
    assertThat(seen.get(1)).startsWith("DOWN");
    assertThat(seen.get(2)).startsWith("DOWN");
  }

  @Test
  void metricsTags_neverCarryOrderNumbersAmountsOrCredentials() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    web.withBean(MeterRegistry.class, () -> registry).withPropertyValues(agentPay()).run(ctx -> {
      mvc(ctx);
      AgentPayClient client = ctx.getBean(AgentPayClient.class);
      String orderNo = "MET" + System.nanoTime() % 1_000_000_000L;
      client.payouts().create(payout(orderNo));
      AGENTPAY.get().completeOrder(orderNo, AgentPaySimulator.Outcome.SUCCEEDED, null);
      String agentpayOrderId = AGENTPAY.get().order(orderNo).orElseThrow().agentpayOrderId();
      client.payouts().retrieve(dev.paysdk.core.PayoutLookup.byMerchantOrderNo(orderNo));
      try {
        client.payouts().retrieve(dev.paysdk.core.PayoutLookup.byMerchantOrderNo("NOPE" + orderNo));
      } catch (dev.paysdk.core.error.PaymentException expected) {
        // not found
      }
      AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false);
      AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false);
      AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), true);

      List<String> names = registry.getMeters().stream().map(m -> m.getId().getName()).distinct().toList();
      assertThat(names).contains("paysdk.operation", "paysdk.webhook");
      List<String> tagValues = new ArrayList<>();
      for (Meter meter : registry.getMeters()) {
        for (Tag t : meter.getId().getTags()) {
          tagValues.add(t.getKey() + "=" + t.getValue());
        }
      }
      assertThat(tagValues).noneMatch(v -> v.contains(orderNo) || v.contains(agentpayOrderId)
          || v.contains("4321") || v.contains(AGENTPAY.get().merchantId()) || v.contains(AGENTPAY.get().secretKey())
          || v.contains("123456789012") || v.contains("HDFC0001234"));
      assertThat(registry.getMeters().stream().filter(m -> m.getId().getName().equals("paysdk.webhook"))
          .map(m -> m.getId().getTag("outcome")).toList()).contains("handled", "duplicate");
    });
  }

  // ---------------------------------------------------------------- backing off

  @Test
  void theMerchantsOwnClientBean_replacesTheStarters_andIsRoutedAndServed() {
    AgentPaySimulator sim = AGENTPAY.get();
    web.withBean("myAgentPay", AgentPayClient.class, () -> AgentPayClient.builder().baseUrl(sim.baseUrl())
            .merchantId(sim.merchantId()).secretKey(sim.secretKey()).build())
        .withPropertyValues(agentPay()).run(ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(AgentPayClient.class);
          assertThat(ctx.getBeanNamesForType(AgentPayClient.class)).containsExactly("myAgentPay");
          assertThat(ctx.getBean(PaymentRouter.class).client("inr-agentpay")).isSameAs(ctx.getBean("myAgentPay"));
          mvc(ctx);
          String orderNo = finishedPayout();
          assertThat(sim.sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false).acknowledged()).isTrue();
        });
  }

  /**
   * The merchant declares their own client with the neutral return type (as most Spring code does)
   * and keeps paysdk.inr-agentpay.* in application.properties: one client per gateway, or a clear failure.
   */
  @Test
  void theMerchantsOwnClientDeclaredAsPaymentClient_doesNotYieldTwoClientsForOneGateway() {
    AgentPaySimulator sim = AGENTPAY.get();
    runner.withBean("myAgentPay", PaymentClient.class, () -> AgentPayClient.builder().baseUrl(sim.baseUrl())
            .merchantId(sim.merchantId()).secretKey(sim.secretKey()).build())
        .withPropertyValues(agentPay()).run(ctx -> {
          if (ctx.getStartupFailure() == null) {
            long agentPays = ctx.getBeansOfType(PaymentClient.class).values().stream()
                .filter(c -> c.providerId().equals("inr-agentpay")).count();
            assertThat(agentPays).as("PaymentClient beans for inr-agentpay: " + ctx.getBeansOfType(PaymentClient.class)
                .keySet()).isEqualTo(1);
          }
        });
  }

  @Test
  void theMerchantsOwnWebhookInbox_isTheOneTheEndpointUses() {
    AtomicInteger claims = new AtomicInteger();
    InMemoryWebhookInbox delegate = new InMemoryWebhookInbox();
    WebhookInbox mine = new WebhookInbox() {
      @Override
      public Claim claim(WebhookEvent event, Duration lease) {
        claims.incrementAndGet();
        return delegate.claim(event, lease);
      }

      @Override
      public void complete(WebhookEvent event) {
        delegate.complete(event);
      }

      @Override
      public void release(WebhookEvent event) {
        delegate.release(event);
      }
    };
    web.withBean("myInbox", WebhookInbox.class, () -> mine).withPropertyValues(agentPay()).run(ctx -> {
      assertThat(ctx).hasSingleBean(WebhookInbox.class);
      assertThat(ctx.getBean(WebhookInbox.class)).isSameAs(mine);
      mvc(ctx);
      String orderNo = finishedPayout();
      assertThat(AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false).acknowledged())
          .isTrue();
      assertThat(AGENTPAY.get().sendWebhook(orderNo, bridgeUrl("/webhooks/inr-agentpay"), false).acknowledged())
          .isTrue();
      assertThat(claims).hasValueGreaterThanOrEqualTo(2);
      assertThat(Recorder.events).hasSize(1);
    });
  }

  // ---------------------------------------------------------------- Jackson

  record ShopOrder(String id, BigDecimal total, String placedAt, Money fee, Map<String, Object> extra) {}

  @Test
  void theMerchantsOwnObjectMapperBean_isLeftAlone() {
    ObjectMapper mine = new ObjectMapper().findAndRegisterModules();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PaySdkAutoConfiguration.class))
        .withBean("myMapper", ObjectMapper.class, () -> mine).run(ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(ObjectMapper.class);
          assertThat(ctx.getBean(ObjectMapper.class)).isSameAs(mine);
          assertThat(mine.writeValueAsString(Map.of("n", new BigDecimal("1.50")))).isEqualTo("{\"n\":1.50}");
        });
  }

  @Test
  void bootsObjectMapper_withTheMerchantsSettings_stillWritesTheMerchantsOwnTypesTheSame() throws Exception {
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    ShopOrder order = new ShopOrder("SO-1", new BigDecimal("10.50"), "2026-01-02T03:04:05Z",
        Money.of("1.50", "INR"), null);
    for (boolean withPaySdk : new boolean[] {false, true}) {
      ApplicationContextRunner r = new ApplicationContextRunner().withConfiguration(withPaySdk
          ? AutoConfigurations.of(JacksonAutoConfiguration.class, PaySdkAutoConfiguration.class)
          : AutoConfigurations.of(JacksonAutoConfiguration.class))
          .withPropertyValues("spring.jackson.property-naming-strategy=SNAKE_CASE",
              "spring.jackson.default-property-inclusion=non_null",
              "spring.jackson.serialization.write-dates-as-timestamps=false");
      r.run(ctx -> {
        ObjectMapper m = ctx.getBean(ObjectMapper.class);
        written.add(m.writeValueAsString(new ShopOrder("SO-1", new BigDecimal("10.50"),
            "2026-01-02T03:04:05Z", null, Map.of("placedAt", "x"))));
        if (withPaySdk) {
          String json = m.writeValueAsString(order);
          assertThat(json).contains("\"fee\":{\"amount\":\"1.50\",\"currency\":\"INR\"}").contains("\"placed_at\"")
              .doesNotContain("\"extra\"");
          assertThat(m.readValue(json, ShopOrder.class)).isEqualTo(order);
        }
      });
    }
    assertThat(written.get(1)).as("the merchant's own JSON is unchanged by the starter").isEqualTo(written.get(0));
  }

}
