package dev.paysdk.spring.test;

import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.GatewaySimulator;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/** Starts the simulators of one context and adds their properties. Equal for equal gateway sets (context caching). */
final class PaySdkSimulatorsContextCustomizer implements ContextCustomizer {
  /** The merchant order number of the Hexpay order the health indicator queries. */
  static final String HEXPAY_PROBE_ORDER = "PAYSDK-HEALTH-PROBE";

  private final Set<String> gateways;

  PaySdkSimulatorsContextCustomizer(Set<String> gateways) {
    this.gateways = Set.copyOf(gateways);
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    Map<String, Object> props = new LinkedHashMap<>();
    List<GatewaySimulator> started = new ArrayList<>();
    try {
      for (String id : gateways) {
        GatewaySimulator sim = start(id, props);
        started.add(sim);
        context.getBeanFactory().registerSingleton(beanName(id), sim);
      }
    } catch (RuntimeException e) {
      started.forEach(GatewaySimulator::close);
      throw e;
    }
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("paysdkSimulators", props));
    context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
      if (event.getApplicationContext() == context) {
        started.forEach(GatewaySimulator::close);
      }
    });
  }

  private static GatewaySimulator start(String id, Map<String, Object> p) {
    switch (id) {
      case "inr-agentpay" -> {
        AgentPaySimulator s = AgentPaySimulator.start();
        p.put("paysdk.inr-agentpay.base-url", s.baseUrl());
        p.put("paysdk.inr-agentpay.merchant-id", s.merchantId());
        p.put("paysdk.inr-agentpay.secret", s.secretKey());
        return s;
      }
      case "payout-pen" -> {
        PenPayoutSimulator s = PenPayoutSimulator.start();
        p.put("paysdk.payout-pen.base-url", s.baseUrl());
        p.put("paysdk.payout-pen.merchant-id", s.merchantId());
        p.put("paysdk.payout-pen.secret", s.secretKey());
        p.put("paysdk.payout-pen.literal-ip-notify-url-allowed", "true");
        return s;
      }
      case "vexora" -> {
        VexoraSimulator s = VexoraSimulator.start(SimulatorOptions.defaults(), "/indonesia");
        p.put("paysdk.vexora.base-url", s.baseUrl());
        p.put("paysdk.vexora.merchant-id", s.merchantNo());
        p.put("paysdk.vexora.secret", s.appSecret());
        return s;
      }
      case "hexpay" -> {
        HexpaySimulator s = HexpaySimulator.start();
        p.put("paysdk.hexpay.base-url", s.baseUrl());
        p.put("paysdk.hexpay.merchant-id", s.mchNo());
        p.put("paysdk.hexpay.app-id", s.appId());
        p.put("paysdk.hexpay.merchant-private-key", s.merchantPrivateKeyPem());
        p.put("paysdk.hexpay.platform-public-key", s.platformPublicKeyPem());
        p.put("paysdk.hexpay.secret", s.appSecret());
        if (ClassUtils.isPresent("dev.paysdk.hexpay.HexpayClient", PaySdkSimulatorsContextCustomizer.class.getClassLoader())) {
          HexpayProbe.create(s, HEXPAY_PROBE_ORDER);
          p.put("paysdk.hexpay.health.probe-order", HEXPAY_PROBE_ORDER);
        }
        return s;
      }
      default -> throw new IllegalArgumentException("@PaySdkSimulators: no simulator for '" + id
          + "'; known: hexpay, inr-agentpay, payout-pen, vexora");
    }
  }

  private static String beanName(String id) {
    return "paysdkSimulator-" + id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaySdkSimulatorsContextCustomizer c && c.gateways.equals(gateways);
  }

  @Override
  public int hashCode() {
    return gateways.hashCode();
  }
}
