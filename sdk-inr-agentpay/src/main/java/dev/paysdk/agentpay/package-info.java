/**
 * INR AgentPay: INR payouts to Indian bank accounts (IFSC) and UPI addresses (VPA). Entry point:
 * {@link dev.paysdk.agentpay.AgentPayClient#builder()}. The module runs on PaySDK's gateway kit
 * ({@code dev.paysdk.core.gateway}): its exchange decides what every answer and failure means for
 * the caller's money, the same way for every gateway.
 *
 * <h2>Wire format</h2>
 * Requests are {@code application/x-www-form-urlencoded} posts, signed with the gateway's MD5 rule
 * (every non-empty parameter but {@code sign} as {@code key=value&} fragments in case-insensitive
 * order, then {@code key=<secret>}, MD5, upper-case hex). Amounts travel in paise and must be whole
 * rupees; {@code reqTime} is {@code yyyyMMddHHmmss} from the client's clock in the client's zone
 * (default {@code Asia/Kolkata}), read anew for every attempt of a read. {@code retCode}
 * {@code SUCCESS} or {@code 0} means the request was handled. Apply and query answers must carry a
 * valid {@code sign} (rule A over all their non-null fields but {@code sign}), as the document shows
 * them; a balance answer's {@code sign} is verified when present. Refusals come unsigned.
 *
 * <h2>Choices where the gateway's document is silent</h2>
 * <ul>
 *   <li>A neutral payout to a UPI address sends the VPA as {@code accountNo} as well as in
 *       {@code extra}: the gateway requires an account number, and the VPA is the UPI payee's account.
 *   <li>Refusals are read by their {@code retMsg} with PaySDK's shared refusal lexicon (the document
 *       lists no error codes): a refused merchant, key or signature is an
 *       {@link dev.paysdk.core.error.AuthenticationException}; a message saying the gateway itself
 *       failed ("system error", "timeout, please query") is no refusal: an apply answered so ends in
 *       {@link dev.paysdk.core.error.OutcomeUnknownException}, a read in a
 *       {@link dev.paysdk.core.error.TransportException}; "duplicate", "repeat order", "already
 *       exists" on an apply is a {@link dev.paysdk.core.error.DuplicateOrderException}.
 *   <li>A payout query refused with a message, or a code, that matches
 *       {@link dev.paysdk.agentpay.AgentPayClient.Builder#orderNotFoundPattern} means the order does
 *       not exist; reconciliation relies on it. The default is strict: the whole message must say so.
 *   <li>A query answer that names another order than the one asked for, or carries no status, is
 *       not trusted (a {@link dev.paysdk.core.error.TransportException}); an unsigned answer that
 *       reports a failed payout is never believed.
 *   <li>A merchant order number may hold only letters, digits, {@code _ - .}: the callback's
 *       {@code mchOrderNo} is trusted only in that shape. A notify URL with a query string or fragment
 *       of its own is rejected before sending: the gateway appends its callback parameters to the URL
 *       and the callback's signature covers every query parameter, so such callbacks could never be
 *       verified.
 *   <li>A callback's de-duplication key is {@code inr-agentpay:<agentpayOrderId or mchOrderNo>:<status>}.
 * </ul>
 */
package dev.paysdk.agentpay;
