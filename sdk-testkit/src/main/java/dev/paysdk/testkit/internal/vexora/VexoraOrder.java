package dev.paysdk.testkit.internal.vexora;

import dev.paysdk.testkit.VexoraSimulator;
import java.math.BigDecimal;
import java.time.Instant;

/** One disbursement, mutable under the gateway's lock. */
final class VexoraOrder {
  String tradeNo;
  String platFormTradeNo;
  String amountText;
  BigDecimal amount;
  BigDecimal fee;
  String accountNo;
  String mobile;
  String email;
  String firstname;
  String lastname;
  String notifyUrl;
  String remark;
  Instant createdAt;
  String status = VexoraSimulator.STATUS_PROCESSING;
  String message = "Processing";
  Instant successTime;
  VexoraSimulator.Outcome plannedOutcome = VexoraSimulator.Outcome.SUCCESS;
  String plannedMessage;

  BigDecimal hold() {
    return amount.add(fee);
  }

  boolean isFinal() {
    return !VexoraSimulator.STATUS_PROCESSING.equals(status);
  }

  VexoraSimulator.Disbursement snapshot() {
    return new VexoraSimulator.Disbursement(tradeNo, platFormTradeNo, amountText, amount, fee, status, message,
        accountNo, mobile, email, firstname, lastname, notifyUrl, remark, createdAt, successTime);
  }
}
