package dev.paysdk.agentpay;

import static dev.paysdk.agentpay.AgentPayClient.PROVIDER_ID;

import dev.paysdk.agentpay.ApplyValidator.FieldNames;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;

/** Neutral payout values to the gateway's and back. */
final class NeutralMapping {
  private NeutralMapping() {}

  /**
   * A neutral request as an apply, with the field names its errors must use.
   *
   * @param destinationError why the destination cannot be paid (reported as {@code destination}), or null
   */
  record Mapped(PayoutApply apply, FieldNames names, String destinationError) {}

  /**
   * Maps {@code r}. The payee's phone, email and name become {@code phoneNumber}, {@code payerEmail},
   * {@code accountName}. A bank account gives its number and IFSC; a UPI address gives its VPA as both
   * account number and routing value, since the gateway requires an account number and the VPA is the
   * only account a UPI payee has. A bank account's bank code is sent as {@code accountBankCode} when
   * given (the validation then rejects anything but {@code BANK} under {@code destination.bankCode},
   * rather than silently replacing the caller's value); when absent, {@code BANK} is sent.
   */
  static Mapped toApply(PayoutRequest r) {
    Payee payee = r.payee();
    PayoutApply.Builder b = PayoutApply.builder()
        .merchantOrderNo(r.merchantOrderNo())
        .amount(r.amount())
        .phoneNumber(payee.phone())
        .payerEmail(payee.email())
        .accountName(payee.name())
        .notifyUrl(r.notifyUrl())
        .remark(r.remark());
    Destination d = r.destination();
    if (d instanceof Destination.BankAccount bank) {
      String bankCode = bank.bankCode() == null || bank.bankCode().isBlank() ? PayoutApply.BANK_CODE : bank.bankCode();
      return new Mapped(b.accountNo(bank.accountNumber()).accountBankCode(bankCode).ifscOrVpa(bank.ifsc()).build(),
          FieldNames.NEUTRAL_BANK, null);
    }
    if (d instanceof Destination.Upi upi) {
      return new Mapped(b.accountNo(upi.vpa()).ifscOrVpa(upi.vpa()).build(), FieldNames.NEUTRAL_UPI, null);
    }
    String why = d == null ? "is required: a bank account with IFSC or a UPI address"
        : "a " + d.kind() + " destination is not supported by " + PROVIDER_ID
            + ": use a bank account with IFSC or a UPI address";
    return new Mapped(b.build(), FieldNames.NEUTRAL_NO_DESTINATION, why);
  }

  /**
   * The neutral payout of an apply's answer; the amount is the one that was sent. An apply answered
   * with status 3 (failed at once) carries no {@code errorMessage}: its {@code retMsg} (already
   * sanitised) is the reason.
   */
  static Payout toPayout(ApplyResult r, Money amount) {
    PayoutStatus status = r.status();
    return Payout.builder()
        .providerId(PROVIDER_ID)
        .merchantOrderNo(r.merchantOrderNo())
        .providerOrderNo(r.agentpayOrderId())
        .amount(amount)
        .fee(r.fee())
        .status(status)
        .rawStatus(r.rawStatus())
        .failureReason(status == PayoutStatus.FAILED ? r.message() : null)
        .rawResponse(r.rawResponse())
        .build();
  }

  /** The neutral payout of a query's answer; the (sanitised) error message is a failed payout's reason. */
  static Payout toPayout(PayoutQueryResult r) {
    PayoutStatus status = r.status();
    return Payout.builder()
        .providerId(PROVIDER_ID)
        .merchantOrderNo(r.merchantOrderNo())
        .providerOrderNo(r.agentpayOrderId())
        .amount(r.amount())
        .fee(r.fee())
        .status(status)
        .rawStatus(r.rawStatus())
        .failureReason(status == PayoutStatus.FAILED ? r.errorMessage() : null)
        .rawResponse(r.rawResponse())
        .build();
  }
}
