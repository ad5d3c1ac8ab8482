package dev.paysdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.durable.InMemoryPayoutJournal;
import dev.paysdk.core.durable.InMemoryWebhookInbox;
import dev.paysdk.core.durable.PayoutJournal;
import dev.paysdk.core.durable.WebhookInbox;
import dev.paysdk.store.jdbc.JdbcPayoutJournal;
import dev.paysdk.store.jdbc.JdbcWebhookInbox;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.SimulatorExtension;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A DataSource makes the journal and the inbox durable; without one they are in memory. */
class DurableConfigurationTest {
  @RegisterExtension
  static final SimulatorExtension<AgentPaySimulator> AGENTPAY = SimulatorExtension.of(AgentPaySimulator::start);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PaySdkAutoConfiguration.class));

  private String[] agentPay() {
    AgentPaySimulator sim = AGENTPAY.get();
    return new String[] {"paysdk.inr-agentpay.base-url=" + sim.baseUrl(),
        "paysdk.inr-agentpay.merchant-id=" + sim.merchantId(), "paysdk.inr-agentpay.secret=" + sim.secretKey(),
        "paysdk.routing.routes[0].currency=INR", "paysdk.routing.routes[0].provider=inr-agentpay"};
  }

  private static DataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Test
  void withoutADataSource_theJournalAndInboxAreInMemory() {
    runner.withPropertyValues(agentPay()).run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx.getBean(PayoutJournal.class)).isInstanceOf(InMemoryPayoutJournal.class);
      assertThat(ctx.getBean(WebhookInbox.class)).isInstanceOf(InMemoryWebhookInbox.class);
    });
  }

  @Test
  void withADataSource_theJournalAndInboxLiveInTheDatabase_andAJournaledPayoutIsSentOnce() {
    runner.withPropertyValues(agentPay()).withBean(DataSource.class, () -> h2("durable-starter")).run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx.getBean(PayoutJournal.class)).isInstanceOf(JdbcPayoutJournal.class);
      assertThat(ctx.getBean(WebhookInbox.class)).isInstanceOf(JdbcWebhookInbox.class);
      PaySdkDurablePayouts payouts = ctx.getBean(PaySdkDurablePayouts.class);
      PayoutRequest request = PayoutRequest.builder().merchantOrderNo("DUR-1").amount(Money.of("100", "INR"))
          .payee(Payee.builder().name("Rahul Verma").phone("9876543210").build())
          .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
          .notifyUrl("https://merchant.example/webhooks/inr-agentpay").build();
      int before = AGENTPAY.get().payoutCount();
      payouts.create(request);
      payouts.create(request);
      assertThat(AGENTPAY.get().payoutCount() - before).as("sent once, though created twice").isEqualTo(1);
      assertThat(payouts.forProvider("inr-agentpay").orElseThrow().entry("DUR-1")).isPresent();
    });
  }

  @Test
  void theDatabaseCanBeTurnedOff_forTheInMemoryStores() {
    runner.withPropertyValues(agentPay()).withPropertyValues("paysdk.durable.jdbc.enabled=false")
        .withBean(DataSource.class, () -> h2("durable-off")).run(ctx ->
            assertThat(ctx.getBean(PayoutJournal.class)).isInstanceOf(InMemoryPayoutJournal.class));
  }
}
