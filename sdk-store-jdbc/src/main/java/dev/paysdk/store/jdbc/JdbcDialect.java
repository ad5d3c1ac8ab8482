package dev.paysdk.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the JDBC store supports, each with its own schema scripts. */
public enum JdbcDialect {
  /** PostgreSQL 12 or later: the target for several instances sharing one database. */
  POSTGRESQL("postgresql"),
  /** H2 2.x, embedded: the single-instance default ({@link JdbcStore#embedded}). */
  H2("h2");

  private final String folder;

  JdbcDialect(String folder) {
    this.folder = folder;
  }

  /** The folder of this dialect's scripts under {@code dev/paysdk/store/jdbc/schema/} in the jar. */
  public String folder() {
    return folder;
  }

  /**
   * The dialect of the database {@code connection} talks to.
   *
   * @throws IllegalStateException for a database the store does not support
   * @throws SQLException when the connection cannot tell
   */
  public static JdbcDialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (p.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (p.equals("h2")) {
      return H2;
    }
    throw new IllegalStateException("PaySDK's JDBC store supports PostgreSQL and H2, not " + product);
  }
}
