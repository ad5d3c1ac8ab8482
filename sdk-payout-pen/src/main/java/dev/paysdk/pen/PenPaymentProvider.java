package dev.paysdk.pen;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.gateway.GatewayProvider;
import dev.paysdk.core.gateway.SettingsBinder;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registers the PEN payout gateway with {@link dev.paysdk.core.PaymentProvider#discover()}.
 * Settings (see {@link PenPayoutClient.Builder} for each option):
 *
 * <ul>
 *   <li>{@code baseUrl}, {@code merchantId}, {@code secret} (alias {@code secretKey}): required;
 *   <li>{@code signer}: {@code ruleA} (default), {@code hmacSha256} or {@code md5OfBodyPlusSecret},
 *       each keyed with the secret;
 *   <li>{@code cciRequiredForBankIds} or {@code cciRequiredExceptForBankIds}: comma-separated bank ids;
 *   <li>{@code literalIpNotifyUrlAllowed}, {@code guessedFinalStatusesEnabled},
 *       {@code signedAnswersRequired}: {@code true} or {@code false} (default);
 *   <li>{@code defaultNotifyUrl}; {@code gatewayZone} (default {@code America/Lima});
 *       {@code orderNotFoundCodes}: comma-separated codes; {@code orderNotFoundPattern}: a regular
 *       expression.
 * </ul>
 *
 * A missing, malformed or unknown setting is an {@link IllegalStateException} naming it (never the
 * secret's value). Stateless.
 */
public final class PenPaymentProvider extends GatewayProvider {

  /** The provider, as {@link java.util.ServiceLoader} creates it. */
  public PenPaymentProvider() {
    super(PenGateway.DESCRIPTOR);
  }

  @Override
  protected PaymentClient create(SettingsBinder s, ProviderSettings raw) {
    PenPayoutClient.Builder b = PenPayoutClient.builder().providerSettings(raw);
    s.applyShared(b);
    String secret = s.require("secret");
    s.apply(PenGateway.SETTING_SIGNER, name -> signer(name, secret), b::signer)
        .apply(PenGateway.SETTING_CCI_FOR, PenPaymentProvider::bankIds, b::cciRequiredForBankIds)
        .apply(PenGateway.SETTING_CCI_EXCEPT, PenPaymentProvider::bankIds, b::cciRequiredExceptForBankIds)
        .apply(PenGateway.SETTING_LITERAL_IP, SettingsBinder::bool, b::literalIpNotifyUrlAllowed)
        .apply(PenGateway.SETTING_DEFAULT_NOTIFY_URL, b::defaultNotifyUrl)
        .apply(PenGateway.SETTING_ZONE, SettingsBinder::zone, b::gatewayZone)
        .apply(PenGateway.SETTING_NOT_FOUND_CODES, v -> Set.copyOf(list(v)), b::orderNotFoundCodes)
        .apply(PenGateway.SETTING_GUESSED_STATUSES, SettingsBinder::bool, b::guessedFinalStatusesEnabled)
        .apply(PenGateway.SETTING_SIGNED_ANSWERS, SettingsBinder::bool, b::signedAnswersRequired);
    return b.build();
  }

  private static PenSigner signer(String name, String secret) {
    return switch (name.strip()) {
      case "ruleA" -> PenSigner.ruleA(secret);
      case "hmacSha256" -> PenSigner.hmacSha256(secret);
      case "md5OfBodyPlusSecret" -> PenSigner.md5OfBodyPlusSecret(secret);
      default -> throw new IllegalArgumentException("must be ruleA, hmacSha256 or md5OfBodyPlusSecret");
    };
  }

  private static Set<Integer> bankIds(String value) {
    try {
      return list(value).stream().map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must list whole numbers separated by commas");
    }
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
