package dev.paysdk.pen;

import dev.paysdk.core.Money;
import dev.paysdk.core.gateway.FieldReader;
import dev.paysdk.core.gateway.GatewayText;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.internal.WireParams;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The gateway's wire format: headers, field names, and how typed values become wire text and back.
 * The only place that knows {@code mchOrderNo}.
 */
final class PenWire {
  static final String MERCHANT_ID_HEADER = "MerchantId";
  static final String SIGN_HEADER = "Sign";
  static final String JSON = "application/json";
  static final String CURRENCY = "PEN";

  static final String MERCHANT_ID = "merchantId";
  static final String MCH_ORDER_NO = "mchOrderNo";
  static final String ORDER_NO = "orderNo";
  static final String CHANNEL_ORDER_NO = "channelOrderNo";
  static final String AMOUNT = "amount";
  static final String FEE = "fee";
  static final String ORDER_STATUS = "orderStatus";
  static final String COMPLETION_TIME = "completionTime";
  static final String RESULT_DESC = "resultDesc";

  /** Every field the document lists for a query answer's {@code data} and for a webhook. */
  static final Set<String> DETAIL_FIELDS = Set.copyOf(List.of(MERCHANT_ID, MCH_ORDER_NO, ORDER_NO, CHANNEL_ORDER_NO,
      AMOUNT, FEE, ORDER_STATUS, COMPLETION_TIME, RESULT_DESC));

  private static final DateTimeFormatter COMPLETION_TIME_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
      .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 2022-02-30 is refused, never read as 02-28

  private PenWire() {}

  /**
   * The create body, in the document's field order. The amount is a JSON number with exactly two
   * decimals ({@code 100.00}, the document's decimal(20,2)), and that same text is what a
   * field-based signer signs. Blank optional values are left out rather than sent empty.
   */
  static WireParams payOut(PenPayoutRequest r, String notifyUrl, String nonce) {
    return WireParams.builder()
        .string("accountName", r.accountName())
        .string("accountNo", r.accountNo())
        .string("cciAccountNo", blankToNull(r.cciAccountNo()))
        .number("accountType", r.accountType())
        .string("currency", r.amount().currency())
        .number(AMOUNT, new BigDecimal(r.amount().toPlainString(2)))
        .number("bankId", r.bankId())
        .string(MCH_ORDER_NO, r.merchantOrderNo())
        .string("notifyUrl", notifyUrl)
        .string("nonceStr", nonce)
        .string("idType", r.idType())
        .string("idCard", r.idCard())
        .string("phone", blankToNull(r.phone()))
        .string("email", blankToNull(r.email()))
        .string("remark", r.remark())
        .build();
  }

  /** The query body, in the document's field order. */
  static WireParams query(PenPayoutQuery q, String nonce) {
    return WireParams.builder()
        .string(MCH_ORDER_NO, blankToNull(q.merchantOrderNo()))
        .string(ORDER_NO, blankToNull(q.orderNo()))
        .string("nonceStr", nonce)
        .build();
  }

  /**
   * The {@code data} object of a create answer.
   *
   * @throws MalformedAnswerException when it lacks {@code orderStatus}, has an unreadable amount, or
   *     names another merchant than the client's
   */
  static PenPayoutResult readPayOut(FieldReader data, PenConfig config) {
    String status = data.requiredText(ORDER_STATUS);
    return new PenPayoutResult(ownMerchant(data, config.merchantId()), data.text(MCH_ORDER_NO), data.text(ORDER_NO),
        data.moneyIn(AMOUNT, CURRENCY), data.moneyIn(FEE, CURRENCY), status, config.status(status));
  }

  /**
   * A query answer's {@code data}, or a webhook's fields.
   *
   * @throws MalformedAnswerException when it lacks {@code orderStatus}, a field cannot be read, or it
   *     names another merchant than the client's
   */
  static PenPayoutDetails readDetails(FieldReader data, PenConfig config) {
    String status = data.requiredText(ORDER_STATUS);
    LocalDateTime completion = completionTime(data);
    Instant completedAt = completion == null ? null : completion.atZone(config.gatewayZone()).toInstant();
    return new PenPayoutDetails(ownMerchant(data, config.merchantId()), data.text(MCH_ORDER_NO), data.text(ORDER_NO),
        data.text(CHANNEL_ORDER_NO), data.moneyIn(AMOUNT, CURRENCY), data.moneyIn(FEE, CURRENCY), status,
        config.status(status), completion, completedAt, GatewayText.sanitize(data.text(RESULT_DESC), List.of()));
  }

  /** The merchant id the data names, when it is {@code merchantId} (or absent). */
  private static String ownMerchant(FieldReader data, String merchantId) {
    String named = data.text(MERCHANT_ID);
    if (named != null && !named.strip().equals(merchantId)) {
      throw new MalformedAnswerException("field '" + MERCHANT_ID + "' names another merchant than this client's");
    }
    return named;
  }

  private static LocalDateTime completionTime(FieldReader data) {
    String text = data.text(COMPLETION_TIME);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip(), COMPLETION_TIME_FORMAT);
    } catch (DateTimeParseException e) {
      throw new MalformedAnswerException("field '" + COMPLETION_TIME + "' is not yyyy-MM-dd HH:mm:ss");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
