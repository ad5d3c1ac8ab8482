package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Checks one gateway the way a payment would reach it, independent of the Boot line's health API:
 *
 * <ol>
 *   <li>a balance query (or, for a gateway without one, a payout query of an order that does not
 *       exist, which the gateway must answer "not found"): the gateway is reachable and accepts the
 *       credentials and the request signature;
 *   <li>when {@code paysdk.<id>.health.probe-order} names an existing order: its query, whose answer
 *       the gateway signs, must verify with the configured keys (Hexpay's platform public key or
 *       app secret).
 * </ol>
 *
 * The result is reused for {@code paysdk.health.cache-time-to-live}, so that health probes do not
 * load the gateway. Details hold no amount and no secret. Thread-safe.
 */
final class GatewayHealthCheck {
  /** A check's result. */
  record Result(boolean up, Map<String, Object> details) {}

  private final PaymentClient client;
  private final String probeOrder;
  private final Duration ttl;
  private final Clock clock;
  private volatile Instant checkedAt;
  private volatile Result last;

  GatewayHealthCheck(PaymentClient client, String probeOrder, Duration ttl, Clock clock) {
    this.client = client;
    this.probeOrder = probeOrder;
    this.ttl = ttl;
    this.clock = clock;
  }

  Result check() {
    Instant now = clock.instant();
    Result cached = last;
    if (cached != null && checkedAt != null && now.isBefore(checkedAt.plus(ttl))) {
      return cached;
    }
    Result fresh = run();
    last = fresh;
    checkedAt = now;
    return fresh;
  }

  private Result run() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("provider", client.providerId());
    long start = System.nanoTime();
    try {
      if (client.supports(Capability.BALANCES)) {
        details.put("check", "balance.query");
        details.put("currencies", client.balances().list().size());
      } else if (client.supports(Capability.PAYOUTS)) {
        details.put("check", "payout.query of an order that does not exist");
        try {
          client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("HEALTH" + UUID.randomUUID().toString()
              .replace("-", "").substring(0, 20)));
        } catch (OrderNotFoundException expected) {
          details.put("answer", "not found, as expected");
        }
      } else {
        details.put("check", "none: the gateway has no read to check");
      }
      if (probeOrder != null) {
        details.put("signedAnswer", "verified");
        if (client.supports(Capability.PAYINS)) {
          client.payIns().retrieve(PayInLookup.byMerchantOrderNo(probeOrder));
        } else {
          client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(probeOrder));
        }
      }
    } catch (PaymentException e) {
      details.remove("signedAnswer");
      details.put("reason", reason(e));
      details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      details.put("durationMs", (System.nanoTime() - start) / 1_000_000);
      return new Result(false, details);
    }
    details.put("durationMs", (System.nanoTime() - start) / 1_000_000);
    return new Result(true, details);
  }

  private static String reason(PaymentException e) {
    if (e instanceof AuthenticationException) {
      return "the gateway refused the credentials";
    }
    if (e instanceof SignatureVerificationException) {
      return "a signed answer did not verify with the configured keys";
    }
    if (e instanceof OrderNotFoundException) {
      return "the probe order does not exist";
    }
    if (e instanceof ProviderException) {
      return "the gateway refused the check";
    }
    if (e instanceof TransportException) {
      return "the gateway could not be reached";
    }
    return "the check failed";
  }
}
