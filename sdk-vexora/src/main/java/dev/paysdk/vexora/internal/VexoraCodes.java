package dev.paysdk.vexora.internal;

import dev.paysdk.core.internal.OrderNotFoundMessages;
import java.util.regex.Pattern;

/**
 * What the gateway's request {@code code} and its rejection messages mean: the one place where a
 * rejection is read for more than "rejected". The gateway has a single rejection code
 * ({@code 8000}), so finer errors are recognised from the message, conservatively: a message that
 * does not clearly say it stays a plain rejection.
 */
final class VexoraCodes {
  /** The request was handled; the transaction's result is in {@code data.status}. */
  static final String HANDLED = "0000";
  /** System error: the request's fate is unknown (a creation must not be treated as failed). */
  static final String SYSTEM_ERROR = "5000";
  /** The request was rejected (a creation failed; a query says nothing about the payout). */
  static final String REJECTED = "8000";

  private static final Pattern DUPLICATE = Pattern.compile(
      "duplicat|\\brepeat(?:ed)?\\b|already\\s+(?:exists?|used|submitted)|重复", Pattern.CASE_INSENSITIVE);
  private static final Pattern INSUFFICIENT_BALANCE = Pattern.compile(
      "insufficient|not\\s+enough\\s+(?:balance|funds?)|balance\\s+(?:is\\s+)?(?:not\\s+enough|insufficient|too\\s+low)"
          + "|余额不足", Pattern.CASE_INSENSITIVE);

  private VexoraCodes() {}

  /** True when a rejection message says the transaction number was used before. */
  static boolean saysDuplicate(String message) {
    return message != null && DUPLICATE.matcher(message).find();
  }

  /** True when a rejection message says the merchant balance is short. */
  static boolean saysInsufficientBalance(String message) {
    return message != null && INSUFFICIENT_BALANCE.matcher(message).find();
  }

  /**
   * True when one of the messages of a rejected query, each on its own, matches the client's "order
   * does not exist" rule (by default {@link OrderNotFoundMessages#DEFAULT}). Only this lets
   * reconciliation conclude that a payout was never created.
   */
  static boolean saysOrderDoesNotExist(Pattern rule, String... messages) {
    // each message alone, never joined: the default rule is anchored to the whole message
    return OrderNotFoundMessages.matches(rule, messages);
  }
}
