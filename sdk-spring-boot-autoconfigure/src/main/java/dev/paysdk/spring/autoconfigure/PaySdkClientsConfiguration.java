package dev.paysdk.spring.autoconfigure;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.vexora.VexoraClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One client bean per configured gateway whose module is on the class path, typed with the
 * gateway's own client interface (so {@code HexpayClient} can be injected for its native API) and
 * closed when the context closes.
 */
@Configuration(proxyBeanMethods = false)
class PaySdkClientsConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.paysdk.agentpay.AgentPayClient")
  @ConditionalOnPaySdkGateway("inr-agentpay")
  static class AgentPay {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    AgentPayClient agentPayClient(PaySdkClientFactory factory) {
      return (AgentPayClient) factory.create("inr-agentpay");
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.paysdk.hexpay.HexpayClient")
  @ConditionalOnPaySdkGateway("hexpay")
  static class Hexpay {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    HexpayClient hexpayClient(PaySdkClientFactory factory) {
      return (HexpayClient) factory.create("hexpay");
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.paysdk.pen.PenPayoutClient")
  @ConditionalOnPaySdkGateway("payout-pen")
  static class Pen {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    PenPayoutClient penPayoutClient(PaySdkClientFactory factory) {
      return (PenPayoutClient) factory.create("payout-pen");
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.paysdk.vexora.VexoraClient")
  @ConditionalOnPaySdkGateway("vexora")
  static class Vexora {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    VexoraClient vexoraClient(PaySdkClientFactory factory) {
      return (VexoraClient) factory.create("vexora");
    }
  }
}
