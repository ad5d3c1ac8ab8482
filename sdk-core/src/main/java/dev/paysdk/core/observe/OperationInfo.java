package dev.paysdk.core.observe;

import java.util.Objects;

/**
 * The operation an observation is about. Every component is safe as a metric tag.
 *
 * @param providerId provider id, such as {@code inr-agentpay}
 * @param operation operation name from PaySDK's one vocabulary, such as {@code payout.create},
 *     {@code payout.query}, {@code balance.query}, {@code batch.upload}
 * @param moneyMoving true for calls that create or change something at the gateway (sent at most
 *     once), false for reads (retried on transient failures)
 */
public record OperationInfo(String providerId, String operation, boolean moneyMoving) {
  public OperationInfo {
    Objects.requireNonNull(providerId, "providerId == null");
    Objects.requireNonNull(operation, "operation == null");
  }
}
