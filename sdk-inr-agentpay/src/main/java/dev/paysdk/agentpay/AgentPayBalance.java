package dev.paysdk.agentpay;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;

/**
 * The merchant's balance as the gateway reports it ({@code POST /api/agentpay/query_balance}).
 * Every amount is INR, sent by the gateway in paise; an amount it did not send is null.
 *
 * @param total total balance ({@code amount})
 * @param frozen frozen balance ({@code frozenAmount})
 * @param available what can be paid out now ({@code availableAmount}); never null
 * @param pending pending amount ({@code pendingAmount})
 * @param unsettled unsettled amount ({@code unsettledAmount})
 * @param busNo the gateway's business number of the merchant ({@code busNo}), or null
 * @param retCode the gateway's return code as sent
 * @param message the gateway's message ({@code retMsg}), or null
 */
public record AgentPayBalance(Money total, Money frozen, Money available, Money pending, Money unsettled,
    String busNo, String retCode, String message) {

  /** The neutral balance: available, frozen, pending and total (the unsettled amount has no neutral place). */
  public Balance toBalance() {
    return new Balance("INR", available, frozen, pending, total);
  }
}
