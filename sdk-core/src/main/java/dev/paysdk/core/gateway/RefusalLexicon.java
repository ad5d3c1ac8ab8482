package dev.paysdk.core.gateway;

import dev.paysdk.core.internal.OrderNotFoundMessages;
import java.util.regex.Pattern;

/**
 * The one reading of gateway refusal messages, shared by every gateway (whose documents list few
 * or no error codes): what a message says about the refusal, in English, Chinese, Spanish and
 * Indonesian, the languages of the four gateways and the platforms they are built on. Conservative:
 * a message that does not clearly say it stays a {@link RefusalKind#GENERIC} refusal. Each gateway
 * reads its own codes first ({@link Protocol#classify}) and asks the lexicon for what its codes leave
 * open.
 */
public final class RefusalLexicon {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** The merchant, its key, its signature or its address was refused. */
  static final Pattern AUTHENTICATION = Pattern.compile(
      "\\bsign(?:ature)?\\b.{0,30}?\\b(?:error|invalid|wrong|mismatch(?:ed)?|fail(?:s|ed|ure)?|incorrect|not\\s+match)"
          + "|\\b(?:invalid|wrong|bad|incorrect|illegal)\\s+sign(?:ature)?\\b|签名|验签"
          + "|\\b(?:invalid|unknown|wrong|illegal)\\s+(?:merchant(?:\\s*(?:id|no|number))?|mchId|mchNo|merchantId"
          + "|merchantNo|app\\s*id|appId|app\\s*secret|secret|key)\\b"
          // the merchant itself must be the subject: "merchant order channel not found" is about an order
          + "|\\b(?:merchant|mchId|mchNo|merchantId|merchantNo|app(?:Id)?)\\b"
          + "(?:(?!order|trade|transaction|channel|payout|record|batch).){0,30}?"
          + "\\b(?:not\\s+exists?|does\\s*n[o']?t\\s+exist|not\\s+found|invalid|disabled|frozen|unknown)\\b"
          + "|商户.{0,8}(?:不存在|无效|禁用|冻结)|应用不存在|\\bip\\b.{0,30}?(?:white\\s*list|not\\s+allowed)|白名单"
          + "|\\bunauthori[sz]ed\\b|\\bauthentication\\s+failed\\b|firma\\s+(?:inv[aá]lida|incorrecta)"
          + "|tanda\\s+tangan\\s+(?:salah|tidak\\s+valid)", FLAGS);

  /** The merchant order number was used before. */
  static final Pattern DUPLICATE = Pattern.compile(
      "duplicat|\\brepeat(?:ed)?\\b|\\balready\\s+(?:exists?|used|submitted|been\\s+(?:used|submitted))"
          + "|重复|已存在|duplicad|\\bya\\s+existe|sudah\\s+(?:ada|digunakan)", FLAGS);

  /** The balance cannot cover the request. */
  static final Pattern INSUFFICIENT_BALANCE = Pattern.compile(
      "insufficient|not\\s+enough\\s+(?:balance|funds?|money)"
          + "|balance\\s+(?:is\\s+)?(?:not\\s+enough|insufficient|too\\s+low)|余额不足"
          + "|saldo\\s+insuficiente|fondos\\s+insuficientes|saldo\\s+tidak\\s+(?:cukup|mencukupi)", FLAGS);

  /** The gateway itself failed (not a decision about the request). */
  static final Pattern GATEWAY_FAILURE = Pattern.compile(
      "\\bsystem\\s*(?:error|exception|busy|fail(?:ed|ure)?)\\b|\\binternal\\s+(?:server\\s+)?error\\b"
          + "|\\bserver\\s+error\\b|\\btime[d\\s-]*out\\b|\\bplease\\s+(?:query|check)\\b|\\btry\\s+again\\s+later\\b"
          + "|\\bservice\\s+unavailable\\b|系统(?:异常|错误|繁忙)|数据库服务异常|服务异常|超时|请查询"
          + "|error\\s+(?:interno|del\\s+sistema)|kesalahan\\s+sistem", FLAGS);

  /** A whole message that says the request succeeded: never the text of a refusal. */
  static final Pattern SUCCESS = Pattern.compile(
      "\\s*(?:success(?:ful(?:ly)?)?|succeeded|ok|成功|处理成功|exitoso|[eé]xito|berhasil|sukses)[\\s.!]*", FLAGS);

  private RefusalLexicon() {}

  /**
   * True when a message, as a whole, says "success" ({@code SUCCESS}, {@code ok}, {@code 成功},
   * {@code exitoso}, {@code berhasil}...). An answer whose code says refused while its message says
   * success contradicts itself: it proves nothing about a money-moving request.
   */
  public static boolean saysSuccess(String message) {
    return message != null && message.length() <= 64 && SUCCESS.matcher(message).matches();
  }

  /**
   * What a refusal message says, checked in this order: authentication, duplicate order number
   * (only when {@code creating}: on a query or a balance "duplicate" means nothing about an order),
   * insufficient balance; else {@link RefusalKind#GENERIC}. Null reads as generic.
   */
  public static RefusalKind kindOf(String message, boolean creating) {
    if (message == null || message.isBlank()) {
      return RefusalKind.GENERIC;
    }
    message = words(message);
    if (AUTHENTICATION.matcher(message).find()) {
      return RefusalKind.AUTHENTICATION;
    }
    if (creating && DUPLICATE.matcher(message).find()) {
      return RefusalKind.DUPLICATE_ORDER;
    }
    if (INSUFFICIENT_BALANCE.matcher(message).find()) {
      return RefusalKind.INSUFFICIENT_BALANCE;
    }
    return RefusalKind.GENERIC;
  }

  /**
   * {@link #kindOf(String, boolean)} of the first of {@code messages} (a message, then a code read
   * as words, or a second message) that says more than {@link RefusalKind#GENERIC}.
   */
  public static RefusalKind kindOf(boolean creating, String... messages) {
    for (String m : messages) {
      RefusalKind kind = kindOf(m, creating);
      if (kind != RefusalKind.GENERIC) {
        return kind;
      }
    }
    return RefusalKind.GENERIC;
  }

  /** True when a message says the refusal is about the merchant's credentials, key or address. */
  public static boolean saysAuthentication(String message) {
    return message != null && AUTHENTICATION.matcher(words(message)).find();
  }

  /**
   * True when a message says that the gateway itself failed ("system error", "timeout, please
   * query"...), so that a money-moving request may have been executed.
   */
  public static boolean saysGatewayFailed(String message) {
    if (message == null) {
      return false;
    }
    String m = words(message);
    // "sign error, please check" is a refusal of the credentials, not the gateway failing
    return GATEWAY_FAILURE.matcher(m).find() && !AUTHENTICATION.matcher(m).find();
  }

  /** Code-like text ({@code SYSTEM_ERROR}, {@code SIGN_ERROR}) read as words. */
  private static String words(String message) {
    return message.indexOf('_') < 0 ? message : message.replace('_', ' ');
  }

  /**
   * True when one of {@code messages}, each on its own (never joined), matches {@code rule}: by
   * default {@link OrderNotFoundMessages#DEFAULT}, which needs the whole message to say the order
   * does not exist. Only such an answer lets reconciliation conclude a payout never took effect.
   */
  public static boolean saysNotFound(Pattern rule, String... messages) {
    return OrderNotFoundMessages.matches(rule, messages);
  }
}
