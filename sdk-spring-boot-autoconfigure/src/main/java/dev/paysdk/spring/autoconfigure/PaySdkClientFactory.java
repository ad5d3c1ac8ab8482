package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.observe.PaySdkObserver;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;

/**
 * Builds gateway clients from {@code paysdk.<provider id>.*} through the provider's
 * {@link PaymentProvider#create(ProviderSettings)}: the settings, the HTTP options, the shared
 * {@link HttpTransport} bean when there is exactly one, and every {@link PaySdkObserver} bean (the
 * Micrometer one included) as the client's observer. Thread-safe.
 */
public class PaySdkClientFactory {
  private final GatewaySettingsBinder binder;
  private final PaySdkProperties properties;
  private final ObjectProvider<PaySdkObserver> observers;
  private final ObjectProvider<HttpTransport> transports;

  /**
   * @param environment where the properties are read
   * @param properties the shared {@code paysdk.*} properties
   * @param observers the observers every client reports to
   * @param transports a transport shared by every client, when the context has exactly one
   */
  public PaySdkClientFactory(Environment environment, PaySdkProperties properties,
      ObjectProvider<PaySdkObserver> observers, ObjectProvider<HttpTransport> transports) {
    this.binder = new GatewaySettingsBinder(Objects.requireNonNull(environment, "environment == null"));
    this.properties = Objects.requireNonNull(properties, "properties == null");
    this.observers = Objects.requireNonNull(observers, "observers == null");
    this.transports = Objects.requireNonNull(transports, "transports == null");
  }

  /**
   * A client of {@code providerId}, built from its properties.
   *
   * @throws PaySdkConfigurationException naming the property when one is missing, blank, holds an
   *     unresolved placeholder, is unknown or invalid, or when no provider {@code providerId} is on
   *     the class path
   */
  public PaymentClient create(String providerId) {
    PaymentProvider provider = PaymentProvider.find(providerId).orElseThrow(() -> new PaySdkConfigurationException(
        List.of("paysdk." + providerId), "no PaySDK provider '" + providerId + "' on the class path; add its module "
            + "(sdk-hexpay, sdk-payout-pen, sdk-vexora, sdk-inr-agentpay) or remove paysdk." + providerId + ".*", null));
    ProviderSettings.Builder settings = binder.bind(provider, properties.getHttp());
    HttpTransport shared = transports.getIfUnique();
    if (shared != null) {
      settings.httpOptions(settings.build().httpOptions().toBuilder().transport(shared).build());
    }
    settings.observer(PaySdkObserver.composite(observers.orderedStream().toList()));
    try {
      return provider.create(settings.build());
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw GatewaySettingsBinder.translate(provider, e);
    }
  }

  /**
   * Fails naming every property under {@code paysdk.} that PaySDK does not know (a misspelled
   * gateway id or shared property); a gateway's own properties are checked when its client is built.
   *
   * @throws PaySdkConfigurationException naming them
   */
  public void checkNoUnknownProperties() {
    binder.checkNoUnknownProperties();
  }

  /** True when {@code paysdk.<providerId>.*} has a property and {@code enabled} is not false. */
  public boolean isConfigured(String providerId) {
    return binder.isConfigured(providerId);
  }

  /** The text of a {@code paysdk.*} property, refusing an unresolved placeholder; null when unset. */
  String property(String name) {
    return binder.text(name);
  }
}
