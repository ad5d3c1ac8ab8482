package dev.paysdk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.durable.InMemoryWebhookInbox;
import dev.paysdk.core.durable.WebhookInbox;
import dev.paysdk.core.durable.WebhookInbox.Claim;
import dev.paysdk.core.webhook.WebhookEvent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The inbox contract against every implementation, and what only the JDBC inbox does. */
class WebhookInboxContractTest {

  @Nested
  class InMemory extends WebhookInboxContract {
    @Override
    WebhookInbox newInbox() {
      return new InMemoryWebhookInbox(clock);
    }

    @Override
    WebhookInbox sameStoreElsewhere() {
      return inbox;
    }

    @Override
    void closeStore() {}
  }

  abstract class OnJdbc extends WebhookInboxContract {
    DataSource first;
    DataSource second;
    JdbcWebhookInbox other;

    abstract String newUrl();

    abstract DataSource pool(String url);

    @Override
    WebhookInbox newInbox() {
      String url = newUrl();
      first = pool(url);
      second = pool(url);
      other = JdbcStore.builder(second).clock(clock).instanceId("instance-b").build().webhookInbox();
      return JdbcStore.builder(first).clock(clock).instanceId("instance-a").build().webhookInbox();
    }

    @Override
    WebhookInbox sameStoreElsewhere() {
      return other;
    }

    @Override
    void closeStore() {
      TestDatabases.close(first);
      TestDatabases.close(second);
    }

    @Test
    void release_byAHolderWhoseLeaseRanOut_doesNotFreeTheClaimOfTheInstanceThatTookOver() {
      WebhookEvent e = event("inr-agentpay", "k1");
      assertThat(inbox.claim(e, LEASE)).isEqualTo(Claim.FIRST);
      clock.advance(LEASE.plusSeconds(1));
      assertThat(other.claim(e, LEASE)).isEqualTo(Claim.FIRST);
      inbox.release(e);
      assertThat(inbox.claim(e, LEASE)).isEqualTo(Claim.IN_PROGRESS);
      assertThat(other.state("inr-agentpay", "k1")).isEqualTo("CLAIMED");
    }

    @Test
    void claim_keepsTheVerifiedEventsValuesAndFields() throws Exception {
      inbox.claim(event("inr-agentpay", "k1"), LEASE);
      try (Connection c = first.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT event_type, merchant_order_no, provider_order_no, status, raw_status, "
              + "fields, claims FROM paysdk_webhook_inbox")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("PAYOUT_STATUS");
        assertThat(rs.getString(2)).isEqualTo("PO-1");
        assertThat(rs.getString(3)).isEqualTo("Le1");
        assertThat(rs.getString(4)).isEqualTo("SUCCEEDED");
        assertThat(rs.getString(5)).isEqualTo("2");
        assertThat(rs.getString(6)).contains("\"mchOrderNo\":\"PO-1\"").contains("\"status\":\"2\"");
        assertThat(rs.getInt(7)).isEqualTo(1);
      }
    }

    @Test
    void purgeCompletedBefore_deletesOnlyHandledEventsOlderThanTheCutoff() {
      WebhookEvent old = event("inr-agentpay", "old");
      inbox.claim(old, LEASE);
      inbox.complete(old);
      clock.advance(java.time.Duration.ofDays(3));
      WebhookEvent recent = event("inr-agentpay", "recent");
      inbox.claim(recent, LEASE);
      inbox.complete(recent);
      WebhookEvent open = event("inr-agentpay", "open");
      inbox.claim(open, LEASE);
      assertThat(other.purgeCompletedBefore(clock.instant().minus(java.time.Duration.ofDays(1)))).isEqualTo(1);
      assertThat(other.state("inr-agentpay", "old")).isNull();
      assertThat(other.state("inr-agentpay", "recent")).isEqualTo("DONE");
      assertThat(other.state("inr-agentpay", "open")).isEqualTo("CLAIMED");
    }
  }

  @Nested
  class H2 extends OnJdbc {
    @Override
    String newUrl() {
      return "jdbc:h2:mem:inbox_contract_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    DataSource pool(String url) {
      return TestDatabases.h2Pool(url);
    }
  }

  @Nested
  class PostgreSql extends OnJdbc {
    @Override
    String newUrl() {
      return TestDatabases.newPostgresDatabaseUrl();
    }

    @Override
    DataSource pool(String url) {
      return TestDatabases.postgresPool(url);
    }
  }
}
