package dev.paysdk.agentpay;

import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;

/**
 * Payout callbacks of INR AgentPay. The gateway POSTs the result to the order's notify URL with
 * the parameters in the URL's query string; parameters in an
 * {@code application/x-www-form-urlencoded} body are accepted too. The signature (rule A over
 * every parameter but {@code sign}) is checked before anything else; the answer the gateway
 * expects is plain text {@code success}. Thread-safe.
 */
public interface AgentPayWebhooks extends Webhooks {

  /**
   * Verifies and parses a callback into the neutral event. Its
   * {@link WebhookEvent#deduplicationKey()} is {@code inr-agentpay:<agentpayOrderId or
   * mchOrderNo>:<status>}; {@code providerEvent(AgentPayCallback.class)} gives the typed callback.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException when the signature is missing or
   *     wrong, or anything is in doubt: no parameters, a parameter repeated with different values,
   *     no status, no order id, an amount or fee that is not whole paise
   */
  @Override
  WebhookEvent verify(WebhookRequest request);

  /**
   * Verifies and parses a callback into the provider-native form.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException as {@link #verify}
   */
  AgentPayCallback verifyCallback(WebhookRequest request);
}
