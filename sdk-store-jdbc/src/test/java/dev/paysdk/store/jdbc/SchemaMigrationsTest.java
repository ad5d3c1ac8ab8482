package dev.paysdk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

  @Test
  void apply_onAnEmptyDatabase_installsTheLatestVersion_andAgainChangesNothing() {
    for (DataSource ds : new DataSource[] {TestDatabases.newH2(), TestDatabases.newPostgres()}) {
      try {
        assertThat(SchemaMigrations.currentVersion(ds)).isZero();
        assertThat(SchemaMigrations.apply(ds)).isEqualTo(SchemaMigrations.LATEST);
        assertThat(SchemaMigrations.apply(ds)).isEqualTo(SchemaMigrations.LATEST);
        assertThat(JdbcStore.builder(ds).migrate(false).build().payoutJournal().findAll()).isEmpty();
      } finally {
        TestDatabases.close(ds);
      }
    }
  }

  @Test
  void aStoreThatMayNotMigrate_onAnEmptyDatabase_refusesToStart_namingTheScriptsToApply() {
    DataSource ds = TestDatabases.newH2();
    try {
      assertThatThrownBy(() -> JdbcStore.builder(ds).migrate(false).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("version 0")
          .hasMessageContaining("V1__payout_journal_and_webhook_inbox.sql")
          .hasMessageContaining("migrate(true)");
    } finally {
      TestDatabases.close(ds);
    }
  }

  @Test
  void theShippedScripts_appliedByTheMerchantsOwnTool_giveASchemaTheStoreAccepts() throws Exception {
    DataSource[] both = {TestDatabases.newH2(), TestDatabases.newPostgres()};
    JdbcDialect[] dialects = {JdbcDialect.H2, JdbcDialect.POSTGRESQL};
    for (int i = 0; i < both.length; i++) {
      DataSource ds = both[i];
      try {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
          for (String statement : SchemaMigrations.statements(SchemaMigrations.script(dialects[i], 1))) {
            s.execute(statement);
          }
        }
        assertThat(SchemaMigrations.currentVersion(ds)).isEqualTo(1);
        assertThat(JdbcStore.builder(ds).migrate(false).build().dialect()).isEqualTo(dialects[i]);
      } finally {
        TestDatabases.close(ds);
      }
    }
  }

  @Test
  void statements_splitAScriptAtTheSemicolonsEndingLines_droppingComments() {
    assertThat(SchemaMigrations.statements("-- a comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n  ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i\n  ON a (x)");
  }
}
