package dev.paysdk.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of a simulator. Immutable.
 *
 * <p>Orders move on their own: {@code ACCEPTED} (or created) at once, {@code PROCESSING} after
 * {@link #processingDelay()}, and their final state after {@link #completionDelay()} more; then
 * the simulator delivers the webhook. Webhook retries follow the gateway's documented schedule,
 * divided by {@link #webhookTimeCompression()} (600 by default: a documented minute becomes 100 ms).
 * With {@link #autoAdvance()} off, orders stay where they are until a test moves them.
 */
public final class SimulatorOptions {
  private static final SimulatorOptions DEFAULTS = builder().build();

  private final Duration processingDelay;
  private final Duration completionDelay;
  private final double webhookTimeCompression;
  private final boolean autoAdvance;
  private final Duration webhookTimeout;
  private final int port;

  private SimulatorOptions(Builder b) {
    this.processingDelay = b.processingDelay;
    this.completionDelay = b.completionDelay;
    this.webhookTimeCompression = b.webhookTimeCompression;
    this.autoAdvance = b.autoAdvance;
    this.webhookTimeout = b.webhookTimeout;
    this.port = b.port;
  }

  public static SimulatorOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Duration processingDelay() {
    return processingDelay;
  }

  public Duration completionDelay() {
    return completionDelay;
  }

  public double webhookTimeCompression() {
    return webhookTimeCompression;
  }

  public boolean autoAdvance() {
    return autoAdvance;
  }

  public Duration webhookTimeout() {
    return webhookTimeout;
  }

  /** The loopback port the server listens on; 0 (the default) for any free port. */
  public int port() {
    return port;
  }

  /** A documented gateway delay, compressed. */
  public Duration compress(Duration documented) {
    return Duration.ofNanos((long) (documented.toNanos() / webhookTimeCompression));
  }

  /** Builder. */
  public static final class Builder {
    private Duration processingDelay = Duration.ofMillis(100);
    private Duration completionDelay = Duration.ofMillis(300);
    private double webhookTimeCompression = 600;
    private boolean autoAdvance = true;
    private Duration webhookTimeout = Duration.ofSeconds(5);
    private int port;

    private Builder() {}

    /** Time from acceptance to processing. Default 100 ms. */
    public Builder processingDelay(Duration d) {
      this.processingDelay = Objects.requireNonNull(d, "processingDelay == null");
      return this;
    }

    /** Time from processing to the final state. Default 300 ms. */
    public Builder completionDelay(Duration d) {
      this.completionDelay = Objects.requireNonNull(d, "completionDelay == null");
      return this;
    }

    /** How much faster than documented webhook retries run. Default 600 (a minute becomes 100 ms). */
    public Builder webhookTimeCompression(double factor) {
      if (!(factor >= 1)) {
        throw new IllegalArgumentException("webhookTimeCompression must be >= 1: " + factor);
      }
      this.webhookTimeCompression = factor;
      return this;
    }

    /** Whether orders move through their states on their own. Default true. */
    public Builder autoAdvance(boolean autoAdvance) {
      this.autoAdvance = autoAdvance;
      return this;
    }

    /** Time limit of one webhook delivery. Default 5 s. */
    public Builder webhookTimeout(Duration d) {
      this.webhookTimeout = Objects.requireNonNull(d, "webhookTimeout == null");
      return this;
    }

    /**
     * The port on 127.0.0.1 to listen on, for a simulator other programs reach at a fixed address.
     * Default 0: any free port, which is what tests want.
     *
     * @throws IllegalArgumentException when not 0 to 65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    public SimulatorOptions build() {
      return new SimulatorOptions(this);
    }
  }
}
