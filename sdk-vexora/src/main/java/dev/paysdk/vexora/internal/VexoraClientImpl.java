package dev.paysdk.vexora.internal;

import dev.paysdk.core.Capability;
import dev.paysdk.vexora.VexoraBalances;
import dev.paysdk.vexora.VexoraClient;
import dev.paysdk.vexora.VexoraDisbursements;
import dev.paysdk.vexora.VexoraWebhooks;
import java.util.Objects;
import java.util.Set;

/** The client: one sender shared by its sub-APIs. Immutable and thread-safe. Not a public contract. */
public final class VexoraClientImpl implements VexoraClient {
  private static final Set<Capability> CAPABILITIES = Set.of(Capability.PAYOUTS, Capability.BALANCES, Capability.WEBHOOKS);

  private final VexoraConfig config;
  private final Disbursements disbursements;
  private final BalanceQuery balances;
  private final CallbackVerifier webhooks;

  /** Built by {@link VexoraClient.Builder#build()}. */
  public VexoraClientImpl(VexoraConfig config) {
    this.config = Objects.requireNonNull(config, "config == null");
    Sender sender = new Sender(config);
    this.disbursements = new Disbursements(sender);
    this.balances = new BalanceQuery(sender);
    this.webhooks = new CallbackVerifier(config, disbursements);
  }

  @Override
  public String providerId() {
    return PROVIDER_ID;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public VexoraDisbursements payouts() {
    return disbursements;
  }

  @Override
  public VexoraBalances balances() {
    return balances;
  }

  @Override
  public VexoraWebhooks webhooks() {
    return webhooks;
  }

  @Override
  public String currency() {
    return config.currency();
  }

  @Override
  public String toString() {
    return "VexoraClient[" + config + "]";
  }
}
