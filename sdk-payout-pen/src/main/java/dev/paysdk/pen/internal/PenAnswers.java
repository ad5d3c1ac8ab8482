package dev.paysdk.pen.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The gateway's answer envelope {@code {"msg": ..., "code": ..., "data": {...}}} and what its codes
 * mean. Code 200 means the request was handled (the document pairs it with {@code msg} SUCCESS;
 * the code decides, the message is informational). Any other code is a refusal, except on a create
 * (see {@link #outcomeUnknownCode}): a code 500-599, or one that is not a number, says that the
 * gateway failed, not that it refused, and the order may have been stored.
 */
final class PenAnswers {
  static final String HANDLED = "200";
  static final String SUCCESS = "SUCCESS";

  /** Refusals that say the merchant order number was used before. */
  private static final Pattern DUPLICATE_MESSAGE = Pattern.compile(
      "(?i)(duplicate|already\\s+exist|repeat|duplicad|ya\\s+existe|重复)");
  /** Refusals that say the balance cannot cover the payout. */
  private static final Pattern BALANCE_MESSAGE = Pattern.compile(
      "(?i)(insufficient|not\\s+enough|saldo\\s+insuficiente|余额不足)");
  /** Refusals that say the signature or the merchant id is wrong. */
  private static final Pattern AUTH_MESSAGE = Pattern.compile(
      "(?i)(sign(ature)?\\s*(error|invalid|mismatch|fail)|invalid\\s+(sign|merchant)|merchantid)");

  private PenAnswers() {}

  /**
   * @param code the answer's code as text
   * @param msg the answer's message, or null
   * @param data the {@code data} value, or null when absent or JSON null
   */
  record Envelope(String code, String msg, JsonNode data) {
    boolean handled() {
      return HANDLED.equals(code);
    }
  }

  /**
   * Reads the envelope.
   *
   * @throws IOException when the body is not a JSON object with a {@code code}
   */
  static Envelope read(byte[] body) throws IOException {
    JsonNode root = Json.tree(body);
    if (!root.isObject()) {
      throw new IOException("not a JSON object");
    }
    String code = Json.text(root, "code");
    if (code == null || code.isBlank()) {
      throw new IOException("no code");
    }
    JsonNode data = root.get("data");
    return new Envelope(code.strip(), Json.text(root, "msg"), data == null || data.isNull() ? null : data);
  }

  /**
   * The exception for a refusal. The document lists no error codes, so the kind is read from the
   * HTTP status and the message, conservatively: {@link AuthenticationException} for HTTP 401/403
   * or a message about the signature or merchant id, {@link DuplicateOrderException} for a message
   * saying the order number was used before, {@link InsufficientBalanceException} for one about the
   * balance; anything else a plain {@link ProviderException}. Every one carries the gateway's code
   * and message.
   */
  static ProviderException refusal(ErrorContext ctx, Envelope e, int httpStatus) {
    String code = e == null ? null : e.code();
    String msg = e == null ? null : e.msg();
    if (isAuthenticationStatus(httpStatus) || msg != null && AUTH_MESSAGE.matcher(msg).find()) {
      return new AuthenticationException(ctx, code, msg, httpStatus);
    }
    if (msg != null && DUPLICATE_MESSAGE.matcher(msg).find()) {
      return new DuplicateOrderException(ctx, code, msg, httpStatus);
    }
    if (msg != null && BALANCE_MESSAGE.matcher(msg).find()) {
      return new InsufficientBalanceException(ctx, code, msg, httpStatus);
    }
    return new ProviderException(ctx, code, msg, httpStatus);
  }

  static boolean isAuthenticationStatus(int httpStatus) {
    return httpStatus == 401 || httpStatus == 403;
  }

  /**
   * True when a create answer with this (non-200) code leaves the payout's fate open: a code from 500
   * to 599 (the gateway's own "system error", "request timeout, please query"...), or a code that is
   * not a whole number. The document lists no error codes; these say that the gateway failed while
   * handling the request, possibly after storing the order, so the caller must reconcile instead of
   * reading them as "refused, nothing moved". Every other code is a refusal ({@link #refusal}).
   */
  static boolean outcomeUnknownCode(String code) {
    Integer n = number(code);
    return n == null || isServerErrorCode(n);
  }

  /**
   * True when an answer without a readable envelope, with this HTTP status, may still have been
   * processed: 408 (request timeout), 425 (too early), 429 (too many requests) and 499 (client closed
   * request, a proxy's word for "I gave up waiting"). Any other 4xx without a readable answer is a
   * refusal (nothing was processed); the Vexora module reads these statuses the same way.
   */
  static boolean mayHaveBeenProcessed(int httpStatus) {
    return httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || httpStatus == 499;
  }

  static boolean isClientError(int httpStatus) {
    return httpStatus >= 400 && httpStatus < 500;
  }

  private static boolean isServerErrorCode(int code) {
    return code >= 500 && code <= 599;
  }

  /** The code as a whole number, or null when it is not one. */
  private static Integer number(String code) {
    if (code == null || !code.matches("[+-]?[0-9]{1,9}")) {
      return null;
    }
    return Integer.valueOf(code);
  }

  /**
   * The one place that decides that a query answer means "no such order". The document shows no
   * such answer, so three shapes are recognised:
   *
   * <ul>
   *   <li>code 200 with {@code msg} {@code SUCCESS} (or no {@code msg}) and no {@code data}, or an
   *       empty {@code data} object: the query was handled and found nothing. Code 200 with another
   *       message and no data is not read as "not found" (unless the whole message says so): the
   *       caller gets an unreadable answer and reconciliation keeps asking;
   *   <li>a code the merchant configured ({@code orderNotFoundCodes} on the builder);
   *   <li>any other code whose {@code msg}, alone, matches {@link OrderNotFoundMessages#DEFAULT}: the
   *       whole message must state that the order does not exist ("Order does not exist", "order not
   *       found", "La orden no existe", "订单不存在"...), so "Order query failed: channel not found" or
   *       "The order is not found yet, please retry later" is not "not found". Never for a code from
   *       500 to 599, whatever its message (a server error says nothing reliable about the order),
   *       unless the merchant configured that code.
   * </ul>
   *
   * Reconciliation resends a payout only after this says "not found", so it errs on the side of
   * "found or unknown".
   */
  static boolean isOrderNotFound(Envelope e, Set<String> configuredCodes) {
    boolean saysNotFound = OrderNotFoundMessages.matches(OrderNotFoundMessages.DEFAULT, e.msg());
    if (e.handled()) {
      boolean noData = e.data() == null || e.data().isObject() && e.data().isEmpty();
      // "code 200, no data" is believed only beside the document's SUCCESS: a false "not found" lets
      // reconciliation report that a payout may be sent again
      return noData && (e.msg() == null || SUCCESS.equalsIgnoreCase(e.msg().strip()) || saysNotFound);
    }
    if (configuredCodes.contains(e.code())) {
      return true;
    }
    Integer n = number(e.code());
    return saysNotFound && (n == null || !isServerErrorCode(n));
  }
}
