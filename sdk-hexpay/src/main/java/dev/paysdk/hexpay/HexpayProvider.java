package dev.paysdk.hexpay;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.gateway.GatewayDescriptor;
import dev.paysdk.core.gateway.GatewayDescriptor.Setting;
import dev.paysdk.core.gateway.GatewayProvider;
import dev.paysdk.core.gateway.SettingsBinder;
import java.util.List;
import java.util.Set;

/**
 * Registers Hexpay with {@link java.util.ServiceLoader} as provider {@code hexpay}, for tools that
 * build clients from settings (the CLI, the Spring starter). Settings: {@code baseUrl},
 * {@code merchantId} (alias {@code mchNo}) and {@code appId} (required); {@code merchantPrivateKey}
 * and {@code platformPublicKey} (required with RSA2); {@code secret} (alias {@code appSecret});
 * {@code signType} ({@code RSA2} or {@code MD5}), {@code version}, {@code zone} (a zone id),
 * {@code defaultGoodsType}, {@code tronNetworkEnabled} ({@code true}/{@code false}); each optional
 * one defaults as on {@link HexpayClient.Builder}. Stateless.
 */
public final class HexpayProvider extends GatewayProvider {
  static final GatewayDescriptor DESCRIPTOR = new GatewayDescriptor(HexpayClient.PROVIDER_ID,
      "Hexpay", Set.of(Capability.PAYINS, Capability.BALANCES, Capability.WEBHOOKS, Capability.BATCH_PAYOUTS),
      List.of(
          Setting.required("baseUrl", "the gateway's base URL"),
          Setting.required("merchantId", "the merchant number (mchNo)", "mchNo"),
          Setting.required("appId", "the application id from the merchant back office"),
          Setting.optional("merchantPrivateKey", "the merchant's RSA private key, PEM or base64 (required with RSA2)")
              .asSecret(),
          Setting.optional("platformPublicKey", "the gateway's RSA public key, PEM or base64 (required with RSA2)"),
          Setting.optional("secret", "the application secret (MD5-signed answers and callbacks; order queries need it)",
              "appSecret").asSecret(),
          Setting.optional("signType", "RSA2 (default) or MD5"),
          Setting.optional("version", "the version sent with every request (default v1.0)"),
          Setting.optional("zone", "the zone of the gateway's times (default UTC)"),
          Setting.optional("defaultGoodsType", "goodsType of neutral pay-ins (default shop)"),
          Setting.optional("tronNetworkEnabled", "whether the Tron network may be used (default false)")));

  /** For {@link java.util.ServiceLoader}. */
  public HexpayProvider() {
    super(DESCRIPTOR);
  }

  @Override
  protected PaymentClient create(SettingsBinder s, ProviderSettings raw) {
    HexpayClient.Builder b = HexpayClient.builder().providerSettings(raw);
    s.applyShared(b)
        .applyRequired("appId", b::appId)
        .apply("merchantPrivateKey", b::merchantPrivateKey)
        .apply("platformPublicKey", b::platformPublicKey)
        .apply("signType", SettingsBinder.enumValue(HexpaySignType.class), b::signType)
        .apply("version", b::version)
        .apply("zone", SettingsBinder::zone, b::zone)
        .apply("defaultGoodsType", b::defaultGoodsType)
        .apply("tronNetworkEnabled", SettingsBinder::bool, b::tronNetworkEnabled);
    return b.build();
  }
}
