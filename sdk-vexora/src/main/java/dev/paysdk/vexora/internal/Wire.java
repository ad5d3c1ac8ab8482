package dev.paysdk.vexora.internal;

import dev.paysdk.core.Money;
import dev.paysdk.core.internal.WireParams;
import dev.paysdk.vexora.AmountFormat;
import dev.paysdk.vexora.DisbursementQueryResult;
import dev.paysdk.vexora.DisbursementRequest;
import dev.paysdk.vexora.DisbursementResult;
import dev.paysdk.vexora.VexoraBalance;
import dev.paysdk.vexora.VexoraStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The one mapping between PaySDK's names and the gateway's wire names ({@code tradeNo},
 * {@code platFormTradeNo}, {@code firstname}...), both ways. Every request value is a JSON string,
 * {@code timestamp} included, as in the document's example.
 */
final class Wire {
  static final String DISBURSE_PATH = "/v1/vexora/disbursements";
  static final String QUERY_PATH = "/v1/vexora/queryPayOutResult";
  static final String BALANCE_PATH = "/v1/vexora/queryBalance";
  static final String MERCHANT_HEADER = "merchantNo";

  static final String TRADE_NO = "tradeNo";
  static final String PLATFORM_TRADE_NO = "platFormTradeNo";
  static final String STATUS = "status";
  static final String AMOUNT = "amount";
  static final String MESSAGE = "message";

  private Wire() {}

  /** The disbursement body without {@code sign}, in the document's field order. */
  static WireParams disbursement(DisbursementRequest r, AmountFormat format, long timestampMillis) {
    return WireParams.builder()
        .string("timestamp", Long.toString(timestampMillis))
        .string(TRADE_NO, r.merchantOrderNo())
        .string(AMOUNT, amountText(r.amount(), format))
        .string("accountNo", r.accountNo())
        .string("mobile", r.mobile())
        .string("email", r.email())
        .string("firstname", r.firstName())
        .string("lastname", r.lastName())
        .string("notifyUrl", r.notifyUrl())
        .string("remark", r.remark())
        .build();
  }

  /** The query body without {@code sign}. */
  static WireParams query(String merchantOrderNo, long timestampMillis) {
    return WireParams.builder()
        .string(TRADE_NO, merchantOrderNo)
        .string("timestamp", Long.toString(timestampMillis))
        .build();
  }

  /** The balance body without {@code sign}. */
  static WireParams balance(long timestampMillis) {
    return WireParams.builder().string("timestamp", Long.toString(timestampMillis)).build();
  }

  /** The wire text of a whole amount (validated before): {@code 100.00} or {@code 100}. */
  static String amountText(Money amount, AmountFormat format) {
    return switch (format) {
      case TWO_DECIMALS -> amount.toPlainString(2);
      case WHOLE_NUMBER -> amount.toPlainString(0);
    };
  }

  /**
   * The disbursement answer's data.
   *
   * @throws IOException when it has no data or no status
   */
  static DisbursementResult disbursementResult(Reply reply) throws IOException {
    return new DisbursementResult(reply.dataField(TRADE_NO), reply.dataField(PLATFORM_TRADE_NO),
        status(reply), reply.dataField(MESSAGE), reply.dataField("remark"), reply.info());
  }

  /**
   * The query answer's data, in either shape ({@code amount}, or {@code orderAmount} and
   * {@code payAmount}).
   *
   * @throws IOException when it has no data, no status, or an amount that is not a number
   */
  static DisbursementQueryResult queryResult(Reply reply, String currency) throws IOException {
    VexoraStatus status = status(reply);
    Map<String, String> data = reply.data();
    return new DisbursementQueryResult(data.get(TRADE_NO), data.get(PLATFORM_TRADE_NO),
        money(data, AMOUNT, currency), money(data, "orderAmount", currency), money(data, "payAmount", currency),
        status, data.get(MESSAGE), blankToNull(data.get("successTime")), data, reply.info());
  }

  /**
   * The balance answer's data.
   *
   * @throws IOException when it has no data, no available amount, or an amount that is not a number
   */
  static VexoraBalance balance(Reply reply, String currency) throws IOException {
    if (!reply.hasData()) {
      throw new IOException("answer has no data");
    }
    Money available = money(reply.data(), "availableAmount", currency);
    if (available == null) {
      throw new IOException("answer has no availableAmount");
    }
    return new VexoraBalance(available, money(reply.data(), "freezeAmount", currency),
        money(reply.data(), "unsettledAmount", currency), reply.info());
  }

  /** An amount as reported, from a JSON number or a numeric string; null when absent or blank. */
  static Money money(Map<String, String> fields, String name, String currency) throws IOException {
    String text = blankToNull(fields.get(name));
    if (text == null) {
      return null;
    }
    try {
      return Money.reported(new BigDecimal(text.strip()), currency);
    } catch (NumberFormatException e) {
      throw new IOException("field '" + name + "' is not a number");
    }
  }

  private static VexoraStatus status(Reply reply) throws IOException {
    if (!reply.hasData()) {
      throw new IOException("answer has no data");
    }
    String raw = blankToNull(reply.dataField(STATUS));
    if (raw == null) {
      throw new IOException("answer has no data.status");
    }
    return new VexoraStatus(raw);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
