package dev.paysdk.core.internal;

import java.util.regex.Pattern;

/**
 * Recognises a gateway refusal that says "this order does not exist". None of the gateway documents
 * lists such a message, yet reconciliation needs it: a query that ends in "not found" tells the
 * merchant that the payout never took effect and may be sent again. A false "not found" can
 * therefore pay twice, so the default rule is strict: the <b>whole</b> message (trimmed, one
 * trailing full stop or exclamation mark allowed) must be such a statement about the order, or
 * about the order number given in it. Messages that say something else as well are not read as
 * "not found": "Order query failed: channel not found", "orderNo not exists or sign error",
 * "order number not found in whitelist", "The order is not found yet, please retry later",
 * "Transaction type does not exist", "merchant does not exist".
 *
 * <p>Recognised, in any letter case: "order not exist(s)", "order does not exist", "order
 * doesn't exist", "order not found", "order is not found", "order non-existent" (with "order"
 * optionally "the order", "payout order", "merchant order", "order no", "order number", "order id",
 * "trade", "transaction", "payout",
 * and optionally followed by an order number that contains a digit, such as "Order 123 does not
 * exist"); "no such order"; the code-like {@code ORDER_NOT_EXIST}, {@code ORDER_NOT_FOUND};
 * "订单不存在", "订单号不存在", "交易不存在", "记录不存在", "代付订单不存在", "商户订单不存在"; "orden no existe", "pedido no encontrado",
 * "transacción no existe".
 *
 * <p>Each gateway client lets the merchant replace the rule with the gateway's actual wording;
 * a replacement is matched with {@link java.util.regex.Matcher#find()}.
 */
public final class OrderNotFoundMessages {
  private static final String END = "\\s*[.!。！]?\\s*$";
  private static final String SUBJECT = "(?:the\\s+)?(?:(?:payout|merchant)\\s+)?(?:order|trade|transaction|payout)"
      + "(?:\\s*(?:no\\.?|number|id|record))?"
      // an order number given in the message must contain a digit, so "Transaction type ..." is no subject
      + "(?:\\s*[:：#]?\\s*\\[?[A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]*\\]?)?";
  private static final String STATEMENT = "(?:does\\s*n[o']?t\\s+exists?|do\\s+not\\s+exist|not\\s+exists?"
      + "|is\\s+not\\s+found|not\\s+found|is\\s+non-?existent|non-?existent)";

  /** The default rule (anchored: it must match the whole message). */
  public static final Pattern DEFAULT = Pattern.compile(
      "^\\s*" + SUBJECT + "\\s+" + STATEMENT + END
          + "|^\\s*no\\s+such\\s+(?:order|trade|transaction|payout|record)" + END
          + "|^\\s*(?:order|trade|transaction)_?not_?(?:exists?|found)\\s*$"
          + "|^\\s*(?:代付|支付|商户)?(?:订单|交易|记录)号?(?:\\s*[:：]?\\s*[A-Za-z0-9_-]+\\s*)?不存在" + END
          + "|^\\s*(?:(?:la|el)\\s+)?(?:orden|pedido|transacci[oó]n)\\s+no\\s+(?:existe|(?:fue\\s+)?encontrad[ao])" + END,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private OrderNotFoundMessages() {}

  /** True when one of {@code texts} (nulls skipped) matches {@code rule}. */
  public static boolean matches(Pattern rule, String... texts) {
    for (String t : texts) {
      if (t != null && rule.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }
}
