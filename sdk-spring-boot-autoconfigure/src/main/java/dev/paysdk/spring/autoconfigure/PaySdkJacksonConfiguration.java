package dev.paysdk.spring.autoconfigure;

import dev.paysdk.jackson.PaySdkJacksonModule;
import dev.paysdk.jackson3.PaySdkJackson3Module;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The neutral model's Jackson modules as beans, which Spring Boot adds to the mapper it builds:
 * Jackson 2's ({@code com.fasterxml}, Boot 3) and Jackson 3's ({@code tools.jackson}, Boot 4), each
 * when its Jackson line and PaySDK module are on the class path.
 */
@Configuration(proxyBeanMethods = false)
class PaySdkJacksonConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.Module", "dev.paysdk.jackson.PaySdkJacksonModule"})
  static class Jackson2 {
    @Bean
    @ConditionalOnMissingBean
    PaySdkJacksonModule paySdkJacksonModule(PaySdkProperties properties) {
      return properties.getJackson().isRawResponses() ? new PaySdkJacksonModule()
          : PaySdkJacksonModule.withoutRawResponses();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"tools.jackson.databind.JacksonModule", "dev.paysdk.jackson3.PaySdkJackson3Module"})
  static class Jackson3 {
    @Bean
    @ConditionalOnMissingBean
    PaySdkJackson3Module paySdkJackson3Module(PaySdkProperties properties) {
      return properties.getJackson().isRawResponses() ? new PaySdkJackson3Module()
          : PaySdkJackson3Module.withoutRawResponses();
    }
  }
}
