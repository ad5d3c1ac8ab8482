package dev.paysdk.store.jdbc;

import dev.paysdk.core.durable.StoreUnavailableException;
import dev.paysdk.core.error.ErrorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The store's versioned schema. Each version is one idempotent SQL script per dialect, shipped in
 * the jar at {@code dev/paysdk/store/jdbc/schema/<postgresql|h2>/V<n>__<description>.sql} (names a
 * Flyway location accepts); each script records its version in {@code paysdk_schema_version}.
 * {@link JdbcStore} applies the missing ones on start, or, when the merchant applies the scripts with
 * their own tool, checks that the schema is recent enough.
 *
 * <p>On PostgreSQL the scripts run in one transaction under an advisory lock, so instances starting
 * together apply each version once.
 */
public final class SchemaMigrations {
  /** The schema version this build of the store needs. */
  public static final int LATEST = 1;

  private static final List<String> SCRIPTS = List.of("V1__payout_journal_and_webhook_inbox.sql");
  private static final long ADVISORY_LOCK = 0x70617973646BL; // "paysdk"
  private static final ErrorContext CONTEXT = ErrorContext.of("paysdk-store", "schema.migrate");
  private static final Object H2_LOCK = new Object();

  private SchemaMigrations() {}

  /** The names of the scripts, oldest first (version n is element n-1). */
  public static List<String> scriptNames() {
    return SCRIPTS;
  }

  /**
   * The text of version {@code version}'s script for {@code dialect}, as shipped in the jar.
   *
   * @throws IllegalArgumentException for a version that does not exist
   */
  public static String script(JdbcDialect dialect, int version) {
    if (version < 1 || version > SCRIPTS.size()) {
      throw new IllegalArgumentException("no schema version " + version + "; the latest is " + LATEST);
    }
    String path = "schema/" + dialect.folder() + "/" + SCRIPTS.get(version - 1);
    try (InputStream in = SchemaMigrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("schema script missing from the jar: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Applies every version above the database's current one.
   *
   * @return the schema version now in place
   * @throws StoreUnavailableException when the database cannot answer or a script fails
   */
  public static int apply(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource == null");
    JdbcDialect dialect = dialect(dataSource);
    if (dialect == JdbcDialect.H2) {
      synchronized (H2_LOCK) {
        return Sql.autoCommit(dataSource, CONTEXT, c -> applyMissing(c, dialect));
      }
    }
    return Sql.transaction(dataSource, CONTEXT, c -> {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
      }
      return applyMissing(c, dialect);
    });
  }

  /**
   * The schema version in place: 0 when the store's tables do not exist.
   *
   * @throws StoreUnavailableException when the database cannot answer
   */
  public static int currentVersion(DataSource dataSource) {
    return Sql.autoCommit(dataSource, CONTEXT, SchemaMigrations::currentVersion);
  }

  static JdbcDialect dialect(DataSource dataSource) {
    return Sql.autoCommit(dataSource, CONTEXT, JdbcDialect::of);
  }

  private static int applyMissing(Connection c, JdbcDialect dialect) throws SQLException {
    int current = currentVersion(c);
    for (int v = current + 1; v <= LATEST; v++) {
      try (Statement s = c.createStatement()) {
        for (String statement : statements(script(dialect, v))) {
          s.execute(statement);
        }
      }
    }
    return currentVersion(c);
  }

  private static int currentVersion(Connection c) throws SQLException {
    boolean exists;
    try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      exists = false;
      while (rs.next()) {
        if ("paysdk_schema_version".equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
          exists = true;
          break;
        }
      }
    }
    if (!exists) {
      return 0;
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM paysdk_schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** The statements of a script: split at each {@code ;} that ends a line; comment lines dropped. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (t.endsWith(";")) {
        String stmt = current.toString().strip();
        out.add(stmt.substring(0, stmt.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
