package dev.paysdk.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The databases of the tests: one embedded PostgreSQL for the whole test JVM (its binaries come
 * from Maven Central as an artifact; it listens on 127.0.0.1 only), with a fresh database per
 * caller, and H2 in memory.
 */
final class TestDatabases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** The shared embedded PostgreSQL, started on first use and stopped when the JVM exits. */
  static synchronized EmbeddedPostgres postgresServer() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "200").setServerConfig("fsync", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is exiting
        }
      }));
    }
    return postgres;
  }

  /** The JDBC URL of a new, empty PostgreSQL database. */
  static String newPostgresDatabaseUrl() {
    String name = "paysdk_test_" + NEXT.incrementAndGet();
    EmbeddedPostgres pg = postgresServer();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + name + "?user=postgres";
  }

  /** A pooled data source on {@code url} (its own pool: each call is an independent client stack). */
  static JdbcConnectionPool postgresPool(String url) {
    PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
    ds.setURL(url);
    JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
    pool.setMaxConnections(20);
    return pool;
  }

  /** A pooled data source on a new PostgreSQL database. */
  static JdbcConnectionPool newPostgres() {
    return postgresPool(newPostgresDatabaseUrl());
  }

  /** A pooled data source on a new in-memory H2 database (kept until the JVM exits). */
  static JdbcConnectionPool newH2() {
    return h2Pool("jdbc:h2:mem:paysdk_test_" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
  }

  /** A pool of its own on an H2 database {@code url}. */
  static JdbcConnectionPool h2Pool(String url) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(20);
    return pool;
  }

  /** Closes a pool given by this class. */
  static void close(DataSource ds) {
    if (ds instanceof JdbcConnectionPool p) {
      p.dispose();
    }
  }
}
