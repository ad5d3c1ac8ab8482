package dev.paysdk.vexora.internal;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.vexora.AmountFormat;
import dev.paysdk.vexora.UnsignedWebhookPolicy;
import dev.paysdk.vexora.VexoraClient;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Registers Vexora with {@link PaymentProvider#discover()} under the id {@code vexora}. Settings:
 * {@code baseUrl}, {@code merchantNo}, {@code appSecret} (required), then {@code currency},
 * {@code amountFormat} ({@code TWO_DECIMALS} / {@code WHOLE_NUMBER}), {@code mobilePattern},
 * {@code unsignedWebhooks} ({@code REJECT} / {@code CONFIRM_BY_QUERY}) and
 * {@code requireSignedResponses} ({@code true} / {@code false}), each defaulting as in
 * {@link VexoraClient.Builder}. Stateless.
 */
public final class VexoraPaymentProvider implements PaymentProvider {
  private static final List<String> SETTINGS = List.of("baseUrl", "merchantNo", "appSecret", "currency",
      "amountFormat", "mobilePattern", "unsignedWebhooks", "requireSignedResponses");

  /** For {@link java.util.ServiceLoader}. */
  public VexoraPaymentProvider() {}

  @Override
  public String id() {
    return VexoraClient.PROVIDER_ID;
  }

  @Override
  public String displayName() {
    return "Vexora";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.PAYOUTS, Capability.BALANCES, Capability.WEBHOOKS);
  }

  @Override
  public List<String> settingNames() {
    return SETTINGS;
  }

  @Override
  public PaymentClient create(ProviderSettings settings) {
    try {
      VexoraClient.Builder b = VexoraClient.builder().providerSettings(settings)
          .baseUrl(settings.require("baseUrl"))
          .merchantNo(settings.require("merchantNo"))
          .appSecret(settings.require("appSecret"));
      settings.get("currency").ifPresent(b::currency);
      settings.get("amountFormat").ifPresent(v -> b.amountFormat(choice(AmountFormat.class, "amountFormat", v)));
      settings.get("mobilePattern").ifPresent(b::mobilePattern);
      settings.get("unsignedWebhooks").ifPresent(v -> b.unsignedWebhooks(choice(UnsignedWebhookPolicy.class, "unsignedWebhooks", v)));
      settings.get("requireSignedResponses").ifPresent(v -> b.requireSignedResponses(bool(v)));
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("invalid Vexora setting: " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String setting, String v) {
    try {
      return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(setting + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
          + ": " + v, e);
    }
  }

  private static boolean bool(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    if (!s.equals("true") && !s.equals("false")) {
      throw new IllegalArgumentException("requireSignedResponses must be true or false: " + v);
    }
    return Boolean.parseBoolean(s);
  }
}
