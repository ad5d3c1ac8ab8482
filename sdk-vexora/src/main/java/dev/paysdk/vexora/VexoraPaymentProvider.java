package dev.paysdk.vexora;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.gateway.GatewayProvider;
import dev.paysdk.core.gateway.SettingsBinder;

/**
 * Registers Vexora with {@link dev.paysdk.core.PaymentProvider#discover()} under the id
 * {@code vexora}. Settings: {@code baseUrl}, {@code merchantId} (alias {@code merchantNo}),
 * {@code secret} (alias {@code appSecret}) (required), then {@code currency}, {@code amountFormat}
 * ({@code TWO_DECIMALS} / {@code WHOLE_NUMBER}), {@code mobilePattern}, {@code unsignedWebhooks}
 * ({@code REJECT} / {@code CONFIRM_BY_QUERY}), {@code requireSignedResponses} ({@code true} /
 * {@code false}) and {@code orderNotFoundPattern} (alias {@code orderNotFoundMessage}), each
 * defaulting as in {@link VexoraClient.Builder}. A missing, malformed or unknown setting is an
 * {@link IllegalStateException} naming it. Stateless.
 */
public final class VexoraPaymentProvider extends GatewayProvider {

  /** For {@link java.util.ServiceLoader}. */
  public VexoraPaymentProvider() {
    super(DefaultVexoraClient.DESCRIPTOR);
  }

  @Override
  protected PaymentClient create(SettingsBinder settings, ProviderSettings raw) {
    VexoraClient.Builder b = VexoraClient.builder().providerSettings(raw);
    settings.applyShared(b)
        .apply("currency", b::currency)
        .apply("amountFormat", SettingsBinder.enumValue(AmountFormat.class), b::amountFormat)
        .apply("mobilePattern", (String regex) -> b.mobilePattern(regex))
        .apply("unsignedWebhooks", SettingsBinder.enumValue(UnsignedWebhookPolicy.class), b::unsignedWebhooks)
        .apply("requireSignedResponses", SettingsBinder::bool, b::requireSignedResponses);
    return b.build();
  }
}
