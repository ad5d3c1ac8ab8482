package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInStatus;

/**
 * The gateway's answer to a cashier order.
 *
 * @param payOrderId {@code payOrderId}: the gateway's order id
 * @param checkoutUrl {@code location}: where to send the customer to pay
 * @param network {@code network} as the gateway wrote it, or null
 * @param amount {@code amount} in {@code currency} (the order's currency when the answer has none)
 * @param status the order state mapped to the neutral status
 * @param rawState {@code orderState} as sent, or null when absent
 */
public record CashierOrderResult(
    String payOrderId, String checkoutUrl, String network, Money amount, PayInStatus status, Integer rawState) {

  /** {@return {@code orderState} as sent, as text (the name every PaySDK result uses), or null when absent} */
  public String rawStatus() {
    return rawState == null ? null : rawState.toString();
  }
}
