package dev.paysdk.core.webhook;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.internal.FrozenFields;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified webhook: its signature was checked before anything in it was read. Carries the neutral
 * status change, the raw fields, a de-duplication key (gateways deliver the same event more than
 * once), the typed provider-native event, and the exact acknowledgement the gateway expects.
 *
 * <pre>{@code
 * WebhookEvent event = agentPay.webhooks().verify(raw);
 * if (seen.add(event.deduplicationKey())) {
 *   handle(event.payoutStatus().orElseThrow());
 * }
 * ServletWebhooks.writeAck(event.ack(), response);
 * }</pre>
 */
public final class WebhookEvent {
  /** What kind of change the event reports. */
  public enum Type { PAYOUT_STATUS, PAYIN_STATUS }

  private final String providerId;
  private final Type type;
  private final String merchantOrderNo;
  private final String providerOrderNo;
  private final PayoutStatus payoutStatus;
  private final PayInStatus payInStatus;
  private final String rawStatus;
  private final Money amount;
  private final Map<String, String> fields;
  private final String deduplicationKey;
  private final WebhookAck ack;
  private final Object providerEvent;

  private WebhookEvent(Builder b) {
    this.providerId = Objects.requireNonNull(b.providerId, "providerId == null");
    this.type = Objects.requireNonNull(b.type, "type == null");
    this.merchantOrderNo = b.merchantOrderNo;
    this.providerOrderNo = b.providerOrderNo;
    this.payoutStatus = b.payoutStatus;
    this.payInStatus = b.payInStatus;
    this.rawStatus = b.rawStatus;
    this.amount = b.amount;
    // the builder's own copy (or Map.of()), which it never changes: a second copy would add nothing
    this.fields = b.fields instanceof FrozenFields ? b.fields : java.util.Collections.unmodifiableMap(b.fields);
    this.deduplicationKey = Objects.requireNonNull(b.deduplicationKey, "deduplicationKey == null");
    this.ack = Objects.requireNonNull(b.ack, "ack == null");
    this.providerEvent = b.providerEvent;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String providerId() {
    return providerId;
  }

  public Type type() {
    return type;
  }

  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  public Optional<String> providerOrderNo() {
    return Optional.ofNullable(providerOrderNo);
  }

  /** The neutral payout status, for {@link Type#PAYOUT_STATUS} events. */
  public Optional<PayoutStatus> payoutStatus() {
    return Optional.ofNullable(payoutStatus);
  }

  /** The neutral pay-in status, for {@link Type#PAYIN_STATUS} events. */
  public Optional<PayInStatus> payInStatus() {
    return Optional.ofNullable(payInStatus);
  }

  /** The gateway's status value as sent. */
  public String rawStatus() {
    return rawStatus;
  }

  /** The event's amount, when it carries one. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** Every signed field as received (decoded text), including the signature field. */
  public Map<String, String> fields() {
    return fields;
  }

  /**
   * Same for every delivery of the same event, different for a different event about the same
   * order (it includes the status): keep the keys you have handled, and skip repeats.
   */
  public String deduplicationKey() {
    return deduplicationKey;
  }

  /** What to answer the gateway. */
  public WebhookAck ack() {
    return ack;
  }

  /**
   * The typed provider-native event (for example {@code AgentPayCallback}).
   *
   * @throws ClassCastException when the event is not of {@code type}
   */
  public <T> T providerEvent(Class<T> type) {
    return type.cast(providerEvent);
  }

  @Override
  public String toString() {
    return "WebhookEvent[" + providerId + ", " + type + ", merchantOrderNo=" + merchantOrderNo + ", status="
        + (payoutStatus != null ? payoutStatus : payInStatus) + " (" + rawStatus + "), key=" + deduplicationKey + "]";
  }

  /** Builder, for provider modules. */
  public static final class Builder {
    private String providerId;
    private Type type;
    private String merchantOrderNo;
    private String providerOrderNo;
    private PayoutStatus payoutStatus;
    private PayInStatus payInStatus;
    private String rawStatus;
    private Money amount;
    private Map<String, String> fields = Map.of();
    private String deduplicationKey;
    private WebhookAck ack;
    private Object providerEvent;

    private Builder() {}

    public Builder providerId(String v) {
      this.providerId = v;
      return this;
    }

    public Builder type(Type v) {
      this.type = v;
      return this;
    }

    public Builder merchantOrderNo(String v) {
      this.merchantOrderNo = v;
      return this;
    }

    public Builder providerOrderNo(String v) {
      this.providerOrderNo = v;
      return this;
    }

    public Builder payoutStatus(PayoutStatus v) {
      this.payoutStatus = v;
      return this;
    }

    public Builder payInStatus(PayInStatus v) {
      this.payInStatus = v;
      return this;
    }

    public Builder rawStatus(String v) {
      this.rawStatus = v;
      return this;
    }

    public Builder amount(Money v) {
      this.amount = v;
      return this;
    }

    /** Raw fields; null values are dropped. */
    public Builder fields(Map<String, String> v) {
      if (v instanceof FrozenFields) {
        this.fields = v; // verified fields that can no longer change: no copy needed
        return this;
      }
      Map<String, String> copy = new java.util.LinkedHashMap<>(v.size() * 4 / 3 + 1); // no resize
      v.forEach((k, val) -> {
        if (val != null) {
          copy.put(k, val);
        }
      });
      this.fields = copy;
      return this;
    }

    public Builder deduplicationKey(String v) {
      this.deduplicationKey = v;
      return this;
    }

    public Builder ack(WebhookAck v) {
      this.ack = v;
      return this;
    }

    public Builder providerEvent(Object v) {
      this.providerEvent = v;
      return this;
    }

    public WebhookEvent build() {
      return new WebhookEvent(this);
    }
  }
}
