package dev.paysdk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.durable.DurablePayouts;
import dev.paysdk.core.durable.StoreUnavailableException;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookDelivery;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The database goes down: nothing is sent that could not be recorded, and webhooks are delivered again. */
class DatabaseDownTest {
  private final JdbcConnectionPool pool = TestDatabases.newPostgres();
  private final SwitchableDataSource db = new SwitchableDataSource(pool);

  @AfterEach
  void close() {
    pool.dispose();
  }

  @Test
  void create_whenTheIntentCannotBeRecorded_throwsAClearException_andTheGatewayReceivesNothing() {
    try (AgentPaySimulator sim = AgentPaySimulator.start()) {
      MerchantInstanceless m = new MerchantInstanceless(sim);
      DurablePayouts payouts = DurablePayouts.builder().client(m.client)
          .journal(JdbcStore.builder(db).build().payoutJournal()).build();
      db.down = true;
      assertThatThrownBy(() -> payouts.create(CrashChild.request("DOWN-1", 1, "http://127.0.0.1:9/hook")))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining("DOWN-1")
          .hasMessageContaining("the intent could not be recorded, nothing was sent")
          .hasRootCauseMessage("Connection to 127.0.0.1 refused");
      assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY)).isEmpty();

      db.down = false;
      assertThat(payouts.create(CrashChild.request("DOWN-1", 1, "http://127.0.0.1:9/hook")).merchantOrderNo())
          .isEqualTo("DOWN-1");
      assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY)).hasSize(1);
      m.client.close();
    }
  }

  @Test
  void aWebhookWhoseClaimCannotBeRecorded_isAnsweredSoTheGatewayDeliversAgain_andHandledOnceTheDatabaseIsBack()
      throws Exception {
    ConcurrentLinkedQueue<String> handled = new ConcurrentLinkedQueue<>();
    SimulatorOptions options = SimulatorOptions.builder().processingDelay(Duration.ofMillis(20))
        .completionDelay(Duration.ofMillis(50)).build();
    try (AgentPaySimulator sim = AgentPaySimulator.start(options);
        MerchantInstance m = new MerchantInstance("instance-a", db, sim, e -> handled.add(e.deduplicationKey()))) {
      db.down = true;
      m.client.payouts().create(CrashChild.request("DOWN-2", 2, m.url()));
      WebhookDelivery refused = sim.awaitWebhook(d -> d.responseStatus() == 503, Duration.ofSeconds(10));
      assertThat(refused.acknowledged()).isFalse();
      assertThat(refused.responseBody()).contains("deliver again");
      assertThat(handled).isEmpty();

      db.down = false;
      sim.awaitWebhook(WebhookDelivery::acknowledged, Duration.ofSeconds(10));
      List<WebhookDelivery> deliveries = sim.webhookDeliveries();
      assertThat(deliveries.get(deliveries.size() - 1).acknowledged()).isTrue();
      assertThat(handled).hasSize(1);
    }
  }

  @Test
  void aStoreOnADatabaseThatCannotBeReached_failsToStartWithAClearException() {
    JdbcConnectionPool nowhere = TestDatabases.postgresPool("jdbc:postgresql://127.0.0.1:1/none?user=x&connectTimeout=2");
    try {
      assertThatThrownBy(() -> JdbcStore.builder(nowhere).build())
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining("the database could not answer");
    } finally {
      nowhere.dispose();
    }
  }

  /** Only a client, for tests that need no webhook endpoint. */
  static final class MerchantInstanceless {
    final dev.paysdk.agentpay.AgentPayClient client;

    MerchantInstanceless(AgentPaySimulator sim) {
      client = dev.paysdk.agentpay.AgentPayClient.builder().baseUrl(sim.baseUrl()).merchantId(sim.merchantId())
          .secretKey(sim.secretKey()).build();
    }
  }
}
