/**
 * PEN (Peru) bank payouts: create, query and webhook, through {@link dev.paysdk.pen.PenPayoutClient}.
 * The module runs on PaySDK's gateway kit ({@code dev.paysdk.core.gateway}): it holds only the
 * gateway's protocol, models, wire mapping, status table and validation rules.
 *
 * <p>Where the gateway's document is silent, this module decides as follows; every decision that
 * could differ per deployment is a builder setting.
 *
 * <ul>
 *   <li><b>Signature.</b> The document names the {@code Sign} header, not the algorithm. Default:
 *       rule A over the top-level body fields ({@link dev.paysdk.pen.PenSigner#ruleA}); replaceable
 *       with {@code signer(...)}. The same signer signs requests, verifies webhooks, and verifies an
 *       answer that carries a {@code Sign} header.
 *   <li><b>Signed answers.</b> The document shows no signature on any answer: an unsigned answer is
 *       accepted, one that carries a {@code Sign} header must verify (a create answer that does not is
 *       an {@link dev.paysdk.core.error.OutcomeUnknownException}, a query answer a
 *       {@link dev.paysdk.core.error.SignatureVerificationException}). {@code signedAnswersRequired(true)}
 *       requires the signature on every handled answer.
 *   <li><b>Amount.</b> A JSON number with exactly two decimals ({@code 100.00}); a field-based signer
 *       signs that same text. Amounts in answers and webhooks are read exactly as written, within
 *       PaySDK's bounds for numbers (a number such as {@code 1e999999999} makes the answer unreadable).
 *   <li><b>nonceStr.</b> 32 random lower-case hex characters, new for every request and for every
 *       attempt of a query: a gateway may accept each nonce once, so a retry never resends a body
 *       (neither PaySDK's retries nor the transport's own).
 *   <li><b>MD5 of the raw body.</b> {@link dev.paysdk.pen.PenSigner#md5OfBodyPlusSecret} prints
 *       upper-case hex, the case of rule A, the gateway's only known MD5 signature.
 *   <li><b>Codes.</b> The document lists none. {@code code} 200 means handled (the message is not
 *       required to be {@code SUCCESS}). A code from 500 to 599, on a create one that is not a number,
 *       and any code whose message says the gateway itself failed ("system error", "request timeout,
 *       please query") is the gateway's own failure: an
 *       {@link dev.paysdk.core.error.OutcomeUnknownException} for a create (maybe stored), a
 *       {@link dev.paysdk.core.error.TransportException} for a query. Code 401 or 403 (the envelope's
 *       codes follow HTTP's) is an {@link dev.paysdk.core.error.AuthenticationException}; any other
 *       code a refusal ({@link dev.paysdk.core.error.ProviderException}) whose kind is read from its
 *       message by PaySDK's one refusal lexicon (authentication, duplicate order number,
 *       insufficient balance). HTTP 401 or 403 is an authentication refusal whatever the body.
 *   <li><b>Answers bound to requests.</b> A create answer's {@code mchOrderNo} and {@code amount}, a
 *       query answer's {@code mchOrderNo} and {@code orderNo}, and either's {@code merchantId} must be
 *       those of the request and client when the answer names them.
 *   <li><b>No such order.</b> A query answer with code 200, {@code msg} {@code SUCCESS} (or none) and
 *       no (or an empty) {@code data}, a code listed in {@code orderNotFoundCodes(...)}, or a message
 *       that as a whole says the order does not exist ({@code orderNotFoundPattern(...)}, default
 *       {@link dev.paysdk.core.internal.OrderNotFoundMessages#DEFAULT}) with a code outside 500-599 is
 *       an {@link dev.paysdk.core.error.OrderNotFoundException}; reconciliation relies on it.
 *   <li><b>Status.</b> {@link dev.paysdk.pen.PenStatuses} holds the table. The document names only
 *       PROCESSING, PAYING and SUCCESS; any other value is {@code UNKNOWN} with the raw value kept.
 *       The guessed failure names (FAIL, FAILED, CANCELLED...) are read only with
 *       {@code guessedFinalStatusesEnabled(true)}.
 *   <li><b>Failure reason.</b> The neutral {@code failureReason} is the query's {@code resultDesc},
 *       for a FAILED payout only (the gateway sends {@code resultDesc} "SUCCESS" in other states),
 *       with control characters removed.
 *   <li><b>CCI.</b> The document requires it unless the bank is one of the four big banks, without
 *       naming their ids: by default the SDK requires it for no bank (the gateway still checks);
 *       configure {@code cciRequiredForBankIds(...)} or {@code cciRequiredExceptForBankIds(...)}.
 *   <li><b>Merchant order number.</b> At most 32 characters (the document), and only letters,
 *       digits, {@code _ - .}: a webhook about an order number of another shape could not be told
 *       from a re-split forgery, so it would be rejected.
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
