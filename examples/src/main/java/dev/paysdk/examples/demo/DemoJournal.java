package dev.paysdk.examples.demo;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.durable.DurablePayouts;
import dev.paysdk.core.durable.JournalEntry;
import dev.paysdk.core.durable.JournalKey;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.store.jdbc.JdbcStore;
import java.nio.file.Path;

/**
 * The demo's payout journal, when {@code PAYSDK_DEMO_JOURNAL} names a directory: an embedded H2
 * database there, every payout sent through {@link DurablePayouts} (journal first, then the gateway),
 * and the final webhook recorded in it.
 */
final class DemoJournal implements AutoCloseable {
  private final Path directory;
  private final JdbcStore store;

  DemoJournal(Path directory) {
    this.directory = directory;
    this.store = JdbcStore.embedded(directory);
  }

  Path directory() {
    return directory;
  }

  /** {@code client}'s payouts, journaled. */
  Payouts wrap(PaymentClient client) {
    return DurablePayouts.builder().client(client).journal(store.payoutJournal()).build();
  }

  /** Records a verified webhook's payout status in the journal. */
  void record(PaymentClient client, WebhookEvent event) {
    DurablePayouts.builder().client(client).journal(store.payoutJournal()).build().recordWebhook(event);
  }

  /** {@code SUCCEEDED (raw 2), gateway order Le..., in /path}. */
  String describe(String providerId, String merchantOrderNo) {
    return store.payoutJournal().find(new JournalKey(providerId, merchantOrderNo))
        .map(DemoJournal::describe).orElse("no entry") + ", in " + directory;
  }

  private static String describe(JournalEntry e) {
    return e.state() + (e.rawStatus() == null ? "" : " (raw " + e.rawStatus() + ")")
        + (e.providerOrderNo() == null ? "" : ", gateway order " + e.providerOrderNo());
  }

  @Override
  public void close() {
    store.close();
  }
}
