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
 *   <li>A payout query refused with a message, or a code, that matches
 *       {@link dev.paysdk.agentpay.AgentPayClient.Builder#orderNotFoundPattern} means the order does
 *       not exist; reconciliation relies on it. The default is strict: the whole message must say so
 *       ("Order does not exist", "order not found", "ORDER_NOT_EXIST"...); a message that also names
 *       something else ("Order query failed: mchId not exist", "Order channel not found") is not
 *       read as "not found", and a refusal of the merchant or its signature is an
 *       {@link dev.paysdk.core.error.AuthenticationException} before the pattern is consulted.
 *   <li>A query answer that names another order than the one asked for, or carries no status, is
 *       not trusted (a {@link dev.paysdk.core.error.TransportException}).
 *   <li>A notify URL with a query string or fragment of its own is rejected before sending: the
 *       gateway appends its callback parameters to the URL and the callback's signature covers every
 *       query parameter, so such callbacks could never be verified. Use a path segment instead.
 *   <li>A payout apply whose answer fails signature verification ends in
 *       {@link dev.paysdk.core.error.OutcomeUnknownException} (cause: the
 *       {@link dev.paysdk.core.error.SignatureVerificationException}): the payout may have been
 *       created, so reconcile, do not resend. Queries and balance keep throwing the
 *       {@code SignatureVerificationException} itself.
 *   <li>A callback's de-duplication key is {@code inr-agentpay:<agentpayOrderId or mchOrderNo>:<status>}.
 * </ul>
 */
package dev.paysdk.agentpay;
