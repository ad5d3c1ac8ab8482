package dev.paysdk.core;

import dev.paysdk.core.webhook.Webhooks;
import java.util.Set;

/**
 * What every provider client has in common: its id, what it supports, and the neutral APIs.
 * Provider clients ({@code AgentPayClient}, {@code HexpayClient}...) extend this interface and
 * narrow the return types to their own richer APIs. Implementations are immutable and thread-safe.
 *
 * <p>A client owns the connection pool and threads of the transport it built; {@link #close()}
 * releases them. A transport given to the builder ({@code transport(...)}) is shared and stays
 * open: its owner closes it.
 */
public interface PaymentClient extends AutoCloseable {

  /** {@return the provider id, such as {@code inr-agentpay}} */
  String providerId();

  /** {@return what this client supports through the neutral API} */
  Set<Capability> capabilities();

  /**
   * Whether this client supports a capability.
   *
   * @param capability the capability
   * @return true when {@link #capabilities()} contains it
   */
  default boolean supports(Capability capability) {
    return capabilities().contains(capability);
  }

  /**
   * Neutral payouts.
   *
   * @return the payouts API
   * @throws UnsupportedOperationException when the provider does not pay out
   */
  default Payouts payouts() {
    throw Capability.PAYOUTS.unsupportedBy(providerId());
  }

  /**
   * Neutral pay-ins.
   *
   * @return the pay-ins API
   * @throws UnsupportedOperationException when the provider does not collect
   */
  default PayIns payIns() {
    throw Capability.PAYINS.unsupportedBy(providerId());
  }

  /**
   * Neutral balances.
   *
   * @return the balances API
   * @throws UnsupportedOperationException when the provider has no balance query
   */
  default Balances balances() {
    throw Capability.BALANCES.unsupportedBy(providerId());
  }

  /**
   * Webhook verification.
   *
   * @return the webhook verification
   * @throws UnsupportedOperationException when the provider sends no webhooks
   */
  default Webhooks webhooks() {
    throw Capability.WEBHOOKS.unsupportedBy(providerId());
  }

  /**
   * Releases what this client owns: the connection pool and threads of a transport it built
   * itself. A shared transport given to its builder is left open. Calls made after closing fail.
   * Idempotent. Default: nothing to release.
   */
  @Override
  default void close() {}
}
