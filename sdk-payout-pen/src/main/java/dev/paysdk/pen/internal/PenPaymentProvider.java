package dev.paysdk.pen.internal;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.pen.PenSigner;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registers the PEN payout gateway with {@link PaymentProvider#discover()}. Settings:
 *
 * <ul>
 *   <li>{@code baseUrl}, {@code merchantId}, {@code secretKey}: required;
 *   <li>{@code signer}: {@code ruleA} (default), {@code hmacSha256} or {@code md5OfBodyPlusSecret},
 *       each keyed with {@code secretKey};
 *   <li>{@code cciRequiredForBankIds} or {@code cciRequiredExceptForBankIds}: comma-separated bank ids;
 *   <li>{@code literalIpNotifyUrlAllowed}: {@code true} or {@code false} (default);
 *   <li>{@code defaultNotifyUrl}; {@code gatewayZone} (default {@code America/Lima});
 *       {@code orderNotFoundCodes}: comma-separated codes.
 * </ul>
 */
public final class PenPaymentProvider implements PaymentProvider {
  private static final List<String> SETTINGS = List.of("baseUrl", "merchantId", "secretKey", "signer",
      "cciRequiredForBankIds", "cciRequiredExceptForBankIds", "literalIpNotifyUrlAllowed", "defaultNotifyUrl",
      "gatewayZone", "orderNotFoundCodes");

  @Override
  public String id() {
    return PenPayoutClient.PROVIDER_ID;
  }

  @Override
  public String displayName() {
    return "PEN bank payouts";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.PAYOUTS, Capability.WEBHOOKS);
  }

  @Override
  public List<String> settingNames() {
    return SETTINGS;
  }

  @Override
  public PaymentClient create(ProviderSettings s) {
    try {
      return build(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("invalid setting for " + id() + ": " + e.getMessage(), e);
    }
  }

  private static PaymentClient build(ProviderSettings s) {
    String baseUrl = s.require("baseUrl");
    String merchantId = s.require("merchantId");
    String secret = s.require("secretKey");
    PenPayoutClient.Builder b = PenPayoutClient.builder().providerSettings(s)
        .baseUrl(baseUrl)
        .merchantId(merchantId)
        .secretKey(secret)
        .signer(signer(s.get("signer").orElse("ruleA"), secret));
    s.get("cciRequiredForBankIds").ifPresent(v -> b.cciRequiredForBankIds(bankIds("cciRequiredForBankIds", v)));
    s.get("cciRequiredExceptForBankIds")
        .ifPresent(v -> b.cciRequiredExceptForBankIds(bankIds("cciRequiredExceptForBankIds", v)));
    s.get("literalIpNotifyUrlAllowed").ifPresent(v -> b.literalIpNotifyUrlAllowed(bool(v)));
    s.get("defaultNotifyUrl").ifPresent(b::defaultNotifyUrl);
    s.get("gatewayZone").ifPresent(v -> b.gatewayZone(zone(v)));
    s.get("orderNotFoundCodes").ifPresent(v -> b.orderNotFoundCodes(Set.copyOf(list(v))));
    return b.build();
  }

  private static PenSigner signer(String name, String secret) {
    return switch (name) {
      case "ruleA" -> PenSigner.ruleA(secret);
      case "hmacSha256" -> PenSigner.hmacSha256(secret);
      case "md5OfBodyPlusSecret" -> PenSigner.md5OfBodyPlusSecret(secret);
      default -> throw new IllegalStateException("setting 'signer' is '" + name
          + "'; expected ruleA, hmacSha256 or md5OfBodyPlusSecret");
    };
  }

  private static Set<Integer> bankIds(String setting, String value) {
    try {
      return list(value).stream().map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("setting '" + setting + "' must list whole numbers separated by commas");
    }
  }

  private static boolean bool(String value) {
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new IllegalStateException("setting 'literalIpNotifyUrlAllowed' must be true or false");
    }
    return Boolean.parseBoolean(value);
  }

  private static ZoneId zone(String value) {
    try {
      return ZoneId.of(value.strip());
    } catch (DateTimeException e) {
      throw new IllegalStateException("setting 'gatewayZone' is not a time zone id such as America/Lima");
    }
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
