package dev.paysdk.hexpay.internal;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a refusal ({@code code} other than 0) into the matching exception. The gateway publishes no
 * code table, so the rules read its message, as the platform it is built on writes them (in
 * Chinese; English forms too):
 *
 * <ul>
 *   <li>not found (lookups only): code {@code 5003} ("record does not exist" on the platform), or a
 *       message that, whole, says the order, batch or record does not exist: exactly
 *       {@code 订单不存在}, {@code 批次不存在}, {@code 记录不存在} or {@code 数据不存在}, or a
 *       message matching {@link OrderNotFoundMessages#DEFAULT} ("Order does not exist"...), or,
 *       for the batch calls, the same statement about the batch ("Batch not found",
 *       "Batch BP20250905123456789 does not exist", "No such batch"). A
 *       message that says more ("Order query failed: channel not found") is not "not found": a
 *       false "not found" would tell the merchant that nothing exists;
 *   <li>authentication: a message about the signature ({@code 签名}, {@code 验签}, "sign") or an
 *       unknown merchant or application ({@code 商户不存在}, {@code 应用不存在});
 *   <li>insufficient balance: {@code 余额不足}, "insufficient";
 *   <li>duplicate (order creation only): {@code 重复}, {@code 已存在}, "duplicate", "already exist".
 * </ul>
 *
 * <p>{@link #isSystemError} recognises the gateway's own failures (codes 10 and 12, "系统异常"...):
 * the batch payout calls turn those into an outcome-unknown failure instead of a refusal.
 */
final class ErrorMapper {
  /** Whole messages (trimmed) that say the order, batch or record does not exist. */
  private static final List<String> NOT_FOUND = List.of("订单不存在", "批次不存在", "记录不存在", "数据不存在");
  /**
   * {@link OrderNotFoundMessages#DEFAULT}'s statement about a batch, which the shared rule (about
   * orders) does not cover: the whole message, one trailing full stop or exclamation mark allowed.
   */
  private static final Pattern BATCH_NOT_FOUND = Pattern.compile(
      "^\\s*(?:the\\s+)?batch(?:\\s*(?:no\\.?|number|id))?(?:\\s*[:：#]?\\s*\\[?[A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]*\\]?)?"
          + "\\s+(?:does\\s*n[o']?t\\s+exists?|do\\s+not\\s+exist|not\\s+exists?|is\\s+not\\s+found|not\\s+found"
          + "|is\\s+non-?existent|non-?existent)\\s*[.!。！]?\\s*$"
          + "|^\\s*no\\s+such\\s+batch\\s*[.!。！]?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final List<String> AUTH = List.of("签名", "验签", "商户不存在", "应用不存在", "merchant not exist",
      "merchant does not exist", "app not exist", "app does not exist");
  private static final Pattern AUTH_EN = Pattern.compile("\\bsign(ature)?\\b");
  private static final List<String> BALANCE = List.of("余额不足", "insufficient");
  private static final List<String> DUPLICATE = List.of("重复", "已存在", "duplicate", "already exist");
  /** The platform's system error (10) and database error (12) codes. */
  private static final List<String> SYSTEM_CODES = List.of("10", "12");
  private static final List<String> SYSTEM = List.of("系统异常", "系统错误", "数据库服务异常", "system error",
      "internal error", "server error");

  private ErrorMapper() {}

  static ProviderException refusal(Op op, ErrorContext ctx, String code, String msg, int httpStatus) {
    String m = msg == null ? "" : msg.toLowerCase(Locale.ROOT);
    if (op.isLookup() && isNotFound(op, code, msg)) {
      return new OrderNotFoundException(ctx, code, msg, httpStatus);
    }
    if (containsAny(m, AUTH) || AUTH_EN.matcher(m).find()) {
      return new AuthenticationException(ctx, code, msg, httpStatus);
    }
    if (containsAny(m, BALANCE)) {
      return new InsufficientBalanceException(ctx, code, msg, httpStatus);
    }
    if (op == Op.ORDER_CREATE && containsAny(m, DUPLICATE)) {
      return new DuplicateOrderException(ctx, code, msg, httpStatus);
    }
    return new ProviderException(ctx, code, msg, httpStatus);
  }

  /**
   * The code alone, or the message alone, says that the order, batch or record does not exist
   * (a batch only for the batch calls).
   */
  private static boolean isNotFound(Op op, String code, String msg) {
    if ("5003".equals(code)) {
      return true;
    }
    return msg != null && (NOT_FOUND.contains(msg.strip())
        || OrderNotFoundMessages.matches(OrderNotFoundMessages.DEFAULT, msg)
        || op != Op.TRADE_QUERY && OrderNotFoundMessages.matches(BATCH_NOT_FOUND, msg));
  }

  /**
   * True when a refusal is the gateway's own failure rather than a decision about the request: code
   * 10 (system error) or 12 (database error) of the platform, or a message saying so. Such an answer
   * may come after the request was executed (an error raised once the batch was stored), so for a
   * call that moves or releases funds it says nothing about the outcome.
   */
  static boolean isSystemError(String code, String msg) {
    return SYSTEM_CODES.contains(code) || msg != null && containsAny(msg.toLowerCase(Locale.ROOT), SYSTEM);
  }

  /** A non-2xx answer that is not a gateway answer at all (a proxy page, an empty body). */
  static ProviderException httpError(ErrorContext ctx, int httpStatus) {
    if (httpStatus == 401 || httpStatus == 403) {
      return new AuthenticationException(ctx, null, null, httpStatus);
    }
    return new ProviderException(ctx, null, null, httpStatus);
  }

  private static boolean containsAny(String text, List<String> markers) {
    for (String marker : markers) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }
}
