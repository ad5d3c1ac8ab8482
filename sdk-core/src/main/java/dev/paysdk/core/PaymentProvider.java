package dev.paysdk.core;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Service-provider interface: each provider module registers one implementation in
 * {@code META-INF/services/dev.paysdk.core.PaymentProvider}, so tools can discover what is on the
 * class path. Implementations must be stateless and safe for concurrent use.
 */
public interface PaymentProvider {

  /** {@return the provider id, such as {@code hexpay}, {@code inr-agentpay}, {@code payout-pen}, {@code vexora}} */
  String id();

  /** {@return a human-readable name} */
  String displayName();

  /** {@return what clients of this provider support} */
  Set<Capability> capabilities();

  /** {@return the names of the settings {@link #create} reads, required ones first} */
  List<String> settingNames();

  /**
   * Builds a client from settings.
   *
   * @param settings the named settings, HTTP options and observer
   * @return a new client; the caller closes it
   * @throws IllegalStateException when a required setting is missing or invalid
   */
  PaymentClient create(ProviderSettings settings);

  /** {@return every provider registered through {@link ServiceLoader} on the class path of this class's loader} */
  static List<PaymentProvider> discover() {
    return ServiceLoader.load(PaymentProvider.class).stream().map(ServiceLoader.Provider::get).toList();
  }

  /**
   * The registered provider with an id.
   *
   * @param id the provider id
   * @return the provider, when one is registered
   */
  static Optional<PaymentProvider> find(String id) {
    return discover().stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
