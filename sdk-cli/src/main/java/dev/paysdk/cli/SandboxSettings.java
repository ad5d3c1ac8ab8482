package dev.paysdk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code PAYSDK_<GATEWAY>_*} variables of the demo (see the README's sandbox table) and the
 * {@link dev.paysdk.core.ProviderSettings} name each becomes. This table is the one place where a
 * variable meets a setting name: renaming a provider setting is a change of one line here.
 */
final class SandboxSettings {
  /** Per gateway: variable suffix (after {@code PAYSDK_<GATEWAY>_}) to provider setting name, required ones first. */
  private static final Map<Gateway, Map<String, String>> NAMES = Map.of(
      Gateway.AGENTPAY, names("BASE_URL", "baseUrl", "MERCHANT_ID", "merchantId", "SECRET", "secret"),
      Gateway.PEN, names("BASE_URL", "baseUrl", "MERCHANT_ID", "merchantId", "SECRET", "secret"),
      Gateway.VEXORA, names("BASE_URL", "baseUrl", "MERCHANT_NO", "merchantId", "SECRET", "secret"),
      Gateway.HEXPAY, names("BASE_URL", "baseUrl", "MCH_NO", "merchantId", "APP_ID", "appId",
          "PRIVATE_KEY", "merchantPrivateKey", "PLATFORM_PUBLIC_KEY", "platformPublicKey", "APP_SECRET", "secret"));
  /** Variables that may be left unset. */
  private static final Set<String> OPTIONAL = Set.of("PAYSDK_HEXPAY_APP_SECRET");
  /** Variables holding a key as PEM text, bare base64, or the path of a file with either. */
  private static final Set<String> KEYS = Set.of("PRIVATE_KEY", "PLATFORM_PUBLIC_KEY");

  private SandboxSettings() {}

  private static Map<String, String> names(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** The variable of a suffix, such as {@code PAYSDK_AGENTPAY_SECRET}. */
  static String variable(Gateway g, String suffix) {
    return "PAYSDK_" + g.cliName.toUpperCase(Locale.ROOT) + "_" + suffix;
  }

  /** Every variable of a gateway, required ones first. */
  static List<String> variables(Gateway g) {
    return NAMES.get(g).keySet().stream().map(s -> variable(g, s)).toList();
  }

  /**
   * The provider settings read from {@code env}; a key variable naming a file is replaced by the file's text.
   *
   * @throws BadInputException naming the first required variable that is not set, or a key file that cannot be read
   */
  static Map<String, String> settings(Gateway g, Map<String, String> env) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : NAMES.get(g).entrySet()) {
      String name = variable(g, e.getKey());
      Optional<String> value = Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
      if (value.isEmpty()) {
        if (OPTIONAL.contains(name)) {
          continue;
        }
        throw new BadInputException(name + " is not set: " + g.cliName + " needs " + String.join(", ", variables(g)
            .stream().filter(v -> !OPTIONAL.contains(v)).toList()) + " (paysdk simulate --env-file writes them for "
            + "a simulator)");
      }
      out.put(e.getValue(), KEYS.contains(e.getKey()) ? keyText(name, value.get()) : value.get());
    }
    return out;
  }

  /**
   * Settings for a client that only verifies webhooks ({@code webhook listen}): a placeholder base URL,
   * the merchant id the webhooks name, the secret, and for Hexpay the platform's public key (and a
   * merchant private key the listener never uses but the client requires).
   */
  static Map<String, String> forWebhooks(Gateway g, String merchantId, String appId, String secret,
      String platformPublicKeyPem, java.util.function.Supplier<String> throwawayPrivateKeyPem) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : NAMES.get(g).entrySet()) {
      String value = switch (e.getKey()) {
        case "BASE_URL" -> "http://127.0.0.1:9";
        case "MERCHANT_ID", "MERCHANT_NO", "MCH_NO" -> merchantId;
        case "APP_ID" -> appId;
        case "SECRET", "APP_SECRET" -> secret;
        case "PLATFORM_PUBLIC_KEY" -> platformPublicKeyPem;
        case "PRIVATE_KEY" -> throwawayPrivateKeyPem.get();
        default -> null;
      };
      if (value != null) {
        out.put(e.getValue(), value);
      }
    }
    return out;
  }

  /** The text of a key given as PEM, bare base64, or the path of a file. */
  private static String keyText(String variable, String value) {
    if (value.contains("-----BEGIN")) {
      return value;
    }
    Path p;
    try {
      p = Path.of(value);
    } catch (RuntimeException notAPath) {
      return value;
    }
    if (!Files.isRegularFile(p)) {
      return value;
    }
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new BadInputException(variable + " names a file that cannot be read (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }
}
