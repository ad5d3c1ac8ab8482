package dev.paysdk.core.webhook;

/** Webhook verification of one provider. Thread-safe. */
public interface Webhooks {

  /**
   * Verifies the webhook's signature before reading anything else, then parses it.
   *
   * @return the verified event, with the acknowledgement to send back
   * @throws dev.paysdk.core.error.SignatureVerificationException when the signature is missing or
   *     wrong, or anything about the webhook is in doubt; answer it with an error status (the
   *     gateway retries) and do not act on it
   */
  WebhookEvent verify(WebhookRequest request);
}
