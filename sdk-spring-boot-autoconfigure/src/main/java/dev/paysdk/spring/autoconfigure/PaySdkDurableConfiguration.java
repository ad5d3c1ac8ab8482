package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentRouter;
import dev.paysdk.core.durable.DurablePayouts;
import dev.paysdk.core.durable.InMemoryPayoutJournal;
import dev.paysdk.core.durable.InMemoryWebhookInbox;
import dev.paysdk.core.durable.PayoutJournal;
import dev.paysdk.core.durable.PayoutRecoveryWorker;
import dev.paysdk.core.durable.WebhookInbox;
import dev.paysdk.store.jdbc.JdbcStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Durable payouts and webhooks. With {@code sdk-store-jdbc} on the class path and a
 * {@link DataSource} bean (and {@code paysdk.durable.jdbc.enabled} not false), the payout journal and
 * the webhook inbox live in that database (schema applied on start): instances sharing it never
 * send one payout twice and handle each webhook once. Otherwise both are in memory (one process).
 * Beans: {@link PayoutJournal}, {@link WebhookInbox}, {@link PaySdkDurablePayouts} (the journaled,
 * routed payouts), and with {@code paysdk.durable.recovery.enabled=true} a started
 * {@link PayoutRecoveryWorker}. An application's own bean of any of these types replaces it.
 */
@Configuration(proxyBeanMethods = false)
@Import({PaySdkDurableConfiguration.Jdbc.class, PaySdkDurableConfiguration.InMemory.class})
class PaySdkDurableConfiguration {

  /** The journal and the inbox on the application's database. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.paysdk.store.jdbc.JdbcStore")
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnProperty(name = "paysdk.durable.jdbc.enabled", havingValue = "true", matchIfMissing = true)
  static class Jdbc {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    JdbcStore paySdkJdbcStore(DataSource dataSource) {
      return JdbcStore.builder(dataSource).migrate(true).build();
    }

    @Bean
    @ConditionalOnMissingBean
    PayoutJournal paySdkPayoutJournal(JdbcStore store) {
      return store.payoutJournal();
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookInbox paySdkWebhookInbox(JdbcStore store) {
      return store.webhookInbox();
    }
  }

  /** In memory, when no database is configured. */
  @Configuration(proxyBeanMethods = false)
  static class InMemory {
    @Bean
    @ConditionalOnMissingBean
    PayoutJournal paySdkPayoutJournal() {
      return new InMemoryPayoutJournal();
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookInbox paySdkWebhookInbox() {
      return new InMemoryWebhookInbox();
    }
  }

  @Bean
  @ConditionalOnMissingBean
  PaySdkDurablePayouts paySdkDurablePayouts(PaymentRouter router, ObjectProvider<PaymentClient> clients,
      PayoutJournal journal) {
    return new PaySdkDurablePayouts(router, clients.orderedStream().filter(c -> c.supports(Capability.PAYOUTS))
        .map(c -> DurablePayouts.builder().client(c).journal(journal).build()).toList());
  }

  @Bean(initMethod = "start", destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnProperty(name = "paysdk.durable.recovery.enabled", havingValue = "true")
  PayoutRecoveryWorker paySdkPayoutRecoveryWorker(ObjectProvider<PaymentClient> clients, PayoutJournal journal) {
    PayoutRecoveryWorker.Builder b = PayoutRecoveryWorker.builder().journal(journal);
    clients.orderedStream().filter(c -> c.supports(Capability.PAYOUTS)).forEach(b::client);
    return b.build();
  }
}
