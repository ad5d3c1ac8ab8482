package dev.paysdk.agentpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.FieldReader;
import dev.paysdk.core.gateway.GatewayText;
import dev.paysdk.core.gateway.MalformedAnswerException;
import java.util.Collection;
import java.util.List;

/**
 * Reads the results of handled answers, each with what the answer itself says it is about (for the
 * exchange's {@link AnswerBinding} check). Every amount is read as a bounded whole number of paise;
 * a text copied from the gateway into a result is sanitised ({@link GatewayText}).
 */
final class AgentPayReaders {
  private AgentPayReaders() {}

  /** A result and what its answer named. */
  record Bound<T>(T result, AnswerBinding about) {}

  /**
   * The apply's answer. The documented answer names neither the merchant order number nor the amount;
   * a {@code mchOrderNo} it carries anyway is checked against the request.
   *
   * @param sensitive the request's private values, masked in the copied {@code retMsg}
   */
  static Bound<ApplyResult> apply(AgentPayAnswer a, PayoutApply request, Collection<String> sensitive) {
    FieldReader f = a.reader();
    String status = f.text(Wire.STATUS);
    requireBelievable(a, status);
    ApplyResult result = new ApplyResult(request.merchantOrderNo(), f.text(Wire.AGENTPAY_ORDER_ID),
        f.minorUnits(Wire.FEE, Wire.INR), status, a.retCode(), GatewayText.sanitize(a.retMsg(), sensitive),
        f.text(Wire.EXTRA), a.body());
    return new Bound<>(result, new AnswerBinding(f.text(Wire.MCH_ORDER_NO), null, null));
  }

  /** The query's answer, with the order numbers it names. */
  static Bound<PayoutQueryResult> query(AgentPayAnswer a, PayoutQuery asked) {
    FieldReader f = a.reader();
    String status = f.text(Wire.STATUS);
    if (status == null) {
      throw new MalformedAnswerException("the answer carries no order status");
    }
    requireBelievable(a, status);
    String mchOrderNo = f.text(Wire.MCH_ORDER_NO);
    String agentpayOrderId = f.text(Wire.AGENTPAY_ORDER_ID);
    PayoutQueryResult result = new PayoutQueryResult(mchOrderNo != null ? mchOrderNo : asked.merchantOrderNo(),
        agentpayOrderId != null ? agentpayOrderId : asked.agentpayOrderId(), f.text(Wire.CHANNEL_PAY_NO),
        f.minorUnits(Wire.AMOUNT, Wire.INR), f.minorUnits(Wire.FEE, Wire.INR), status,
        GatewayText.sanitize(f.text(Wire.ERROR_MESSAGE), List.of()), a.retCode(),
        GatewayText.sanitize(a.retMsg(), List.of()), a.body());
    return new Bound<>(result, new AnswerBinding(mchOrderNo, agentpayOrderId, null));
  }

  /** The balance answer; {@code availableAmount} is required. */
  static AgentPayBalance balance(AgentPayAnswer a) {
    FieldReader f = a.reader();
    Money available = f.minorUnits(Wire.AVAILABLE_AMOUNT, Wire.INR);
    if (available == null) {
      throw new MalformedAnswerException("field '" + Wire.AVAILABLE_AMOUNT + "' is missing");
    }
    return new AgentPayBalance(f.minorUnits(Wire.AMOUNT, Wire.INR), f.minorUnits(Wire.FROZEN_AMOUNT, Wire.INR),
        available, f.minorUnits(Wire.PENDING_AMOUNT, Wire.INR), f.minorUnits(Wire.UNSETTLED_AMOUNT, Wire.INR),
        f.text(Wire.BUS_NO), a.retCode(), GatewayText.sanitize(a.retMsg(), List.of()));
  }

  /**
   * An unsigned answer never reports a final failure: the merchant would pay again on its word.
   * (With signed answers required, an unsigned answer never reaches a reader; this holds when a
   * client was built to accept unsigned answers.)
   */
  private static void requireBelievable(AgentPayAnswer a, String status) {
    if (!a.signed() && AgentPayStatuses.payoutStatus(status) == PayoutStatus.FAILED) {
      throw new MalformedAnswerException("an unsigned answer reports the payout failed (status " + status.strip()
          + "), which PaySDK does not believe without the gateway's signature");
    }
  }
}
