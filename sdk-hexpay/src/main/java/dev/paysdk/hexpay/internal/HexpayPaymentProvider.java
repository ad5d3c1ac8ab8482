package dev.paysdk.hexpay.internal;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpaySignType;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Registers Hexpay with {@link java.util.ServiceLoader} as provider {@code hexpay}. Settings:
 * {@code baseUrl}, {@code mchNo}, {@code appId} (required), {@code merchantPrivateKey} and
 * {@code platformPublicKey} (required with RSA2), {@code appSecret}, {@code signType}
 * ({@code RSA2} or {@code MD5}), {@code version}, {@code zone} (a zone id such as {@code UTC}),
 * {@code defaultGoodsType}, {@code tronNetworkEnabled} ({@code true}/{@code false}); each optional
 * one defaults as on {@link HexpayClient.Builder}. Stateless.
 */
public final class HexpayPaymentProvider implements PaymentProvider {
  private static final List<String> SETTINGS = List.of("baseUrl", "mchNo", "appId", "merchantPrivateKey",
      "platformPublicKey", "appSecret", "signType", "version", "zone", "defaultGoodsType", "tronNetworkEnabled");

  /** For {@link java.util.ServiceLoader}. */
  public HexpayPaymentProvider() {}

  @Override
  public String id() {
    return HexpayClient.PROVIDER_ID;
  }

  @Override
  public String displayName() {
    return "Hexpay";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.PAYINS, Capability.BALANCES, Capability.WEBHOOKS, Capability.BATCH_PAYOUTS);
  }

  @Override
  public List<String> settingNames() {
    return SETTINGS;
  }

  /**
   * @throws IllegalStateException when a required setting is missing, or a setting is malformed
   *     (the message names the setting, never its value when it is a key or secret)
   */
  @Override
  public PaymentClient create(ProviderSettings s) {
    HexpayClient.Builder b = HexpayClient.builder().providerSettings(s)
        .baseUrl(s.require("baseUrl"))
        .mchNo(s.require("mchNo"))
        .appId(s.require("appId"));
    try {
      s.get("merchantPrivateKey").ifPresent(b::merchantPrivateKey);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("setting 'merchantPrivateKey' is malformed: " + e.getMessage(), e);
    }
    try {
      s.get("platformPublicKey").ifPresent(b::platformPublicKey);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("setting 'platformPublicKey' is malformed: " + e.getMessage(), e);
    }
    s.get("appSecret").ifPresent(b::appSecret);
    s.get("signType").ifPresent(v -> b.signType(signType(v)));
    s.get("version").ifPresent(b::version);
    s.get("zone").ifPresent(v -> b.zone(zone(v)));
    s.get("defaultGoodsType").ifPresent(b::defaultGoodsType);
    s.get("tronNetworkEnabled").ifPresent(v -> b.tronNetworkEnabled(bool("tronNetworkEnabled", v)));
    return b.build();
  }

  private static HexpaySignType signType(String v) {
    try {
      return HexpaySignType.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("setting 'signType' must be RSA2 or MD5, is '" + v + "'", e);
    }
  }

  private static ZoneId zone(String v) {
    try {
      return ZoneId.of(v.strip());
    } catch (RuntimeException e) {
      throw new IllegalStateException("setting 'zone' is not a zone id: '" + v + "'", e);
    }
  }

  private static boolean bool(String name, String v) {
    String t = v.strip().toLowerCase(Locale.ROOT);
    if (!t.equals("true") && !t.equals("false")) {
      throw new IllegalStateException("setting '" + name + "' must be true or false, is '" + v + "'");
    }
    return t.equals("true");
  }
}
