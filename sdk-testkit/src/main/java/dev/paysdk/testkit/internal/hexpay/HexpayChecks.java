package dev.paysdk.testkit.internal.hexpay;

import dev.paysdk.core.internal.Json;
import dev.paysdk.core.internal.Validation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field checks of one Hexpay request (or one batch record): collects every problem, then answers
 * them together in one parameter error.
 */
final class HexpayChecks {
  static final List<String> NETWORKS = List.of("Solana", "Ethereum", "Polygon", "Arbitrum", "Binance_smart_chain");
  static final Set<String> PAYOUT_CURRENCIES = Set.of("USDT", "USDC");
  /** The cashier's currencies as the document lists them. */
  static final Set<String> PAYIN_CURRENCIES = Set.of("USDT", "USDC", "AED", "AUD", "AZN", "BDT", "BRL", "CAD", "CHF",
      "CLP", "COP", "CRC", "CZK", "DKK", "DOP", "DZD", "EGP", "EUR", "GBP", "GEL", "HKD", "HUF", "ILS", "INR", "JPY",
      "KRW", "KWD", "MAD", "MXN", "MYR", "NGN", "NOK", "PEN", "PHP", "PLN", "RON", "SAR", "SEK", "SGD", "THB", "TND",
      "TRY", "UAH", "USD", "XAF", "ZAR", "GHS");

  private final Map<String, String> params;
  private final List<String> errors = new ArrayList<>();

  HexpayChecks(Map<String, String> params) {
    this.params = params;
  }

  /** The value of a required parameter, or null (and an error) when it is missing or too long. */
  String required(String name, int maxLength) {
    String v = params.get(name);
    if (v == null || v.isEmpty()) {
      errors.add(name + " is required");
      return null;
    }
    return length(name, v, maxLength);
  }

  /** The value of an optional parameter, or null when absent (an error when too long). */
  String optional(String name, int maxLength) {
    String v = params.get(name);
    return v == null || v.isEmpty() ? null : length(name, v, maxLength);
  }

  private String length(String name, String v, int max) {
    if (v.length() > max) {
      errors.add(name + " is longer than " + max + " characters");
      return null;
    }
    return v;
  }

  void add(String error) {
    errors.add(error);
  }

  boolean ok() {
    return errors.isEmpty();
  }

  String message() {
    return String.join("; ", errors);
  }

  void throwIfAny() throws HexpayError {
    if (!errors.isEmpty()) {
      throw HexpayError.parameter(message());
    }
  }

  /** A positive amount with at most 6 decimals and 14 integer digits (decimal(20,6)). */
  BigDecimal amount(String name, String text) {
    if (text == null) {
      return null;
    }
    BigDecimal v;
    try {
      v = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      errors.add(name + " is not a number");
      return null;
    }
    if (v.signum() <= 0) {
      errors.add(name + " must be greater than 0");
    } else if (v.stripTrailingZeros().scale() > 6) {
      errors.add(name + " has more than 6 decimal places");
    } else if (v.precision() - v.scale() > 14) {
      errors.add(name + " is too large");
    } else {
      return v;
    }
    return null;
  }

  /** The network in its documented spelling (matched without regard to case); Tron is under maintenance. */
  String network(String name, String text) {
    if (text == null) {
      return null;
    }
    for (String n : NETWORKS) {
      if (n.equalsIgnoreCase(text)) {
        return n;
      }
    }
    if ("Tron".equalsIgnoreCase(text)) {
      errors.add(name + " Tron is under maintenance");
    } else {
      errors.add(name + " must be one of " + String.join(", ", NETWORKS));
    }
    return null;
  }

  String oneOf(String name, String value, Set<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      errors.add(name + " " + value + " is not supported");
      return null;
    }
    return value;
  }

  Integer integer(String name, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      errors.add(name + " is not an integer");
      return null;
    }
  }

  /** An integer in {@code [min, max]}, or {@code dflt} when absent. */
  int intRange(String name, int min, int max, int dflt) {
    Integer v = integer(name, optional(name, 11));
    if (v == null) {
      return dflt;
    }
    if (v < min || v > max) {
      errors.add(name + " must be between " + min + " and " + max);
      return dflt;
    }
    return v;
  }

  void bool(String name) {
    String v = params.get(name);
    if (v != null && !v.isEmpty() && !v.equals("true") && !v.equals("false")) {
      errors.add(name + " must be true or false");
    }
  }

  String url(String name, String v) {
    if (v != null && !Validation.isHttpUrl(v)) {
      errors.add(name + " is not an http(s) URL");
      return null;
    }
    return v;
  }

  Instant time(String name, String v) {
    if (v == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(v, HexpayWire.TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      errors.add(name + " is not a yyyy-MM-dd HH:mm:ss time");
      return null;
    }
  }

  /** The goods object: goodsName, goodsDetail and goodsType are required. */
  JsonNode goods(String text) {
    if (text == null) {
      return null;
    }
    JsonNode g;
    try {
      g = Json.tree(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      g = null;
    }
    if (g == null || !g.isObject()) {
      errors.add("goods must be an object");
      return null;
    }
    int before = errors.size();
    for (String f : List.of("goodsName", "goodsDetail", "goodsType")) {
      String v = Json.text(g, f);
      if (v == null || v.isEmpty()) {
        errors.add("goods." + f + " is required");
      }
    }
    return errors.size() == before ? g : null;
  }
}
