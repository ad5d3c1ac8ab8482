package dev.paysdk.jackson.internal;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shape of the neutral model, independent of any Jackson line: each value becomes an
 * ordered map whose values are strings, nested maps or null, and back. The Jackson 2 and Jackson 3
 * modules only walk these maps, so both lines write and read exactly the same documents.
 *
 * <ul>
 *   <li>{@link Money}: {@code {"amount":"100.00","currency":"INR"}}, the amount as a string with
 *       its scale kept ({@code "100.00"} stays {@code "100.00"}, {@code "100"} stays {@code "100"});
 *   <li>enums by {@code name()};
 *   <li>instants as ISO-8601 text ({@code 2026-11-22T06:14:35Z});
 *   <li>absent optional values are left out, and read back as absent.
 * </ul>
 *
 * Not a contract: used by {@code sdk-jackson} and {@code sdk-jackson3} only.
 */
public final class NeutralJson {
  /** As {@code Money.of}: no gateway takes 10^30; larger (or exponent-bomb) inputs are refused before any arithmetic. */
  private static final int MAX_INTEGER_DIGITS = 30;
  private static final int MAX_DECIMALS = 100;
  /** Longest amount text read; longer text is refused before it is parsed. */
  private static final int MAX_AMOUNT_CHARS = 200;

  private NeutralJson() {}

  // ---------------------------------------------------------------- Money

  /** {@code {"amount":"100.00","currency":"INR"}}. */
  public static Map<String, Object> money(Money m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount", m.amount().toPlainString());
    out.put("currency", m.currency());
    return out;
  }

  /**
   * Money from its map; the amount keeps the scale it was written with and may be zero or negative
   * (reported amounts such as balances and fees are).
   *
   * @throws IllegalArgumentException naming {@code path} when the amount or currency is missing or invalid
   */
  public static Money money(Map<String, Object> m, String path) {
    String amount = requiredText(m, "amount", path);
    String currency = requiredText(m, "currency", path);
    if (amount.length() > MAX_AMOUNT_CHARS) {
      throw new IllegalArgumentException(path + ".amount is longer than " + MAX_AMOUNT_CHARS + " characters");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(path + ".amount '" + amount + "' is not a decimal number");
    }
    if (value.signum() != 0 && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(path + ".amount has more than " + MAX_INTEGER_DIGITS
          + " digits before the decimal point");
    }
    if (value.scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException(path + ".amount has more than " + MAX_DECIMALS + " decimal places");
    }
    try {
      return Money.reported(value, currency);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- Payout

  /** Every field of the payout; absent ones left out. */
  public static Map<String, Object> payout(Payout p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("providerId", p.providerId());
    out.put("merchantOrderNo", p.merchantOrderNo());
    out.put("providerOrderNo", p.providerOrderNo().orElse(null));
    out.put("amount", p.amount().map(NeutralJson::money).orElse(null));
    out.put("fee", p.fee().map(NeutralJson::money).orElse(null));
    out.put("status", p.status().name());
    out.put("rawStatus", p.rawStatus());
    out.put("failureReason", p.failureReason().orElse(null));
    out.put("createdAt", p.createdAt().map(Instant::toString).orElse(null));
    out.put("completedAt", p.completedAt().map(Instant::toString).orElse(null));
    out.put("rawResponse", p.rawResponse().orElse(null));
    return withoutNulls(out);
  }

  /**
   * A payout from its map.
   *
   * @throws IllegalArgumentException naming the field when a value is invalid or a required one
   *     ({@code providerId}, {@code status}) is missing
   */
  public static Payout payout(Map<String, Object> m) {
    return Payout.builder()
        .providerId(requiredText(m, "providerId", "payout"))
        .merchantOrderNo(text(m, "merchantOrderNo", "payout"))
        .providerOrderNo(text(m, "providerOrderNo", "payout"))
        .amount(optionalMoney(m, "amount", "payout"))
        .fee(optionalMoney(m, "fee", "payout"))
        .status(enumValue(PayoutStatus.class, requiredText(m, "status", "payout"), "payout.status"))
        .rawStatus(text(m, "rawStatus", "payout"))
        .failureReason(text(m, "failureReason", "payout"))
        .createdAt(instant(m, "createdAt", "payout"))
        .completedAt(instant(m, "completedAt", "payout"))
        .rawResponse(text(m, "rawResponse", "payout"))
        .build();
  }

  // ---------------------------------------------------------------- PayIn

  /** Every field of the pay-in; absent ones left out. */
  public static Map<String, Object> payIn(PayIn p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("providerId", p.providerId());
    out.put("merchantOrderNo", p.merchantOrderNo());
    out.put("providerOrderNo", p.providerOrderNo().orElse(null));
    out.put("amount", p.amount().map(NeutralJson::money).orElse(null));
    out.put("paidAmount", p.paidAmount().map(NeutralJson::money).orElse(null));
    out.put("status", p.status().name());
    out.put("rawStatus", p.rawStatus());
    out.put("checkoutUrl", p.checkoutUrl().orElse(null));
    out.put("createdAt", p.createdAt().map(Instant::toString).orElse(null));
    out.put("paidAt", p.paidAt().map(Instant::toString).orElse(null));
    out.put("rawResponse", p.rawResponse().orElse(null));
    return withoutNulls(out);
  }

  /**
   * A pay-in from its map.
   *
   * @throws IllegalArgumentException naming the field when a value is invalid or a required one
   *     ({@code providerId}, {@code status}) is missing
   */
  public static PayIn payIn(Map<String, Object> m) {
    return PayIn.builder()
        .providerId(requiredText(m, "providerId", "payIn"))
        .merchantOrderNo(text(m, "merchantOrderNo", "payIn"))
        .providerOrderNo(text(m, "providerOrderNo", "payIn"))
        .amount(optionalMoney(m, "amount", "payIn"))
        .paidAmount(optionalMoney(m, "paidAmount", "payIn"))
        .status(enumValue(PayInStatus.class, requiredText(m, "status", "payIn"), "payIn.status"))
        .rawStatus(text(m, "rawStatus", "payIn"))
        .checkoutUrl(text(m, "checkoutUrl", "payIn"))
        .createdAt(instant(m, "createdAt", "payIn"))
        .paidAt(instant(m, "paidAt", "payIn"))
        .rawResponse(text(m, "rawResponse", "payIn"))
        .build();
  }

  // ---------------------------------------------------------------- Balance

  /** {@code currency}, {@code available}, and {@code frozen} / {@code pending} / {@code total} when reported. */
  public static Map<String, Object> balance(Balance b) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("currency", b.currency());
    out.put("available", money(b.available()));
    out.put("frozen", b.frozenAmount().map(NeutralJson::money).orElse(null));
    out.put("pending", b.pendingAmount().map(NeutralJson::money).orElse(null));
    out.put("total", b.totalAmount().map(NeutralJson::money).orElse(null));
    return withoutNulls(out);
  }

  /**
   * A balance from its map.
   *
   * @throws IllegalArgumentException naming the field when {@code currency} or {@code available}
   *     is missing, or a value is invalid
   */
  public static Balance balance(Map<String, Object> m) {
    Money available = optionalMoney(m, "available", "balance");
    if (available == null) {
      throw new IllegalArgumentException("balance.available is required");
    }
    return new Balance(requiredText(m, "currency", "balance"), available, optionalMoney(m, "frozen", "balance"),
        optionalMoney(m, "pending", "balance"), optionalMoney(m, "total", "balance"));
  }

  // ---------------------------------------------------------------- helpers

  private static Map<String, Object> withoutNulls(Map<String, Object> m) {
    m.values().removeIf(java.util.Objects::isNull);
    return m;
  }

  private static String text(Map<String, Object> m, String name, String path) {
    Object v = m.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException(path + "." + name + " must be a string");
    }
    return s;
  }

  private static String requiredText(Map<String, Object> m, String name, String path) {
    String v = text(m, name, path);
    if (v == null) {
      throw new IllegalArgumentException(path + "." + name + " is required");
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  private static Money optionalMoney(Map<String, Object> m, String name, String path) {
    Object v = m.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException(path + "." + name + " must be an object {\"amount\":\"...\",\"currency\":\"...\"}");
    }
    return money((Map<String, Object>) v, path + "." + name);
  }

  private static Instant instant(Map<String, Object> m, String name, String path) {
    return Optional.ofNullable(text(m, name, path)).map(t -> {
      try {
        return Instant.parse(t);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(path + "." + name + " '" + t + "' is not an ISO-8601 instant");
      }
    }).orElse(null);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String path) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + " '" + name + "' is not one of "
          + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
