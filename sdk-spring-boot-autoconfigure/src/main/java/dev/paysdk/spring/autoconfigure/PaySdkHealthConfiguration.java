package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.PaymentClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A health contributor {@code paysdk} with one indicator per configured gateway
 * ({@code /actuator/health/paysdk/hexpay}...), on Spring Boot 3 ({@code org.springframework.boot.actuate.health})
 * and on Spring Boot 4 ({@code org.springframework.boot.health.contributor}), each configuration
 * switching on with its line's API. Off with {@code management.health.paysdk.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "management.health.paysdk.enabled", havingValue = "true", matchIfMissing = true)
class PaySdkHealthConfiguration {

  static Map<String, GatewayHealthCheck> checks(ObjectProvider<PaymentClient> clients, PaySdkClientFactory factory,
      PaySdkProperties properties) {
    Map<String, GatewayHealthCheck> checks = new LinkedHashMap<>();
    clients.orderedStream().forEach(c -> checks.put(c.providerId(), new GatewayHealthCheck(c,
        factory.property("paysdk." + c.providerId() + ".health.probe-order"),
        properties.getHealth().getCacheTimeToLive(), Clock.systemUTC())));
    return checks;
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  static class Boot3 {
    @Bean
    @ConditionalOnMissingBean(name = "paysdkHealthContributor")
    org.springframework.boot.actuate.health.CompositeHealthContributor paysdkHealthContributor(
        ObjectProvider<PaymentClient> clients, PaySdkClientFactory factory, PaySdkProperties properties) {
      Map<String, org.springframework.boot.actuate.health.HealthIndicator> indicators = new LinkedHashMap<>();
      checks(clients, factory, properties).forEach((id, check) -> indicators.put(id, () -> {
        GatewayHealthCheck.Result r = check.check();
        return (r.up() ? org.springframework.boot.actuate.health.Health.up()
            : org.springframework.boot.actuate.health.Health.down()).withDetails(r.details()).build();
      }));
      return org.springframework.boot.actuate.health.CompositeHealthContributor.fromMap(indicators);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Boot4 {
    @Bean
    @ConditionalOnMissingBean(name = "paysdkHealthContributor")
    org.springframework.boot.health.contributor.CompositeHealthContributor paysdkHealthContributor(
        ObjectProvider<PaymentClient> clients, PaySdkClientFactory factory, PaySdkProperties properties) {
      Map<String, org.springframework.boot.health.contributor.HealthIndicator> indicators = new LinkedHashMap<>();
      checks(clients, factory, properties).forEach((id, check) -> indicators.put(id, () -> {
        GatewayHealthCheck.Result r = check.check();
        return (r.up() ? org.springframework.boot.health.contributor.Health.up()
            : org.springframework.boot.health.contributor.Health.down()).withDetails(r.details()).build();
      }));
      return org.springframework.boot.health.contributor.CompositeHealthContributor.fromMap(indicators);
    }
  }
}
