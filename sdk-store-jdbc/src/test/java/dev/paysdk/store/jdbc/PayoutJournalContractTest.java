package dev.paysdk.store.jdbc;

import dev.paysdk.core.durable.InMemoryPayoutJournal;
import dev.paysdk.core.durable.PayoutJournal;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/** The journal contract against every implementation. */
class PayoutJournalContractTest {

  @Nested
  class InMemory extends PayoutJournalContract {
    @Override
    PayoutJournal newJournal() {
      return new InMemoryPayoutJournal();
    }

    @Override
    PayoutJournal sameStoreElsewhere() {
      return journal;
    }

    @Override
    void closeStore() {}
  }

  abstract static class OnJdbc extends PayoutJournalContract {
    private DataSource first;
    private DataSource second;
    private PayoutJournal other;

    abstract DataSource newDatabase();

    abstract DataSource secondPool(DataSource first);

    @Override
    PayoutJournal newJournal() {
      first = newDatabase();
      second = secondPool(first);
      other = JdbcStore.builder(second).build().payoutJournal();
      return JdbcStore.builder(first).build().payoutJournal();
    }

    @Override
    PayoutJournal sameStoreElsewhere() {
      return other;
    }

    @Override
    void closeStore() {
      TestDatabases.close(first);
      TestDatabases.close(second);
    }
  }

  @Nested
  class H2 extends OnJdbc {
    private String url;

    @Override
    DataSource newDatabase() {
      url = "jdbc:h2:mem:journal_contract_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
      return TestDatabases.h2Pool(url);
    }

    @Override
    DataSource secondPool(DataSource first) {
      return TestDatabases.h2Pool(url);
    }
  }

  @Nested
  class PostgreSql extends OnJdbc {
    private String url;

    @Override
    DataSource newDatabase() {
      url = TestDatabases.newPostgresDatabaseUrl();
      return TestDatabases.postgresPool(url);
    }

    @Override
    DataSource secondPool(DataSource first) {
      return TestDatabases.postgresPool(url);
    }
  }
}
