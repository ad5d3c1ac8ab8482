package dev.paysdk.core.gateway;

import dev.paysdk.core.Money;

/**
 * What identifies the order an answer is about: the merchant order number, the gateway's order
 * number, and the amount. The {@link Exchange} compares what a request asked about with what its
 * answer names: an answer about another order (someone else's answer on a confused connection, a
 * proxy's mix-up) is never believed. A null component is unknown and matches anything.
 *
 * @param merchantOrderNo the merchant order number, or null
 * @param providerOrderNo the gateway's order number, or null
 * @param amount the amount with its currency, or null
 * @param strict whether an answer must name every number this binding knows
 */
public record AnswerBinding(String merchantOrderNo, String providerOrderNo, Money amount, boolean strict) {

  /** A binding that does not require the answer to name what it knows. */
  public AnswerBinding(String merchantOrderNo, String providerOrderNo, Money amount) {
    this(merchantOrderNo, providerOrderNo, amount, false);
  }

  /** Nothing known. */
  public static final AnswerBinding NONE = new AnswerBinding(null, null, null, false);

  /** A binding on the merchant order number alone. */
  public static AnswerBinding order(String merchantOrderNo) {
    return new AnswerBinding(blankToNull(merchantOrderNo), null, null, false);
  }

  /** The same binding with the gateway's order number. */
  public AnswerBinding providerOrderNo(String value) {
    return new AnswerBinding(merchantOrderNo, blankToNull(value), amount, strict);
  }

  /** The same binding with an amount. */
  public AnswerBinding amount(Money value) {
    return new AnswerBinding(merchantOrderNo, providerOrderNo, value, strict);
  }

  /**
   * The same binding, for an answer that the document says always names the order: an answer that
   * leaves out a number this binding knows is no proof either, and is not believed.
   */
  public AnswerBinding requireNamed() {
    return new AnswerBinding(merchantOrderNo, providerOrderNo, amount, true);
  }

  /**
   * Why {@code answered} is not about the order this binding names, or null when nothing known on
   * both sides differs. The text names the fields and both values (order numbers and amounts are
   * the merchant's own data, never secrets).
   */
  public String mismatch(AnswerBinding answered) {
    if (answered == null) {
      return null;
    }
    if (strict && merchantOrderNo != null && answered.merchantOrderNo == null) {
      return "the answer does not name the order asked for: it has no merchant order number";
    }
    if (strict && providerOrderNo != null && answered.providerOrderNo == null) {
      return "the answer does not name the order asked for: it has no gateway order number";
    }
    if (differs(merchantOrderNo, answered.merchantOrderNo)) {
      return "the answer is about merchant order " + GatewayText.stripControls(answered.merchantOrderNo)
          + ", not " + merchantOrderNo;
    }
    if (differs(providerOrderNo, answered.providerOrderNo)) {
      return "the answer is about gateway order " + GatewayText.stripControls(answered.providerOrderNo)
          + ", not " + providerOrderNo;
    }
    if (amount != null && answered.amount != null && !sameMoney(amount, answered.amount)) {
      return "the answer's amount is " + answered.amount.toPlainString() + " " + answered.amount.currency()
          + ", not the " + amount.toPlainString() + " " + amount.currency() + " asked for";
    }
    return null;
  }

  private static boolean sameMoney(Money a, Money b) {
    return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
  }

  private static boolean differs(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
