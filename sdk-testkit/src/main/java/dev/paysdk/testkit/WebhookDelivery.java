package dev.paysdk.testkit;

import java.time.Instant;

/**
 * One attempt of a simulator to deliver a webhook.
 *
 * @param orderNo the simulator's order or batch number the webhook is about
 * @param url where it was sent
 * @param attempt 1 for the first delivery, 2 for the first retry...
 * @param contentType content type sent
 * @param body body sent
 * @param responseStatus HTTP status answered by the merchant, or -1 when the delivery failed
 * @param responseBody the merchant's answer, or the failure's description
 * @param acknowledged true when the answer was the gateway's expected acknowledgement
 * @param at when the attempt finished
 */
public record WebhookDelivery(String orderNo, String url, int attempt, String contentType, String body,
    int responseStatus, String responseBody, boolean acknowledged, Instant at) {}
