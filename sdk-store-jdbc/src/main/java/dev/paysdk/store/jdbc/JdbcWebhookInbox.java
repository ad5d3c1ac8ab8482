package dev.paysdk.store.jdbc;

import static dev.paysdk.store.jdbc.Sql.cut;
import static dev.paysdk.store.jdbc.Sql.setText;
import static dev.paysdk.store.jdbc.Sql.setTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.durable.WebhookInbox;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.webhook.WebhookEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The {@link WebhookInbox} on a database (table {@code paysdk_webhook_inbox}), shared by every
 * instance using the same database: for one provider and de-duplication key, the primary key lets
 * exactly one instance's claim insert the row. The verified event's values and signed fields are kept
 * in the row. Get it from {@link JdbcStore#webhookInbox()}. Every failure of the database is a
 * {@link dev.paysdk.core.durable.StoreUnavailableException}. Thread-safe.
 *
 * <p>A claim is fenced: {@link #release} frees the event only while this inbox's claim still holds it,
 * so a holder whose lease ran out cannot free the claim of the instance that took over.
 * {@link #complete} always records the event as handled.
 */
public final class JdbcWebhookInbox implements WebhookInbox {
  private static final String TABLE = "paysdk_webhook_inbox";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DataSource dataSource;
  private final Clock clock;
  private final String instanceId;
  private final AtomicLong claims = new AtomicLong();
  /** This instance's claims not yet completed or released, by event (a late holder's included). */
  private final Map<String, java.util.Set<String>> heldClaims = new ConcurrentHashMap<>();

  JdbcWebhookInbox(DataSource dataSource, Clock clock, String instanceId) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.instanceId = instanceId;
  }

  @Override
  public Claim claim(WebhookEvent event, Duration lease) {
    return claimFenced(event, lease).claim();
  }

  @Override
  public FencedClaim claimFenced(WebhookEvent event, Duration lease) {
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(lease, "lease == null");
    String owner = instanceId + "/" + claims.incrementAndGet();
    Claim claim = Sql.autoCommit(dataSource, context(event, "inbox.claim"), c -> {
      Instant now = clock.instant();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (provider_id, dedup_key, state, "
          + "event_type, merchant_order_no, provider_order_no, status, raw_status, fields, claim_owner, lease_until, "
          + "claims, first_seen_at) VALUES (?, ?, 'CLAIMED', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
        ps.setString(1, event.providerId());
        ps.setString(2, event.deduplicationKey());
        ps.setString(3, event.type().name());
        setText(ps, 4, cut(event.merchantOrderNo(), 128));
        setText(ps, 5, cut(event.providerOrderNo().orElse(null), 128));
        setText(ps, 6, status(event));
        setText(ps, 7, cut(event.rawStatus(), 64));
        setText(ps, 8, fields(event));
        ps.setString(9, owner);
        setTime(ps, 10, now.plus(lease));
        setTime(ps, 11, now);
        ps.executeUpdate();
        return Claim.FIRST;
      } catch (SQLException e) {
        if (!Sql.isUniqueViolation(e)) {
          throw e;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET state = 'CLAIMED', claim_owner = ?, "
          + "lease_until = ?, claims = claims + 1 WHERE provider_id = ? AND dedup_key = ? AND (state = 'RELEASED' OR "
          + "(state = 'CLAIMED' AND (lease_until IS NULL OR lease_until <= ?)))")) {
        ps.setString(1, owner);
        setTime(ps, 2, now.plus(lease));
        ps.setString(3, event.providerId());
        ps.setString(4, event.deduplicationKey());
        setTime(ps, 5, now);
        if (ps.executeUpdate() == 1) {
          return Claim.FIRST;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT state FROM " + TABLE
          + " WHERE provider_id = ? AND dedup_key = ?")) {
        ps.setString(1, event.providerId());
        ps.setString(2, event.deduplicationKey());
        try (ResultSet rs = ps.executeQuery()) {
          // a row released between the update and this read is in progress for this delivery: the gateway asks again
          return rs.next() && "DONE".equals(rs.getString(1)) ? Claim.DUPLICATE : Claim.IN_PROGRESS;
        }
      }
    });
    if (claim == Claim.FIRST) {
      heldClaims.computeIfAbsent(key(event), k -> ConcurrentHashMap.newKeySet()).add(owner);
      return new FencedClaim(claim, owner);
    }
    return new FencedClaim(claim, null);
  }

  @Override
  public void complete(WebhookEvent event) {
    Objects.requireNonNull(event, "event == null");
    heldClaims.remove(key(event));
    Sql.autoCommit(dataSource, context(event, "inbox.complete"), c -> {
      Instant now = clock.instant();
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET state = 'DONE', completed_at = ?, "
          + "claim_owner = NULL, lease_until = NULL WHERE provider_id = ? AND dedup_key = ? AND state <> 'DONE'")) {
        setTime(ps, 1, now);
        ps.setString(2, event.providerId());
        ps.setString(3, event.deduplicationKey());
        ps.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void complete(WebhookEvent event, String token) {
    complete(event); // handled is handled, whoever holds the claim now
  }

  /**
   * Releases this instance's claim of the event when it holds exactly one; with several (a lease
   * ran out and another delivery to this instance took over) it cannot tell which failed and
   * releases none: the lease frees the claim. {@link #release(WebhookEvent, String)} is exact.
   */
  @Override
  public void release(WebhookEvent event) {
    Objects.requireNonNull(event, "event == null");
    java.util.Set<String> held = heldClaims.get(key(event));
    if (held == null || held.size() != 1) {
      return;
    }
    release(event, held.iterator().next());
  }

  @Override
  public void release(WebhookEvent event, String token) {
    Objects.requireNonNull(event, "event == null");
    if (token == null) {
      release(event);
      return;
    }
    String owner = token;
    java.util.Set<String> held = heldClaims.get(key(event));
    if (held != null) {
      held.remove(owner);
      if (held.isEmpty()) {
        heldClaims.remove(key(event), held);
      }
    }
    Sql.autoCommit(dataSource, context(event, "inbox.release"), c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET state = 'RELEASED', claim_owner = NULL, "
          + "lease_until = NULL WHERE provider_id = ? AND dedup_key = ? AND state = 'CLAIMED' AND claim_owner = ?")) {
        ps.setString(1, event.providerId());
        ps.setString(2, event.deduplicationKey());
        ps.setString(3, owner);
        ps.executeUpdate();
      }
      return null;
    });
  }

  /**
   * Deletes handled events completed before {@code cutoff} (a gateway no longer delivers them
   * again after its retry schedule, typically hours). Returns how many were deleted.
   *
   * @throws dev.paysdk.core.durable.StoreUnavailableException when the database cannot answer
   */
  public int purgeCompletedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff == null");
    return Sql.autoCommit(dataSource, ErrorContext.of("paysdk-store", "inbox.purge"), c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE
          + " WHERE state = 'DONE' AND completed_at < ?")) {
        setTime(ps, 1, cutoff);
        return ps.executeUpdate();
      }
    });
  }

  /**
   * The stored state of an event: {@code CLAIMED}, {@code RELEASED} or {@code DONE}; null when unknown.
   *
   * @throws dev.paysdk.core.durable.StoreUnavailableException when the database cannot answer
   */
  public String state(String providerId, String deduplicationKey) {
    return Sql.autoCommit(dataSource, ErrorContext.of(providerId, "inbox.state"), c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT state FROM " + TABLE
          + " WHERE provider_id = ? AND dedup_key = ?")) {
        ps.setString(1, providerId);
        ps.setString(2, deduplicationKey);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    });
  }

  private static String status(WebhookEvent e) {
    return e.payoutStatus().map(Enum::name).orElseGet(() -> e.payInStatus().map(Enum::name).orElse(null));
  }

  private static String fields(WebhookEvent e) {
    try {
      return JSON.writeValueAsString(e.fields());
    } catch (JsonProcessingException x) {
      throw new IllegalStateException("webhook fields cannot be written as JSON", x);
    }
  }

  private static String key(WebhookEvent e) {
    return e.providerId() + "\n" + e.deduplicationKey();
  }

  private static ErrorContext context(WebhookEvent e, String operation) {
    return ErrorContext.of(e.providerId(), operation, e.merchantOrderNo());
  }
}
