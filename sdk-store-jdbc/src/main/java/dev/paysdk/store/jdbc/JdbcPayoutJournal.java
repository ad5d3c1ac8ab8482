package dev.paysdk.store.jdbc;

import static dev.paysdk.store.jdbc.Sql.cut;
import static dev.paysdk.store.jdbc.Sql.getTime;
import static dev.paysdk.store.jdbc.Sql.setInt;
import static dev.paysdk.store.jdbc.Sql.setText;
import static dev.paysdk.store.jdbc.Sql.setTime;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.durable.JournalEntry;
import dev.paysdk.core.durable.JournalKey;
import dev.paysdk.core.durable.JournalLease;
import dev.paysdk.core.durable.JournalState;
import dev.paysdk.core.durable.JournalUpdate;
import dev.paysdk.core.durable.PayoutIntent;
import dev.paysdk.core.durable.PayoutJournal;
import dev.paysdk.core.durable.RecordedRefusal;
import dev.paysdk.core.error.ErrorContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The {@link PayoutJournal} on a database (table {@code paysdk_payout_journal}), shared by every
 * instance using the same database. Plain JDBC: each call is one short auto-commit statement, or one
 * short transaction for {@link #acquireDue} ({@code SELECT ... FOR UPDATE SKIP LOCKED}, so concurrent
 * workers take different entries without waiting). Get it from {@link JdbcStore#payoutJournal()}.
 * Every failure of the database is a {@link dev.paysdk.core.durable.StoreUnavailableException}.
 * Thread-safe.
 */
public final class JdbcPayoutJournal implements PayoutJournal {
  private static final String TABLE = "paysdk_payout_journal";
  private static final String COLUMNS = "provider_id, merchant_order_no, state, amount, currency, provider_order_no, "
      + "payout_status, raw_status, failure_reason, fee, fee_currency, refusal_kind, refusal_code, refusal_message, "
      + "refusal_http_status, detail, attempts, created_at, updated_at, next_attempt_at, lease_owner, lease_until";
  private static final String FINAL_STATES = Set.of(JournalState.values()).stream().filter(JournalState::isFinal)
      .map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", "));
  private static final String RECOVERABLE_STATES = Set.of(JournalState.values()).stream()
      .filter(JournalState::isRecoverable).map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", "));

  private final DataSource dataSource;

  JdbcPayoutJournal(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Begin begin(PayoutIntent intent, JournalLease lease) {
    Objects.requireNonNull(intent, "intent == null");
    Objects.requireNonNull(lease, "lease == null");
    JournalEntry created = JournalEntry.inFlight(intent, lease);
    return Sql.autoCommit(dataSource, context("journal.begin", intent.key()), c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES ("
          + Sql.placeholders(22) + ")")) {
        bindAll(ps, created);
        ps.executeUpdate();
        return new Begin(true, created);
      } catch (SQLException e) {
        if (!Sql.isUniqueViolation(e)) {
          throw e;
        }
      }
      Optional<JournalEntry> existing = select(c, intent.key());
      if (existing.isEmpty()) {
        throw new SQLException("journal entry " + intent.key() + " both exists and does not", "40001");
      }
      return new Begin(false, existing.get());
    });
  }

  @Override
  public Optional<JournalEntry> acquire(JournalKey key, Set<JournalState> states, JournalLease lease, Instant now) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(lease, "lease == null");
    if (states.isEmpty()) {
      return Optional.empty();
    }
    return Sql.autoCommit(dataSource, context("journal.acquire", key), c -> {
      String sql = "UPDATE " + TABLE + " SET lease_owner = ?, lease_until = ? WHERE provider_id = ? AND "
          + "merchant_order_no = ? AND state IN (" + Sql.placeholders(states.size()) + ") AND (lease_owner IS NULL "
          + "OR lease_until IS NULL OR lease_until <= ? OR lease_owner = ?)";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        ps.setString(i++, lease.owner());
        setTime(ps, i++, lease.until());
        ps.setString(i++, key.providerId());
        ps.setString(i++, key.merchantOrderNo());
        for (JournalState s : states) {
          ps.setString(i++, s.name());
        }
        setTime(ps, i++, now);
        ps.setString(i, lease.owner());
        if (ps.executeUpdate() != 1) {
          return Optional.empty();
        }
      }
      return select(c, key);
    });
  }

  @Override
  public List<JournalEntry> acquireDue(Set<String> providerIds, JournalLease lease, Instant now, int limit) {
    Objects.requireNonNull(lease, "lease == null");
    if (providerIds.isEmpty() || limit < 1) {
      return List.of();
    }
    return Sql.transaction(dataSource, ErrorContext.of("paysdk-store", "journal.acquireDue"), c -> {
      List<JournalKey> keys = new ArrayList<>();
      String pick = "SELECT provider_id, merchant_order_no FROM " + TABLE + " WHERE state IN (" + RECOVERABLE_STATES
          + ") AND provider_id IN (" + Sql.placeholders(providerIds.size()) + ") AND next_attempt_at <= ? AND "
          + "(lease_owner IS NULL OR lease_until IS NULL OR lease_until <= ?) ORDER BY next_attempt_at LIMIT ? "
          + "FOR UPDATE SKIP LOCKED";
      try (PreparedStatement ps = c.prepareStatement(pick)) {
        int i = 1;
        for (String p : providerIds) {
          ps.setString(i++, p);
        }
        setTime(ps, i++, now);
        setTime(ps, i++, now);
        ps.setInt(i, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            keys.add(new JournalKey(rs.getString(1), rs.getString(2)));
          }
        }
      }
      List<JournalEntry> taken = new ArrayList<>(keys.size());
      String take = "UPDATE " + TABLE + " SET lease_owner = ?, lease_until = ? WHERE provider_id = ? AND "
          + "merchant_order_no = ? AND (lease_owner IS NULL OR lease_until IS NULL OR lease_until <= ?)";
      for (JournalKey key : keys) {
        try (PreparedStatement ps = c.prepareStatement(take)) {
          ps.setString(1, lease.owner());
          setTime(ps, 2, lease.until());
          ps.setString(3, key.providerId());
          ps.setString(4, key.merchantOrderNo());
          setTime(ps, 5, now);
          if (ps.executeUpdate() == 1) {
            select(c, key).ifPresent(taken::add);
          }
        }
      }
      return taken;
    });
  }

  @Override
  public Optional<JournalEntry> record(JournalKey key, String owner, JournalUpdate u) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(u, "update == null");
    boolean release = u.state().isFinal() || (owner != null && u.releaseLease());
    String sql = "UPDATE " + TABLE + " SET state = ?, updated_at = ?, provider_order_no = COALESCE(?, provider_order_no), "
        + "payout_status = COALESCE(?, payout_status), raw_status = COALESCE(?, raw_status), "
        + "failure_reason = COALESCE(?, failure_reason), fee = COALESCE(?, fee), fee_currency = COALESCE(?, fee_currency), "
        + "refusal_kind = COALESCE(?, refusal_kind), refusal_code = COALESCE(?, refusal_code), "
        + "refusal_message = COALESCE(?, refusal_message), refusal_http_status = COALESCE(?, refusal_http_status), "
        + "detail = COALESCE(?, detail), attempts = COALESCE(?, attempts), next_attempt_at = COALESCE(?, next_attempt_at)"
        + (release ? ", lease_owner = NULL, lease_until = NULL" : "")
        + " WHERE provider_id = ? AND merchant_order_no = ? AND state NOT IN (" + FINAL_STATES + ")"
        + (owner != null ? " AND lease_owner = ?" : "");
    return Sql.autoCommit(dataSource, context("journal.record", key), c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        ps.setString(i++, u.state().name());
        setTime(ps, i++, u.at());
        setText(ps, i++, cut(u.providerOrderNo(), 128));
        setText(ps, i++, u.payoutStatus() == null ? null : u.payoutStatus().name());
        setText(ps, i++, cut(u.rawStatus(), 64));
        setText(ps, i++, cut(u.failureReason(), 1000));
        setText(ps, i++, u.fee() == null ? null : u.fee().amount().toPlainString());
        setText(ps, i++, u.fee() == null ? null : u.fee().currency());
        RecordedRefusal r = u.refusal();
        setText(ps, i++, r == null ? null : r.kind());
        setText(ps, i++, r == null ? null : cut(r.providerCode(), 128));
        setText(ps, i++, r == null ? null : cut(r.providerMessage(), 1000));
        setInt(ps, i++, r == null ? null : r.httpStatus());
        setText(ps, i++, cut(u.detail(), 1000));
        setInt(ps, i++, u.attempts());
        setTime(ps, i++, u.nextAttemptAt());
        ps.setString(i++, key.providerId());
        ps.setString(i++, key.merchantOrderNo());
        if (owner != null) {
          ps.setString(i, owner);
        }
        if (ps.executeUpdate() != 1) {
          return Optional.empty();
        }
      }
      return select(c, key);
    });
  }

  @Override
  public boolean remove(JournalKey key, String owner) {
    Objects.requireNonNull(key, "key == null");
    if (owner == null) {
      return false;
    }
    return Sql.autoCommit(dataSource, context("journal.remove", key), c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE + " WHERE provider_id = ? AND "
          + "merchant_order_no = ? AND state = 'IN_FLIGHT' AND lease_owner = ?")) {
        ps.setString(1, key.providerId());
        ps.setString(2, key.merchantOrderNo());
        ps.setString(3, owner);
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public Optional<JournalEntry> find(JournalKey key) {
    Objects.requireNonNull(key, "key == null");
    return Sql.autoCommit(dataSource, context("journal.find", key), c -> select(c, key));
  }

  @Override
  public List<JournalEntry> findByState(JournalState state, int limit) {
    Objects.requireNonNull(state, "state == null");
    return Sql.autoCommit(dataSource, ErrorContext.of("paysdk-store", "journal.findByState"), c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
          + " WHERE state = ? ORDER BY created_at LIMIT ?")) {
        ps.setString(1, state.name());
        ps.setInt(2, Math.max(0, limit));
        return readAll(ps);
      }
    });
  }

  /** Every entry, oldest first: for tests and tools over small journals. */
  public List<JournalEntry> findAll() {
    return Sql.autoCommit(dataSource, ErrorContext.of("paysdk-store", "journal.findAll"), c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
          + " ORDER BY created_at, merchant_order_no")) {
        return readAll(ps);
      }
    });
  }

  private static Optional<JournalEntry> select(Connection c, JournalKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
        + " WHERE provider_id = ? AND merchant_order_no = ?")) {
      ps.setString(1, key.providerId());
      ps.setString(2, key.merchantOrderNo());
      List<JournalEntry> all = readAll(ps);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
  }

  private static List<JournalEntry> readAll(PreparedStatement ps) throws SQLException {
    List<JournalEntry> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs));
      }
    }
    return out;
  }

  private static JournalEntry read(ResultSet rs) throws SQLException {
    String refusalKind = rs.getString("refusal_kind");
    int httpStatus = rs.getInt("refusal_http_status");
    RecordedRefusal refusal = refusalKind == null ? null
        : new RecordedRefusal(refusalKind, rs.getString("refusal_code"), rs.getString("refusal_message"), httpStatus);
    String payoutStatus = rs.getString("payout_status");
    return new JournalEntry(new JournalKey(rs.getString("provider_id"), rs.getString("merchant_order_no")),
        JournalState.valueOf(rs.getString("state")), money(rs.getString("amount"), rs.getString("currency")),
        rs.getString("provider_order_no"), payoutStatus == null ? null : PayoutStatus.valueOf(payoutStatus),
        rs.getString("raw_status"), rs.getString("failure_reason"),
        money(rs.getString("fee"), rs.getString("fee_currency")), refusal, rs.getString("detail"),
        rs.getInt("attempts"), getTime(rs, "created_at"), getTime(rs, "updated_at"), getTime(rs, "next_attempt_at"),
        rs.getString("lease_owner"), getTime(rs, "lease_until"));
  }

  private static Money money(String amount, String currency) {
    return amount == null || currency == null ? null : Money.reported(new BigDecimal(amount), currency);
  }

  private static void bindAll(PreparedStatement ps, JournalEntry e) throws SQLException {
    int i = 1;
    ps.setString(i++, e.key().providerId());
    ps.setString(i++, e.key().merchantOrderNo());
    ps.setString(i++, e.state().name());
    setText(ps, i++, e.amount() == null ? null : e.amount().amount().toPlainString());
    setText(ps, i++, e.amount() == null ? null : e.amount().currency());
    setText(ps, i++, e.providerOrderNo());
    setText(ps, i++, e.payoutStatus() == null ? null : e.payoutStatus().name());
    setText(ps, i++, e.rawStatus());
    setText(ps, i++, e.failureReason());
    setText(ps, i++, e.fee() == null ? null : e.fee().amount().toPlainString());
    setText(ps, i++, e.fee() == null ? null : e.fee().currency());
    setText(ps, i++, null);
    setText(ps, i++, null);
    setText(ps, i++, null);
    setInt(ps, i++, null);
    setText(ps, i++, cut(e.detail(), 1000));
    ps.setInt(i++, e.attempts());
    setTime(ps, i++, e.createdAt());
    setTime(ps, i++, e.updatedAt());
    setTime(ps, i++, e.nextAttemptAt());
    setText(ps, i++, e.leaseOwner());
    setTime(ps, i, e.leaseUntil());
  }

  private static ErrorContext context(String operation, JournalKey key) {
    return ErrorContext.of(key.providerId(), operation, key.merchantOrderNo());
  }
}
