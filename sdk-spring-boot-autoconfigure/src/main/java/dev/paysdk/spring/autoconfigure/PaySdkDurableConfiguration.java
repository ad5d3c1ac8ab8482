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
@Import(PaySdkDurableConfiguration.Jdbc.class)
class PaySdkDurableConfiguration {

  /** Where the journal and the inbox are kept; in memory unless a database store is present. */
  interface DurableStores {
    PayoutJournal journal();

    WebhookInbox inbox();
  }

  /**
   * The stores on the application's database, when sdk-store-jdbc is on the class path and the
   * context has one {@link DataSource}. Decided when the beans are created (not by bean conditions,
   * whose order against the application's DataSource configuration is easy to get wrong).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.paysdk.store.jdbc.JdbcStore")
  @ConditionalOnProperty(name = "paysdk.durable.jdbc.enabled", havingValue = "true", matchIfMissing = true)
  static class Jdbc {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(DurableStores.class)
    JdbcStores paySdkDurableStores(ObjectProvider<DataSource> dataSources) {
      DataSource ds = dataSources.getIfUnique();
      return new JdbcStores(ds == null ? null : JdbcStore.builder(ds).migrate(true).build());
    }
  }

  /** The database stores, or none. */
  static final class JdbcStores implements DurableStores, AutoCloseable {
    private final JdbcStore store;

    JdbcStores(JdbcStore store) {
      this.store = store;
    }

    @Override
    public PayoutJournal journal() {
      return store == null ? null : store.payoutJournal();
    }

    @Override
    public WebhookInbox inbox() {
      return store == null ? null : store.webhookInbox();
    }

    @Override
    public void close() {
      if (store != null) {
        store.close();
      }
    }
  }

  @Bean
  @ConditionalOnMissingBean
  PayoutJournal paySdkPayoutJournal(ObjectProvider<DurableStores> stores) {
    DurableStores s = stores.getIfAvailable();
    PayoutJournal journal = s == null ? null : s.journal();
    return journal != null ? journal : new InMemoryPayoutJournal();
  }

  @Bean
  @ConditionalOnMissingBean
  WebhookInbox paySdkWebhookInbox(ObjectProvider<DurableStores> stores) {
    DurableStores s = stores.getIfAvailable();
    WebhookInbox inbox = s == null ? null : s.inbox();
    return inbox != null ? inbox : new InMemoryWebhookInbox();
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
