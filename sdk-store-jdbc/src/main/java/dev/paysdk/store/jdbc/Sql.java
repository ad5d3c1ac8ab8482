package dev.paysdk.store.jdbc;

import dev.paysdk.core.durable.StoreUnavailableException;
import dev.paysdk.core.error.ErrorContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** JDBC plumbing shared by the journal and the inbox. */
final class Sql {
  private Sql() {}

  /** Work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} on a connection in auto-commit mode.
   *
   * @throws StoreUnavailableException for any {@link SQLException}
   */
  static <T> T autoCommit(DataSource ds, ErrorContext context, Work<T> work) {
    try (Connection c = ds.getConnection()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return work.run(c);
    } catch (SQLException e) {
      throw unavailable(context, e);
    }
  }

  /**
   * Runs {@code work} in one transaction, committed when it returns and rolled back when it throws.
   *
   * @throws StoreUnavailableException for any {@link SQLException}
   */
  static <T> T transaction(DataSource ds, ErrorContext context, Work<T> work) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      } finally {
        try {
          c.setAutoCommit(true);
        } catch (SQLException ignored) {
          // the pool discards a broken connection
        }
      }
    } catch (SQLException e) {
      throw unavailable(context, e);
    }
  }

  static StoreUnavailableException unavailable(ErrorContext context, SQLException e) {
    return new StoreUnavailableException(context, "the database could not answer (SQLState " + e.getSQLState() + ": "
        + firstLine(e.getMessage()) + ")", e);
  }

  /** True for a primary key or unique constraint violation (SQLState 23505 on PostgreSQL and H2). */
  static boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
    }
  }

  static Instant getTime(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static void setText(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  /** {@code v} cut to {@code max} characters, for bounded text columns. */
  static String cut(String v, int max) {
    return v == null || v.length() <= max ? v : v.substring(0, max - 3) + "...";
  }

  /** {@code ?, ?, ?} for {@code n} parameters. */
  static String placeholders(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "?" : ", ?");
    }
    return sb.toString();
  }

  private static String firstLine(String m) {
    if (m == null) {
      return "no message";
    }
    int nl = m.indexOf('\n');
    return cut(nl < 0 ? m : m.substring(0, nl), 300);
  }
}
