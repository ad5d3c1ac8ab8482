/**
 * INR AgentPay: INR payouts to Indian bank accounts (IFSC) and UPI addresses (VPA). Entry point:
 * {@link dev.paysdk.agentpay.AgentPayClient#builder()}.
 *
 * <h2>Wire format</h2>
 * Requests are {@code application/x-www-form-urlencoded} posts, signed with the gateway's MD5 rule
 * (every non-empty parameter but {@code sign} as {@code key=value&} fragments in case-insensitive
 * order, then {@code key=<secret>}, MD5, upper-case hex). Amounts travel in paise and must be whole
 * rupees; {@code reqTime} is {@code yyyyMMddHHmmss} from the client's clock in the client's zone
 * (default {@code Asia/Kolkata}). An answer carrying a {@code sign} is verified with the same rule
 * over all its non-null fields but {@code sign}; an answer without one (the gateway does not sign
 * refusals, nor its balance answer) is accepted. {@code retCode} {@code SUCCESS} or {@code 0}
 * means the request was handled.
 *
 * <h2>Choices where the gateway's document is silent</h2>
 * <ul>
 *   <li>A neutral payout to a UPI address sends the VPA as {@code accountNo} as well as in
 *       {@code extra}: the gateway requires an account number, and the VPA is the UPI payee's account.
 *   <li>A payout query refused with a code or message matching
 *       {@link dev.paysdk.agentpay.AgentPayClient.Builder#orderNotFoundPattern} ("order does not
 *       exist", "order not found"...) means the order does not exist; reconciliation relies on it.
 *   <li>A query answer that names another order than the one asked for, or carries no status, is
 *       not trusted (a {@link dev.paysdk.core.error.TransportException}).
 *   <li>A callback's de-duplication key is {@code inr-agentpay:<agentpayOrderId or mchOrderNo>:<status>}.
 * </ul>
 */
package dev.paysdk.agentpay;
