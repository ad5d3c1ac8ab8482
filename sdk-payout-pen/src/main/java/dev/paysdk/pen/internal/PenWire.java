package dev.paysdk.pen.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.core.Money;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.internal.WireParams;
import dev.paysdk.pen.PenPayoutDetails;
import dev.paysdk.pen.PenPayoutQuery;
import dev.paysdk.pen.PenPayoutRequest;
import dev.paysdk.pen.PenPayoutResult;
import dev.paysdk.pen.PenStatuses;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The gateway's wire format: paths, headers, field names, and how typed values become wire text
 * and back. The only place that knows {@code mchOrderNo}.
 */
final class PenWire {
  static final String PAY_OUT_PATH = "/api/payOut";
  static final String QUERY_PATH = "/api/payOutQuery";
  static final String MERCHANT_ID_HEADER = "MerchantId";
  static final String SIGN_HEADER = "Sign";
  static final String JSON = "application/json";
  static final String CURRENCY = "PEN";

  private static final DateTimeFormatter COMPLETION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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
        .number("amount", new BigDecimal(r.amount().toPlainString(2)))
        .number("bankId", r.bankId())
        .string("mchOrderNo", r.merchantOrderNo())
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
        .string("mchOrderNo", blankToNull(q.merchantOrderNo()))
        .string("orderNo", blankToNull(q.orderNo()))
        .string("nonceStr", nonce)
        .build();
  }

  /**
   * The {@code data} object of a create answer.
   *
   * @throws IOException when it is missing, lacks {@code orderStatus}, or has an unreadable amount
   */
  static PenPayoutResult readPayOut(JsonNode data) throws IOException {
    requireObject(data);
    String status = require(data, "orderStatus");
    return new PenPayoutResult(Json.text(data, "merchantId"), Json.text(data, "mchOrderNo"),
        Json.text(data, "orderNo"), money(data, "amount"), money(data, "fee"), status,
        PenStatuses.toPayoutStatus(status));
  }

  /**
   * A query answer's {@code data}, or a webhook body.
   *
   * @throws IOException when it is not an object, lacks {@code orderStatus}, or a field cannot be read
   */
  static PenPayoutDetails readDetails(JsonNode data, ZoneId zone) throws IOException {
    requireObject(data);
    String status = require(data, "orderStatus");
    LocalDateTime completion = completionTime(data);
    Instant completedAt = completion == null ? null : completion.atZone(zone).toInstant();
    return new PenPayoutDetails(Json.text(data, "merchantId"), Json.text(data, "mchOrderNo"),
        Json.text(data, "orderNo"), Json.text(data, "channelOrderNo"), money(data, "amount"), money(data, "fee"),
        status, PenStatuses.toPayoutStatus(status), completion, completedAt, Json.text(data, "resultDesc"));
  }

  /** The merchant id a body names, or null. */
  static String merchantId(JsonNode body) {
    return Json.text(body, "merchantId");
  }

  private static Money money(JsonNode data, String field) throws IOException {
    BigDecimal value = Json.decimal(data, field);
    return value == null ? null : Money.reported(value, CURRENCY);
  }

  private static LocalDateTime completionTime(JsonNode data) throws IOException {
    String text = Json.text(data, "completionTime");
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip(), COMPLETION_TIME);
    } catch (DateTimeParseException e) {
      throw new IOException("completionTime is not yyyy-MM-dd HH:mm:ss", e);
    }
  }

  private static void requireObject(JsonNode data) throws IOException {
    if (data == null || !data.isObject()) {
      throw new IOException("no data object");
    }
  }

  private static String require(JsonNode data, String field) throws IOException {
    String value = Json.text(data, field);
    if (value == null || value.isBlank()) {
      throw new IOException(field + " missing");
    }
    return value;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
