package dev.paysdk.agentpay;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Registers INR AgentPay ({@code inr-agentpay}) with {@link PaymentProvider#discover()}. Settings:
 * {@code baseUrl}, {@code merchantId}, {@code secretKey} (required), then optional {@code zone}
 * (default {@code Asia/Kolkata}), {@code applyPath}, {@code queryPath}, {@code balancePath}
 * (defaults as on {@link AgentPayClient.Builder}). Stateless.
 */
public final class AgentPayProvider implements PaymentProvider {
  private static final List<String> SETTINGS =
      List.of("baseUrl", "merchantId", "secretKey", "zone", "applyPath", "queryPath", "balancePath");

  /** For {@link java.util.ServiceLoader}. */
  public AgentPayProvider() {}

  @Override
  public String id() {
    return AgentPayClient.PROVIDER_ID;
  }

  @Override
  public String displayName() {
    return "INR AgentPay";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.PAYOUTS, Capability.BALANCES, Capability.WEBHOOKS);
  }

  @Override
  public List<String> settingNames() {
    return SETTINGS;
  }

  /**
   * An {@link AgentPayClient} from settings.
   *
   * @throws IllegalStateException when {@code baseUrl}, {@code merchantId} or {@code secretKey} is
   *     missing, or a setting is malformed (base URL, zone)
   */
  @Override
  public PaymentClient create(ProviderSettings settings) {
    AgentPayClient.Builder b = AgentPayClient.builder().providerSettings(settings);
    try {
      b.baseUrl(settings.require("baseUrl"));
      settings.get("zone").ifPresent(z -> b.zone(ZoneId.of(z)));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalStateException("inr-agentpay settings: " + e.getMessage(), e);
    }
    b.merchantId(settings.require("merchantId")).secretKey(settings.require("secretKey"));
    settings.get("applyPath").ifPresent(b::applyPath);
    settings.get("queryPath").ifPresent(b::queryPath);
    settings.get("balancePath").ifPresent(b::balancePath);
    return b.build();
  }
}
