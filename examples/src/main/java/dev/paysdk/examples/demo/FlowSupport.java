package dev.paysdk.examples.demo;

import dev.paysdk.core.Payout;
import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/** What the gateway flows share: order numbers, waiting for webhooks, and report lines. */
final class FlowSupport {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private FlowSupport() {}

  /** A fresh merchant order number: prefix, date-time and random digits. */
  static String orderNo(String prefix) {
    return prefix + LocalDateTime.now().format(STAMP) + ThreadLocalRandom.current().nextInt(1000, 10000);
  }

  /** How long to wait for a webhook: short against a simulator, longer against a sandbox. */
  static Duration webhookTimeout(DemoSettings settings, String gateway) {
    long seconds = settings.get("PAYSDK_DEMO_WEBHOOK_TIMEOUT_SECONDS").map(Long::parseLong)
        .orElse(settings.isRemote(gateway) ? 300L : 20L);
    return Duration.ofSeconds(seconds);
  }

  /**
   * Waits for a verified webhook about {@code merchantOrderNo} that {@code isFinal} accepts, and
   * reports every webhook of that order seen on the way (verified or rejected).
   */
  static Optional<WebhookEvent> awaitFinalWebhook(WebhookEndpoint endpoint, Report report, String gateway,
      String merchantOrderNo, Predicate<WebhookEvent> isFinal, Duration timeout) throws InterruptedException {
    Optional<WebhookEndpoint.Received> got = endpoint.await(gateway,
        r -> r.verified() && merchantOrderNo.equals(r.event().merchantOrderNo()) && isFinal.test(r.event()), timeout);
    for (WebhookEndpoint.Received r : endpoint.received()) {
      if (!r.gateway().equals(gateway)) {
        continue;
      }
      if (!r.verified()) {
        report.step("webhook", "REJECTED, not acknowledged: " + r.error());
      } else if (merchantOrderNo.equals(r.event().merchantOrderNo())) {
        WebhookEvent e = r.event();
        report.step("webhook", "signature verified; " + status(e) + "; de-duplication key " + e.deduplicationKey());
      }
    }
    if (got.isEmpty()) {
      report.fail("no verified final webhook for " + merchantOrderNo + " within " + timeout.toSeconds() + " s");
    }
    return got.map(WebhookEndpoint.Received::event);
  }

  /** {@code SUCCEEDED (raw 2)}. */
  static String status(WebhookEvent e) {
    Object s = e.payoutStatus().isPresent() ? e.payoutStatus().get() : e.payInStatus().orElse(null);
    return s + " (raw " + e.rawStatus() + ")";
  }

  /** {@code SUCCEEDED (raw 2), fee 12.00 INR}. */
  static String status(Payout p) {
    StringBuilder sb = new StringBuilder().append(p.status()).append(" (raw ").append(p.rawStatus()).append(')');
    p.providerOrderNo().ifPresent(n -> sb.append(", gateway order ").append(n));
    p.fee().ifPresent(f -> sb.append(", fee ").append(f));
    p.failureReason().ifPresent(r -> sb.append(", reason: ").append(r));
    return sb.toString();
  }

  /** Fails the report unless the payout is final. */
  static void requireFinal(Report report, Payout p) {
    if (!p.status().isFinal()) {
      report.fail("payout " + p.merchantOrderNo() + " is not final: " + p.status() + " (raw " + p.rawStatus() + ")");
    }
  }
}
