package dev.paysdk.agentpay;

import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;

/**
 * Payout callbacks of INR AgentPay. The gateway POSTs the result to the order's notify URL with the
 * parameters in the URL's query string; parameters in an {@code application/x-www-form-urlencoded}
 * body are accepted too (a name given in both must have the same value). Before the signature (rule
 * A over every parameter but {@code sign}) is checked, a field set that could be a re-split of a
 * genuine callback is rejected: a parameter name holding {@code =} or {@code &}; an order number,
 * status, amount or fee not of its documented shape (a value holding {@code &amount=10000} would
 * otherwise verify with the genuine signature); any other value holding another documented field's
 * {@code &name=} fragment. No rejection message repeats an unverified name or value. The answer the
 * gateway expects is plain text {@code success}. Thread-safe.
 */
public interface AgentPayWebhooks extends Webhooks {

  /**
   * Verifies and parses a callback into the neutral event. Its
   * {@link WebhookEvent#deduplicationKey()} is {@code inr-agentpay:<agentpayOrderId, or mchOrderNo when
   * it has none>:<status>}, built only from shape-checked fields;
   * {@code providerEvent(AgentPayCallback.class)} gives the typed callback.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException when the signature is missing or
   *     wrong, or anything is in doubt: no parameters, a parameter repeated with different values, an
   *     ambiguous field set, no status, no order id, an amount or fee that is not whole paise
   */
  @Override
  WebhookEvent verify(WebhookRequest request);

  /**
   * Verifies and parses a callback into the provider-native form.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException as {@link #verify}
   */
  AgentPayCallback verifyNotification(WebhookRequest request);

  /**
   * Verifies and parses a callback into the provider-native form.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException as {@link #verify}
   * @deprecated use {@link #verifyNotification}, the name every PaySDK gateway uses
   */
  @Deprecated
  default AgentPayCallback verifyCallback(WebhookRequest request) {
    return verifyNotification(request);
  }
}
