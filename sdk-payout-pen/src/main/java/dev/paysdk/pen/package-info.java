/**
 * PEN (Peru) bank payouts: create, query and webhook, through {@link dev.paysdk.pen.PenPayoutClient}.
 *
 * <p>Where the gateway's document is silent, this module decides as follows; every decision that
 * could differ per deployment is a builder setting.
 *
 * <ul>
 *   <li><b>Signature.</b> The document names the {@code Sign} header, not the algorithm. Default:
 *       rule A over the top-level body fields ({@link dev.paysdk.pen.PenSigner#ruleA}); replaceable
 *       with {@code signer(...)}. The same signer signs requests, verifies webhooks, and verifies an
 *       answer that carries a {@code Sign} header (an answer without one is accepted: the document
 *       shows none).
 *   <li><b>Amount.</b> A JSON number with exactly two decimals ({@code 100.00}); a field-based signer
 *       signs that same text. Amounts in answers and webhooks are read exactly as written.
 *   <li><b>nonceStr.</b> 32 random lower-case hex characters, new for every request and for every
 *       retry of a query: a gateway may accept each nonce once, so a retry never resends a body
 *       (neither PaySDK's retries nor the transport's own).
 *   <li><b>MD5 of the raw body.</b> {@link dev.paysdk.pen.PenSigner#md5OfBodyPlusSecret} prints
 *       upper-case hex, the case of rule A, the gateway's only known MD5 signature.
 *   <li><b>Handled or refused.</b> {@code code} 200 means handled (the message is not required to be
 *       {@code SUCCESS}); any other code is a {@link dev.paysdk.core.error.ProviderException} with
 *       the gateway's code and message, an {@link dev.paysdk.core.error.AuthenticationException}
 *       when the HTTP status is 401 or 403. On a create, a code from 500 to 599 or one that is not a
 *       number is an {@link dev.paysdk.core.error.OutcomeUnknownException} instead (the gateway
 *       failed, maybe after storing the order), and so is an unreadable answer, unless its HTTP status
 *       is a 4xx other than 408, 425, 429 and 499 (a refusal), and an answer whose {@code Sign} header
 *       does not match it.
 *   <li><b>No such order.</b> A query answer with code 200, {@code msg} {@code SUCCESS} and no (or an
 *       empty) {@code data}, a code listed in {@code orderNotFoundCodes(...)}, or a message that as a
 *       whole says the order does not exist
 *       ({@link dev.paysdk.core.internal.OrderNotFoundMessages#DEFAULT}) with a code outside 500-599 is
 *       an {@link dev.paysdk.core.error.OrderNotFoundException}; reconciliation relies on it.
 *   <li><b>Failure reason.</b> The neutral {@code failureReason} is the query's {@code resultDesc},
 *       for a FAILED payout only (the gateway sends {@code resultDesc} "SUCCESS" in other states).
 *   <li><b>Status.</b> {@link dev.paysdk.pen.PenStatuses} holds the table; unknown values are
 *       {@code UNKNOWN} with the raw value kept.
 *   <li><b>CCI.</b> The document requires it unless the bank is one of the four big banks, without
 *       naming their ids: by default the SDK requires it for no bank (the gateway still checks);
 *       configure {@code cciRequiredForBankIds(...)} or {@code cciRequiredExceptForBankIds(...)}.
 *   <li><b>Notify URL.</b> http or https; a literal IP address is rejected (the document asks for a
 *       public domain name) unless {@code literalIpNotifyUrlAllowed(true)}.
 *   <li><b>Remark.</b> Required by the gateway, optional in the neutral model: a neutral payout
 *       without one sends its merchant order number.
 *   <li><b>Completion time.</b> {@code yyyy-MM-dd HH:mm:ss} in {@code gatewayZone(...)}, default
 *       {@code America/Lima}.
 *   <li><b>Webhook de-duplication key.</b> {@code payout-pen:<orderNo>:<orderStatus>}.
 * </ul>
 */
package dev.paysdk.pen;
