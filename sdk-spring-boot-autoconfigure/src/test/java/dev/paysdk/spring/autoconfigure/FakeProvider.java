package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import java.util.List;
import java.util.Set;

/** A provider for tests: remembers the settings it was given. */
public final class FakeProvider implements PaymentProvider {
  static volatile ProviderSettings lastSettings;

  @Override
  public String id() {
    return "fake-gateway";
  }

  @Override
  public String displayName() {
    return "Fake gateway";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.PAYOUTS);
  }

  @Override
  public List<String> settingNames() {
    return List.of("baseUrl", "merchantId", "secretKey", "region");
  }

  @Override
  public PaymentClient create(ProviderSettings settings) {
    lastSettings = settings;
    settings.require("baseUrl");
    settings.require("merchantId");
    settings.require("secretKey");
    return FakeClient.builder("fake-gateway").build();
  }
}
