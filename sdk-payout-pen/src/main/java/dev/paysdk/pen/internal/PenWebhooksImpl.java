package dev.paysdk.pen.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.pen.PenPayoutDetails;
import dev.paysdk.pen.PenPayoutNotification;
import dev.paysdk.pen.PenWebhooks;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/** Verifies and reads the gateway's payout webhooks. Immutable, thread-safe. */
final class PenWebhooksImpl implements PenWebhooks {
  private static final String OPERATION = "webhook.payout";
  private static final WebhookAck ACK = WebhookAck.plainText("SUCCESS");

  private final PenConfig config;

  PenWebhooksImpl(PenConfig config) {
    this.config = config;
  }

  @Override
  public WebhookEvent verify(WebhookRequest request) {
    Verified v = read(request);
    PenPayoutDetails d = v.notification().payout();
    return WebhookEvent.builder()
        .providerId(PenPayoutClient.PROVIDER_ID)
        .type(WebhookEvent.Type.PAYOUT_STATUS)
        .merchantOrderNo(d.merchantOrderNo())
        .providerOrderNo(d.orderNo())
        .payoutStatus(d.status())
        .rawStatus(d.orderStatus())
        .amount(d.amount())
        .fields(v.fields())
        .deduplicationKey(v.notification().deduplicationKey())
        .ack(ACK)
        .providerEvent(v.notification())
        .build();
  }

  @Override
  public PenPayoutNotification verifyNotification(WebhookRequest request) {
    return read(request).notification();
  }

  private record Verified(PenPayoutNotification notification, Map<String, String> fields) {}

  private Verified read(WebhookRequest request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = ErrorContext.of(PenPayoutClient.PROVIDER_ID, OPERATION);
    if (!"POST".equals(request.method())) {
      throw new SignatureVerificationException(ctx, "the gateway posts its webhooks; got " + request.method());
    }
    String sign = request.header(PenWire.SIGN_HEADER).map(String::strip).orElse("");
    if (sign.isEmpty()) {
      throw new SignatureVerificationException(ctx, "Sign header missing");
    }
    byte[] body = request.body();
    try {
      config.signer().verify(body, sign);
    } catch (SignatureVerificationException e) {
      throw new SignatureVerificationException(ctx, "the Sign header does not match the body", e);
    }
    // Only now, with the body proven to come from the gateway, is anything in it read.
    request.header(PenWire.MERCHANT_ID_HEADER).ifPresent(id -> requireOwnMerchant(id, "MerchantId header", ctx));
    try {
      Map<String, String> fields = Json.rawFields(body);
      JsonNode tree = Json.tree(body);
      String bodyMerchant = PenWire.merchantId(tree);
      if (bodyMerchant != null) {
        requireOwnMerchant(bodyMerchant, "merchantId field", ctx);
      }
      PenPayoutDetails details = PenWire.readDetails(tree, config.gatewayZone());
      if (details.orderNo() == null || details.orderNo().isBlank()) {
        throw new IOException("orderNo missing");
      }
      String key = PenPayoutClient.PROVIDER_ID + ":" + details.orderNo() + ":" + details.orderStatus();
      return new Verified(new PenPayoutNotification(details, key), fields);
    } catch (IOException e) {
      throw new SignatureVerificationException(ctx, "the signed webhook cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private void requireOwnMerchant(String received, String where, ErrorContext ctx) {
    if (!received.strip().equals(config.merchantId())) {
      throw new SignatureVerificationException(ctx, "the " + where + " names another merchant than this client's");
    }
  }
}
