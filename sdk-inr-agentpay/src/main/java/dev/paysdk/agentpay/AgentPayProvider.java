package dev.paysdk.agentpay;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.gateway.GatewayProvider;
import dev.paysdk.core.gateway.SettingsBinder;

/**
 * Registers INR AgentPay ({@code inr-agentpay}) with {@link PaymentProvider#discover()}. Settings:
 * {@code baseUrl}, {@code merchantId}, {@code secret} (alias {@code secretKey}) are required; optional
 * {@code zone} (default {@code Asia/Kolkata}), {@code applyPath}, {@code queryPath},
 * {@code balancePath}, {@code orderNotFoundPattern} (a regular expression) and
 * {@code requireSignedAnswers} ({@code true} or {@code false}), with the defaults of
 * {@link AgentPayClient.Builder}. The settings' HTTP options and observer apply too. Stateless.
 */
public final class AgentPayProvider extends GatewayProvider {

  /** For {@link java.util.ServiceLoader}. */
  public AgentPayProvider() {
    super(AgentPayGateway.DESCRIPTOR);
  }

  /**
   * An {@link AgentPayClient} from settings.
   *
   * @throws IllegalStateException when {@code baseUrl}, {@code merchantId} or {@code secret} is
   *     missing, or a setting is unknown or malformed (the message names it, never a secret's value)
   */
  @Override
  protected PaymentClient create(SettingsBinder settings, ProviderSettings raw) {
    AgentPayClient.Builder b = AgentPayClient.builder().providerSettings(raw);
    settings.applyShared(b)
        .apply("zone", SettingsBinder::zone, b::zone)
        .apply("applyPath", b::applyPath)
        .apply("queryPath", b::queryPath)
        .apply("balancePath", b::balancePath)
        .apply("requireSignedAnswers", SettingsBinder::bool, b::requireSignedAnswers);
    return b.build();
  }
}
