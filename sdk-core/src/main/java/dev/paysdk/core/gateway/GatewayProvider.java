package dev.paysdk.core.gateway;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import java.util.List;
import java.util.Set;

/**
 * A gateway's {@link PaymentProvider}, from its {@link GatewayDescriptor}: a subclass only binds
 * settings to its builder. Stateless.
 */
public abstract class GatewayProvider implements PaymentProvider {
  private final GatewayDescriptor descriptor;

  protected GatewayProvider(GatewayDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  /** The gateway's descriptor. */
  public GatewayDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public String id() {
    return descriptor.id();
  }

  @Override
  public String displayName() {
    return descriptor.displayName();
  }

  @Override
  public Set<Capability> capabilities() {
    return descriptor.capabilities();
  }

  @Override
  public List<String> settingNames() {
    return descriptor.settingNames();
  }

  /**
   * @throws IllegalStateException when a required setting is missing, a setting is malformed or
   *     unknown (the message names the setting, never the value of a secret)
   */
  @Override
  public final PaymentClient create(ProviderSettings settings) {
    return create(SettingsBinder.of(descriptor, settings), settings);
  }

  /** Builds the client from bound settings ({@code raw} carries the HTTP options and observer). */
  protected abstract PaymentClient create(SettingsBinder settings, ProviderSettings raw);
}
