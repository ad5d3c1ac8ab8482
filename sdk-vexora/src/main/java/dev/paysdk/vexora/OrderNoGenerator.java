package dev.paysdk.vexora;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Makes merchant order numbers (wire {@code tradeNo}) in the form the gateway recommends: year,
 * month, day, hour, minute, second, then random digits, such as {@code 20260331142507483920}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * OrderNoGenerator ids = OrderNoGenerator.builder().prefix("VX").build();
 * String tradeNo = ids.next(); // VX20260331142507483920
 * }</pre>
 *
 * <p>Six random digits give one million numbers per second; the generator does not remember what it
 * issued, so a merchant who needs a hard guarantee keeps its own sequence.
 */
public final class OrderNoGenerator {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final OrderNoGenerator DEFAULTS = builder().build();

  private final String prefix;
  private final Clock clock;
  private final DateTimeFormatter stamp;
  private final int randomDigits;

  private OrderNoGenerator(Builder b) {
    this.prefix = b.prefix;
    this.clock = b.clock;
    this.stamp = STAMP.withZone(b.zone);
    this.randomDigits = b.randomDigits;
  }

  /** No prefix, UTC date and time, 6 random digits, system clock. */
  public static OrderNoGenerator defaults() {
    return DEFAULTS;
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this generator's settings. */
  public Builder toBuilder() {
    Builder b = new Builder().prefix(prefix).clock(clock).randomDigits(randomDigits);
    b.zone = stamp.getZone();
    return b;
  }

  /** A new order number: prefix, {@code yyyyMMddHHmmss}, random digits. */
  public String next() {
    StringBuilder sb = new StringBuilder(prefix.length() + 14 + randomDigits).append(prefix)
        .append(stamp.format(clock.instant()));
    for (int i = 0; i < randomDigits; i++) {
      sb.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "OrderNoGenerator[prefix=" + prefix + ", zone=" + stamp.getZone() + ", randomDigits=" + randomDigits + "]";
  }

  /** Builder; every option has a default. */
  public static final class Builder {
    private String prefix = "";
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneOffset.UTC;
    private int randomDigits = 6;

    private Builder() {}

    /** Text before the date, such as {@code VX}: letters and digits only. Default none. */
    public Builder prefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix == null");
      if (!prefix.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
        throw new IllegalArgumentException("prefix must be ASCII letters and digits: " + prefix);
      }
      this.prefix = prefix;
      return this;
    }

    /** Clock for the date part. Default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Time zone of the date part. Default UTC; a merchant may prefer its region's zone. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone == null");
      return this;
    }

    /** Number of random digits after the date, 4 to 12. Default 6. */
    public Builder randomDigits(int randomDigits) {
      if (randomDigits < 4 || randomDigits > 12) {
        throw new IllegalArgumentException("randomDigits must be between 4 and 12: " + randomDigits);
      }
      this.randomDigits = randomDigits;
      return this;
    }

    /** The generator. */
    public OrderNoGenerator build() {
      return new OrderNoGenerator(this);
    }
  }
}
