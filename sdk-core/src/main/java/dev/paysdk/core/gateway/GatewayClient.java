package dev.paysdk.core.gateway;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import java.util.Objects;
import java.util.Set;

/**
 * The shell every gateway client shares: its descriptor and its {@link Exchange}; provider id,
 * capabilities and {@link #close()} come from them. A gateway's {@code Default{X}Client} extends it
 * and adds its APIs.
 */
public abstract class GatewayClient implements PaymentClient {
  private final GatewayDescriptor descriptor;
  private final Exchange<?> exchange;

  protected GatewayClient(GatewayDescriptor descriptor, Exchange<?> exchange) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor == null");
    this.exchange = Objects.requireNonNull(exchange, "exchange == null");
  }

  @Override
  public final String providerId() {
    return descriptor.id();
  }

  @Override
  public final Set<Capability> capabilities() {
    return descriptor.capabilities();
  }

  /** Releases the transport the client built (not a shared one). Idempotent. */
  @Override
  public void close() {
    exchange.close();
  }
}
