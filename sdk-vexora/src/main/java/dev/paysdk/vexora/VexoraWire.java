package dev.paysdk.vexora;

import dev.paysdk.core.Money;
import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.FieldReader;
import dev.paysdk.core.gateway.GatewayText;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.Shape;
import dev.paysdk.core.internal.WireParams;
import java.util.Collection;
import java.util.List;

/**
 * The one mapping between PaySDK's names and the gateway's wire names ({@code tradeNo},
 * {@code platFormTradeNo}, {@code firstname}...), both ways. Every request value is a JSON string,
 * {@code timestamp} included, as in the document's example. Answers are read with bounded numbers;
 * a shape that cannot be read is a {@link MalformedAnswerException} naming the field.
 */
final class VexoraWire {
  static final String TRADE_NO = "tradeNo";
  static final String PLATFORM_TRADE_NO = "platFormTradeNo";
  static final String STATUS = "status";
  static final String AMOUNT = "amount";
  static final String MESSAGE = "message";

  private VexoraWire() {}

  /**
   * A read result, the answer's body, and what the answer itself names (before the request's
   * merchant order number stands in for a missing one), for the answer binding.
   */
  record Read<R>(R result, String body, AnswerBinding answered) {}

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
   * The disbursement answer's data; the request's merchant order number stands in when the answer
   * names none.
   *
   * @param sensitive values of the request masked in the gateway's message
   * @throws MalformedAnswerException when it has no data or no status, or reports an unsigned failure
   */
  static Read<DisbursementResult> disbursementResult(VexoraAnswer answer, String requestedOrderNo, String currency,
      Collection<String> sensitive) {
    FieldReader data = data(answer);
    VexoraStatus status = status(answer, data);
    String tradeNo = data.text(TRADE_NO);
    String platformTradeNo = data.text(PLATFORM_TRADE_NO);
    DisbursementResult result = new DisbursementResult(tradeNo != null ? tradeNo : requestedOrderNo,
        platformTradeNo, status, GatewayText.sanitize(data.text(MESSAGE), sensitive),
        GatewayText.sanitize(data.text("remark"), sensitive),
        answer.reply(sensitive));
    // the document's answer carries no amount; one that does must be the request's
    return new Read<>(result, answer.body(), new AnswerBinding(tradeNo, platformTradeNo, data.moneyIn(AMOUNT, currency)));
  }

  /**
   * The query answer's data, in either shape ({@code amount}, or {@code orderAmount} and
   * {@code payAmount}), amounts in {@code currency}.
   *
   * @throws MalformedAnswerException when it has no data or no status, an amount is not a bounded
   *     number, or it reports an unsigned failure
   */
  static Read<DisbursementQueryResult> queryResult(VexoraAnswer answer, String requestedOrderNo, String currency) {
    FieldReader data = data(answer);
    VexoraStatus status = status(answer, data);
    String tradeNo = data.text(TRADE_NO);
    String platformTradeNo = data.text(PLATFORM_TRADE_NO);
    Money amount = data.moneyIn(AMOUNT, currency);
    Money orderAmount = data.moneyIn("orderAmount", currency);
    String successTime = data.text("successTime");
    DisbursementQueryResult result = new DisbursementQueryResult(tradeNo != null ? tradeNo : requestedOrderNo,
        platformTradeNo, amount, orderAmount, data.moneyIn("payAmount", currency), status,
        GatewayText.sanitize(data.text(MESSAGE), List.of()), successTime == null || successTime.isBlank() ? null
            : successTime, answer.data(), answer.reply());
    return new Read<>(result, answer.body(), new AnswerBinding(tradeNo, platformTradeNo, null));
  }

  /**
   * The balance answer's data, amounts in {@code currency}.
   *
   * @throws MalformedAnswerException when it has no data, no available amount, or an amount that is
   *     not a bounded number
   */
  static VexoraBalance balance(VexoraAnswer answer, String currency) {
    FieldReader data = data(answer);
    Money available = data.moneyIn("availableAmount", currency);
    if (available == null) {
      throw new MalformedAnswerException("answer has no availableAmount");
    }
    return new VexoraBalance(available, data.moneyIn("freezeAmount", currency),
        data.moneyIn("unsettledAmount", currency), answer.reply());
  }

  private static FieldReader data(VexoraAnswer answer) {
    if (!answer.hasData()) {
      throw new MalformedAnswerException("answer has no data");
    }
    return FieldReader.of(answer.data());
  }

  /**
   * {@code data.status}, a status code (letters, digits, {@code _ -}; anything else is not the
   * gateway's). A final failure ({@code 00029}) is believed only from a signed answer: an
   * unsigned one (possible only when signed answers are not required) could make the merchant pay
   * again, so it is not read at all.
   */
  private static VexoraStatus status(VexoraAnswer answer, FieldReader data) {
    String raw = data.text(STATUS);
    if (raw == null || raw.isBlank()) {
      throw new MalformedAnswerException("answer has no data.status");
    }
    if (!Shape.STATUS.matches(raw)) {
      throw new MalformedAnswerException("answer's data.status is not a status code");
    }
    VexoraStatus status = new VexoraStatus(raw);
    if (status.kind() == VexoraStatus.Kind.FAILED && !answer.isSigned()) {
      throw new MalformedAnswerException("the answer reports a failed payout but carries no signature; a failure"
          + " is believed only from a signed answer");
    }
    return status;
  }
}
