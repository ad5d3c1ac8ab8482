package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.micrometer.MicrometerObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Micrometer observer, when Micrometer and {@code sdk-micrometer} are on the class path: every
 * client and webhook endpoint reports to it. The registries are looked up when the clients are
 * built (after every auto-configuration has run, so no ordering against Boot's metrics
 * configuration is needed); without a {@code MeterRegistry} bean it observes nothing. Off with
 * {@code management.metrics.paysdk.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = {"io.micrometer.core.instrument.MeterRegistry", "dev.paysdk.micrometer.MicrometerObserver"})
@ConditionalOnProperty(name = "management.metrics.paysdk.enabled", havingValue = "true", matchIfMissing = true)
class PaySdkObservabilityConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "paySdkMicrometerObserver")
  PaySdkObserver paySdkMicrometerObserver(ObjectProvider<MeterRegistry> meters,
      ObjectProvider<ObservationRegistry> observations) {
    MeterRegistry registry = meters.getIfUnique();
    if (registry == null) {
      return PaySdkObserver.NONE;
    }
    ObservationRegistry observationRegistry = observations.getIfUnique();
    return observationRegistry == null || observationRegistry.isNoop() ? MicrometerObserver.of(registry)
        : MicrometerObserver.of(observationRegistry, registry);
  }
}
