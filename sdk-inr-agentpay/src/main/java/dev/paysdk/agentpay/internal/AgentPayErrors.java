package dev.paysdk.agentpay.internal;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import java.util.regex.Pattern;

/**
 * Turns a refusal of the gateway into the right {@link ProviderException}. The gateway's document
 * lists no error codes, only {@code retCode} {@code SUCCESS}/{@code 0} for "handled"; so a refusal
 * is classified by its code and message text, with the patterns below, all in this one place. What
 * matches nothing stays a plain {@link ProviderException} with the gateway's code and message.
 */
final class AgentPayErrors {

  static final Pattern DUPLICATE = Pattern.compile(
      "duplicate|repeated?\\s+(?:order|submission|request)|order\\w*\\b.{0,60}?\\balready\\s+exists?|重复",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static final Pattern INSUFFICIENT_BALANCE = Pattern.compile(
      "insufficient|not\\s+enough\\s+balance|balance\\s+(?:is\\s+)?(?:not\\s+enough|insufficient|too\\s+low)|余额不足",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static final Pattern AUTHENTICATION = Pattern.compile(
      "\\bsign(?:ature)?\\b.{0,20}?\\b(?:error|invalid|wrong|mismatch|fail(?:ed|ure)?|incorrect)\\b"
          + "|\\b(?:invalid|wrong|bad|incorrect)\\s+sign(?:ature)?\\b|签名|验签"
          + "|(?:merchant|mchId)\\b.{0,30}?\\b(?:not\\s+exists?|does\\s+not\\s+exist|not\\s+found|invalid|disabled)\\b"
          + "|商户.{0,8}(?:不存在|无效|禁用)|\\bip\\b.{0,30}?(?:white\\s*list|not\\s+allowed)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Messages that say the gateway itself failed (not that it refused the request): after such an
   * answer to a payout apply the order may exist.
   */
  static final Pattern GATEWAY_FAILURE = Pattern.compile(
      "\\bsystem\\s*(?:error|exception|busy|fail(?:ed|ure)?)\\b|\\binternal\\s+(?:server\\s+)?error\\b"
          + "|\\btime[d\\s-]*out\\b|\\bplease\\s+(?:query|check)\\b|\\btry\\s+again\\s+later\\b"
          + "|\\bservice\\s+unavailable\\b|系统(?:异常|错误|繁忙)|超时|请查询",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private AgentPayErrors() {}

  /** True when a refusal's message says the gateway failed rather than refused. */
  static boolean saysTheGatewayFailed(String message) {
    return message != null && GATEWAY_FAILURE.matcher(message).find();
  }

  /** A refusal of a payout apply. */
  static ProviderException applyRefusal(ErrorContext ctx, String code, String message, int httpStatus) {
    String text = text(code, message);
    if (DUPLICATE.matcher(text).find()) {
      return new DuplicateOrderException(ctx, code, message, httpStatus);
    }
    if (INSUFFICIENT_BALANCE.matcher(text).find()) {
      return new InsufficientBalanceException(ctx, code, message, httpStatus);
    }
    return readRefusal(ctx, code, message, httpStatus);
  }

  /**
   * A refusal of a payout query. A refusal of the merchant or its signature is an
   * {@link AuthenticationException} first, whatever else it says ("order query failed: mchId not
   * exist" is no answer about the order); otherwise "no such order" when {@code orderNotFound}
   * (default {@link OrderNotFoundMessages#DEFAULT}) matches the message alone or the code alone,
   * never the two joined, so that an anchored rule sees the gateway's text as it is.
   */
  static ProviderException queryRefusal(ErrorContext ctx, String code, String message, int httpStatus,
      Pattern orderNotFound) {
    if (AUTHENTICATION.matcher(text(code, message)).find()) {
      return new AuthenticationException(ctx, code, message, httpStatus);
    }
    if (OrderNotFoundMessages.matches(orderNotFound, message, code)) {
      return new OrderNotFoundException(ctx, code, message, httpStatus);
    }
    return new ProviderException(ctx, code, message, httpStatus);
  }

  /** A refusal of any other call. */
  static ProviderException readRefusal(ErrorContext ctx, String code, String message, int httpStatus) {
    if (AUTHENTICATION.matcher(text(code, message)).find()) {
      return new AuthenticationException(ctx, code, message, httpStatus);
    }
    return new ProviderException(ctx, code, message, httpStatus);
  }

  private static String text(String code, String message) {
    return (code == null ? "" : code) + " " + (message == null ? "" : message);
  }
}
