package dev.paysdk.store.jdbc;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The payout journal and the webhook inbox on one database, with its schema in place.
 *
 * <pre>{@code
 * // several instances: your PostgreSQL DataSource (a pool such as HikariCP)
 * JdbcStore store = JdbcStore.builder(dataSource).build();      // applies the schema on start
 * // one instance, nothing to run: an embedded H2 database in a directory
 * JdbcStore store = JdbcStore.embedded(Path.of("var/paysdk"));
 *
 * DurablePayouts payouts = DurablePayouts.builder().client(agentPay).journal(store.payoutJournal()).build();
 * InboxWebhookProcessor webhooks = InboxWebhookProcessor.of(store.webhookInbox());
 * }</pre>
 *
 * <p>Databases: PostgreSQL (the target for several instances: row leases with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}) and H2 2.x (embedded, one process; it survives the
 * process being killed, but not the loss of the machine's disk cache on power loss, as it does not
 * force each commit to disk). Thread-safe. {@link #close()} closes only a pool the store created
 * ({@link #embedded}); a {@code DataSource} given to the builder stays its owner's.
 */
public final class JdbcStore implements AutoCloseable {
  private final DataSource dataSource;
  private final JdbcDialect dialect;
  private final JdbcPayoutJournal journal;
  private final JdbcWebhookInbox inbox;
  private final AutoCloseable owned;

  private JdbcStore(Builder b, DataSource dataSource, AutoCloseable owned) {
    this.dataSource = dataSource;
    this.owned = owned;
    if (b.migrate) {
      SchemaMigrations.apply(dataSource);
    } else {
      int version = SchemaMigrations.currentVersion(dataSource);
      if (version < SchemaMigrations.LATEST) {
        throw new IllegalStateException("the database's PaySDK schema is at version " + version + ", this store needs "
            + SchemaMigrations.LATEST + ": apply the scripts " + SchemaMigrations.scriptNames()
            + " from dev/paysdk/store/jdbc/schema/ in sdk-store-jdbc's jar, or build the store with migrate(true)");
      }
    }
    this.dialect = SchemaMigrations.dialect(dataSource);
    String instanceId = b.instanceId != null ? b.instanceId : UUID.randomUUID().toString();
    this.journal = new JdbcPayoutJournal(dataSource);
    this.inbox = new JdbcWebhookInbox(dataSource, b.clock, instanceId);
  }

  /** A builder over {@code dataSource} (PostgreSQL or H2). */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource == null"));
  }

  /**
   * A store on an embedded H2 database in {@code directory} (created when missing; file
   * {@code paysdk.mv.db}), with its own small pool and the schema applied. One process at a time may
   * open it. Close the store to close the database.
   *
   * @throws dev.paysdk.core.durable.StoreUnavailableException when the database cannot be opened
   *     (for example, another process has it open)
   */
  public static JdbcStore embedded(Path directory) {
    Objects.requireNonNull(directory, "directory == null");
    return embeddedBuilder(directory).build();
  }

  /** A builder of {@link #embedded(Path)}, for its options (clock, instance id). */
  public static Builder embeddedBuilder(Path directory) {
    Objects.requireNonNull(directory, "directory == null");
    return new Builder(directory.toAbsolutePath().resolve("paysdk"));
  }

  /**
   * The JDBC URL of the embedded database in {@code directory}. {@code WRITE_DELAY=0} writes each
   * commit to the file at once, so a killed process loses nothing it committed.
   */
  public static String embeddedUrl(Path directory) {
    return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("paysdk") + ";WRITE_DELAY=0";
  }

  /** The payout journal (for {@code DurablePayouts} and {@code PayoutRecoveryWorker}). */
  public JdbcPayoutJournal payoutJournal() {
    return journal;
  }

  /** The webhook inbox (for {@code InboxWebhookProcessor}). */
  public JdbcWebhookInbox webhookInbox() {
    return inbox;
  }

  /** The database's dialect. */
  public JdbcDialect dialect() {
    return dialect;
  }

  /** The data source the store uses. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Closes the pool of an {@link #embedded} store; a data source given to the builder is left open. */
  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new IllegalStateException("the embedded database did not close cleanly", e);
      }
    }
  }

  /** Builder of a {@link JdbcStore}. */
  public static final class Builder {
    private final DataSource dataSource;
    private final Path embeddedFile;
    private boolean migrate = true;
    private Clock clock = Clock.systemUTC();
    private String instanceId;
    private int maxConnections = 10;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
      this.embeddedFile = null;
    }

    private Builder(Path embeddedFile) {
      this.dataSource = null;
      this.embeddedFile = embeddedFile;
    }

    /**
     * Whether to apply the missing schema versions on start. Default true. With false, the merchant
     * applies the shipped SQL scripts with their own tool, and the store checks the version on start.
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /** Clock of the inbox's claim leases. Default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Names this instance in inbox claim owners. Default a random UUID. */
    public Builder instanceId(String instanceId) {
      this.instanceId = Objects.requireNonNull(instanceId, "instanceId == null");
      return this;
    }

    /** Size of the embedded database's pool. Default 10; ignored for a given data source. */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be >= 1: " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * The store, with its schema applied (or checked).
     *
     * @throws dev.paysdk.core.durable.StoreUnavailableException when the database cannot answer
     * @throws IllegalStateException when the schema is missing or older and {@code migrate(false)} was
     *     chosen, or the database is neither PostgreSQL nor H2
     */
    public JdbcStore build() {
      if (dataSource != null) {
        return new JdbcStore(this, dataSource, null);
      }
      JdbcConnectionPool pool = JdbcConnectionPool.create(embeddedUrl(embeddedFile.getParent()), "sa", "");
      pool.setMaxConnections(maxConnections);
      try {
        return new JdbcStore(this, pool, pool::dispose);
      } catch (RuntimeException e) {
        pool.dispose();
        throw e;
      }
    }
  }
}
