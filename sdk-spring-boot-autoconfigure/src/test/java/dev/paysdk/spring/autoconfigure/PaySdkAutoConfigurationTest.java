package dev.paysdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentRouter;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.observe.OperationInfo;
import dev.paysdk.core.observe.OperationObservation;
import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.SimulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PaySdkAutoConfigurationTest {
  @RegisterExtension
  static final SimulatorExtension<AgentPaySimulator> AGENTPAY = SimulatorExtension.of(AgentPaySimulator::start);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PaySdkAutoConfiguration.class));

  private String[] agentPay() {
    AgentPaySimulator sim = AGENTPAY.get();
    return new String[] {"paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=" + sim.merchantId(), "paysdk.inr-agentpay.secret-key=" + sim.secretKey()};
  }

  @Test
  void configuredGateway_becomesAClientBeanOfItsOwnType_thatReachesTheGateway_andIsRouted() {
    runner.withPropertyValues(agentPay())
        .withPropertyValues("paysdk.routing.routes[0].currency=INR", "paysdk.routing.routes[0].provider=inr-agentpay")
        .run(ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(AgentPayClient.class).doesNotHaveBean(HexpayClient.class);
          AgentPayClient client = ctx.getBean(AgentPayClient.class);
          assertThat(client.balances().list()).extracting(b -> b.currency()).containsExactly("INR");
          PaymentRouter router = ctx.getBean(PaymentRouter.class);
          assertThat(router.client("inr-agentpay")).isSameAs(client);
          PayoutRequest inr = PayoutRequest.builder().merchantOrderNo("PO-1").amount(Money.of("100", "INR"))
              .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build()).build();
          assertThat(router.route(inr)).isSameAs(client);
        });
  }

  @Test
  void aMissingRequiredSetting_failsStartup_namingItsProperty() {
    runner.withPropertyValues("paysdk.hexpay.base-url=http://127.0.0.1:1", "paysdk.hexpay.mch-no=M1").run(ctx ->
        assertThat(configurationFailure(ctx))
            .hasMessageContaining("paysdk.hexpay.app-id is required"));
  }

  @Test
  void aBlankRequiredSetting_failsStartup_namingItsProperty() {
    AgentPaySimulator sim = AGENTPAY.get();
    runner.withPropertyValues("paysdk.inr-agentpay.base-url=" + sim.baseUrl(), "paysdk.inr-agentpay.merchant-id=  ",
        "paysdk.inr-agentpay.secret-key=" + sim.secretKey()).run(ctx ->
        assertThat(configurationFailure(ctx))
            .hasMessageContaining("paysdk.inr-agentpay.merchant-id is required (missing or blank)"));
  }

  @Test
  void anUnresolvedPlaceholder_isNeverTakenAsAValue_andFailsNamingTheProperty() {
    AgentPaySimulator sim = AGENTPAY.get();
    runner.withPropertyValues("paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=${AGENTPAY_MERCHANT_ID_NOT_SET}",
        "paysdk.inr-agentpay.secret-key=" + sim.secretKey()).run(ctx ->
        assertThat(configurationFailure(ctx))
            .hasMessageContaining("paysdk.inr-agentpay.merchant-id holds the unresolved placeholder "
                + "${AGENTPAY_MERCHANT_ID_NOT_SET}")
            .hasMessageNotContaining(sim.secretKey()));
  }

  @Test
  void aMisspelledProperty_failsStartup_listingTheKnownOnes() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.secrett=oops").run(ctx ->
        assertThat(configurationFailure(ctx))
            .hasMessageContaining("paysdk.inr-agentpay.secrett is not INR AgentPay property")
            .hasMessageContaining("secret-key").hasMessageNotContaining("oops"));
  }

  @Test
  void aSettingGivenUnderItsNameAndItsAlias_failsStartup_namingTheProperty() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.secret=other").run(ctx ->
        assertThat(configurationFailure(ctx))
            .hasMessageContaining("paysdk.inr-agentpay.secret").hasMessageContaining("given twice")
            .hasMessageNotContaining("other"));
  }

  @Test
  void aRouteToAnUnconfiguredGateway_failsStartup_namingTheRouteProperty() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.routing.routes[0].currency=PEN",
        "paysdk.routing.routes[0].provider=payout-pen").run(ctx ->
        assertThat(configurationFailure(ctx))
            .hasMessageContaining("paysdk.routing.routes[0].provider is 'payout-pen', which names no configured gateway"));
  }

  @Test
  void aDisabledOrUnconfiguredGateway_hasNoBean() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.enabled=false").run(ctx ->
        assertThat(ctx).hasNotFailed().doesNotHaveBean(PaymentClient.class).hasSingleBean(PaymentRouter.class)
            .as("the reconciler is off by default").doesNotHaveBean(PaySdkReconciler.class));
  }

  @Test
  void settingsHttpOptionsAndObservers_reachTheProvider() {
    List<OperationInfo> seen = new ArrayList<>();
    PaySdkObserver mine = new PaySdkObserver() {
      @Override
      public OperationObservation operationStarted(OperationInfo operation) {
        seen.add(operation);
        return OperationObservation.NONE;
      }
    };
    runner.withBean("myObserver", PaySdkObserver.class, () -> mine)
        .withPropertyValues("paysdk.fake-gateway.base-url=http://127.0.0.1:9", "paysdk.fake-gateway.merchant-id=M-1",
            "PAYSDK_FAKEGATEWAY_SECRETKEY=not-used", "paysdk.fake-gateway.secret-key=s3cret",
            "paysdk.http.read-timeout=7s", "paysdk.fake-gateway.http.connect-timeout=2s")
        .run(ctx -> {
          ctx.getBean(PaySdkClientFactory.class).create("fake-gateway");
          assertThat(FakeProvider.lastSettings.get("merchantId")).contains("M-1");
          assertThat(FakeProvider.lastSettings.get("region")).isEmpty();
          assertThat(FakeProvider.lastSettings.httpOptions().readTimeout()).isEqualTo(Duration.ofSeconds(7));
          assertThat(FakeProvider.lastSettings.httpOptions().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
          FakeProvider.lastSettings.observer().operationStarted(new OperationInfo("fake-gateway", "payout.query", false));
          assertThat(seen).extracting(OperationInfo::operation).containsExactly("payout.query");
        });
  }

  @Test
  void theNeutralModel_isWrittenByBootsObjectMapper() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PaySdkAutoConfiguration.class))
        .run(ctx -> assertThat(ctx.getBean(ObjectMapper.class).writeValueAsString(Money.of("100.00", "INR")))
            .isEqualTo("{\"amount\":\"100.00\",\"currency\":\"INR\"}"));
  }

  @Test
  void rawResponses_canBeLeftOutOfBootsJson() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PaySdkAutoConfiguration.class))
        .withPropertyValues("paysdk.jackson.raw-responses=false")
        .run(ctx -> assertThat(ctx.getBean(ObjectMapper.class).writeValueAsString(dev.paysdk.core.Payout.builder()
            .providerId("x").status(dev.paysdk.core.PayoutStatus.ACCEPTED).rawResponse("{\"acct\":\"1\"}").build()))
            .doesNotContain("rawResponse"));
  }

  @Test
  void aStartupFailure_isReportedByTheFailureAnalyzer_withWhatToDo() {
    runner.withPropertyValues("paysdk.hexpay.base-url=http://127.0.0.1:1", "paysdk.hexpay.mch-no=M1").run(ctx -> {
      org.springframework.boot.diagnostics.FailureAnalysis analysis = new PaySdkConfigurationFailureAnalyzer()
          .analyze(ctx.getStartupFailure());
      assertThat(analysis.getDescription()).contains("paysdk.hexpay.app-id is required");
      assertThat(analysis.getAction()).startsWith("Set or correct paysdk.hexpay.app-id");
    });
  }

  @Test
  void propertiesOfAGatewayWhoseModuleIsMissing_failStartup_namingTheModule() {
    runner.withClassLoader(new WithoutModule(getClass().getClassLoader(), "dev.paysdk.vexora", "sdk-vexora"))
        .withPropertyValues("paysdk.vexora.base-url=http://127.0.0.1:1").run(ctx ->
            assertThat(configurationFailure(ctx)).hasMessageContaining("add the dependency dev.paysdk:sdk-vexora"));
  }

  /** A class path without one gateway module: neither its classes nor its service registration. */
  static final class WithoutModule extends ClassLoader {
    private final String packagePrefix;
    private final String moduleDirectory;

    WithoutModule(ClassLoader parent, String packagePrefix, String moduleDirectory) {
      super(parent);
      this.packagePrefix = packagePrefix;
      this.moduleDirectory = moduleDirectory;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith(packagePrefix)) {
        throw new ClassNotFoundException(name);
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
      List<java.net.URL> kept = new ArrayList<>();
      for (java.net.URL u : java.util.Collections.list(super.getResources(name))) {
        if (!u.toString().contains("/" + moduleDirectory + "/")) {
          kept.add(u);
        }
      }
      return java.util.Collections.enumeration(kept);
    }
  }

  @Test
  void clientBeans_areClosedWithTheContext() {
    // The gateway clients of this version release nothing observable yet: the bean definition says it.
    runner.withPropertyValues(agentPay()).run(ctx -> assertThat(ctx.getSourceApplicationContext()
        .getBeanFactory().getBeanDefinition("agentPayClient").getDestroyMethodName()).isEqualTo("close"));
  }

  @Test
  void webhookEndpoints_areAtTheBasePathOrTheGatewaysOwnPath_inServletApplications() {
    new org.springframework.boot.test.context.runner.WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(PaySdkAutoConfiguration.class))
        .withPropertyValues(agentPay())
        .withPropertyValues("paysdk.webhooks.path=/callbacks/")
        .run(ctx -> assertThat(ctx.getBean(WebhookRoutes.class).paths()).containsOnlyKeys("/callbacks/inr-agentpay"));
    new org.springframework.boot.test.context.runner.WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(PaySdkAutoConfiguration.class))
        .withPropertyValues(agentPay()).withPropertyValues("paysdk.inr-agentpay.webhook-path=/agentpay/notify")
        .run(ctx -> assertThat(ctx.getBean(WebhookRoutes.class).paths()).containsOnlyKeys("/agentpay/notify"));
    runner.withPropertyValues(agentPay()).run(ctx -> assertThat(ctx).as("not a web application")
        .doesNotHaveBean(WebhookRoutes.class));
  }

  @Test
  void theReconciler_isABeanWhenEnabled() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.reconciler.enabled=true")
        .run(ctx -> assertThat(ctx).hasSingleBean(PaySdkReconciler.class));
  }

  /** The PaySdkConfigurationException that stopped the context. */
  static PaySdkConfigurationException configurationFailure(
      org.springframework.boot.test.context.assertj.AssertableApplicationContext ctx) {
    assertThat(ctx).hasFailed();
    for (Throwable t = ctx.getStartupFailure(); t != null; t = t.getCause()) {
      if (t instanceof PaySdkConfigurationException e) {
        return e;
      }
    }
    throw new AssertionError("not a PaySdkConfigurationException", ctx.getStartupFailure());
  }
}
