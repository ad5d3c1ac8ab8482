package dev.paysdk.core.gateway;

import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.http.GatewayClientBuilder;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@link ProviderSettings} for one gateway's {@link GatewayDescriptor}: names and aliases,
 * required values, typed conversions, and one message style for every mistake
 * ({@code IllegalStateException} naming the setting, never the value of a secret). A setting the
 * gateway does not know is an error (a typo would otherwise be ignored), and so is a value that
 * still holds an unresolved {@code ${...}} placeholder.
 */
public final class SettingsBinder {
  private final GatewayDescriptor descriptor;
  private final ProviderSettings settings;

  private SettingsBinder(GatewayDescriptor descriptor, ProviderSettings settings) {
    this.descriptor = descriptor;
    this.settings = settings;
  }

  /**
   * A binder over {@code settings}.
   *
   * @throws IllegalStateException naming a setting the gateway does not know
   */
  public static SettingsBinder of(GatewayDescriptor descriptor, ProviderSettings settings) {
    for (String name : settings.names()) {
      if (descriptor.setting(name).isEmpty()) {
        throw new IllegalStateException(descriptor.id() + " has no setting '" + name + "'; its settings are "
            + descriptor.settingNames());
      }
    }
    return new SettingsBinder(descriptor, settings);
  }

  /**
   * The setting's text, under its name or one of its aliases; empty when absent or blank.
   *
   * @throws IllegalStateException when it is given under two names, or is an unresolved placeholder
   */
  public Optional<String> get(String name) {
    GatewayDescriptor.Setting s = descriptor.setting(name)
        .orElseThrow(() -> new IllegalArgumentException(descriptor.id() + " declares no setting '" + name + "'"));
    Set<String> given = new LinkedHashSet<>();
    String value = null;
    for (String n : names(s)) {
      Optional<String> v = settings.get(n);
      if (v.isPresent()) {
        given.add(n);
        value = v.get();
      }
    }
    if (given.size() > 1) {
      throw new IllegalStateException("setting '" + s.name() + "' is given twice, as " + given + ": give one");
    }
    if (value != null && GatewayClientBuilder.isPlaceholder(value)) {
      throw new IllegalStateException("setting '" + s.name() + "' is an unresolved ${...} placeholder");
    }
    return Optional.ofNullable(value);
  }

  /**
   * A required setting.
   *
   * @throws IllegalStateException naming it when missing or blank
   */
  public String require(String name) {
    return get(name).orElseThrow(() -> new IllegalStateException("setting '" + name + "' is required"
        + aliasesOf(name)));
  }

  /**
   * Applies the settings every gateway shares to its builder: {@code baseUrl} and {@code merchantId}
   * (required), {@code secret} (required when the descriptor says so) and, when the gateway
   * declares it, {@code orderNotFoundPattern}.
   */
  public SettingsBinder applyShared(GatewayClientBuilder<?> builder) {
    applyRequired("baseUrl", builder::baseUrl);
    applyRequired("merchantId", builder::merchantId);
    descriptor.setting("secret").ifPresent(s -> {
      if (s.required()) {
        applyRequired("secret", builder::secret);
      } else {
        apply("secret", builder::secret);
      }
    });
    if (descriptor.setting("orderNotFoundPattern").isPresent()) {
      apply("orderNotFoundPattern", SettingsBinder::pattern, builder::orderNotFoundPattern);
    }
    return this;
  }

  /** Applies the setting to {@code setter} when present; a rejected value becomes an error naming it. */
  public SettingsBinder apply(String name, Consumer<String> setter) {
    get(name).ifPresent(v -> bind(name, v, setter));
    return this;
  }

  /** Applies a required setting. */
  public SettingsBinder applyRequired(String name, Consumer<String> setter) {
    bind(name, require(name), setter);
    return this;
  }

  /** Applies the setting converted by {@code convert} (whose exceptions become errors naming it). */
  public <T> SettingsBinder apply(String name, Function<String, T> convert, Consumer<T> setter) {
    get(name).ifPresent(v -> bind(name, v, text -> setter.accept(convert.apply(text.strip()))));
    return this;
  }

  private void bind(String name, String value, Consumer<String> setter) {
    try {
      setter.accept(value);
    } catch (IllegalArgumentException | DateTimeException e) {
      boolean secret = descriptor.setting(name).map(GatewayDescriptor.Setting::secret).orElse(true);
      String why = secret ? "" : ": " + e.getMessage();
      throw new IllegalStateException("setting '" + name + "' is malformed" + why, e);
    }
  }

  /** {@code true} or {@code false}, any case. */
  public static boolean bool(String v) {
    String t = v.strip().toLowerCase(Locale.ROOT);
    if (!t.equals("true") && !t.equals("false")) {
      throw new IllegalArgumentException("must be true or false");
    }
    return t.equals("true");
  }

  /** A zone id such as {@code Asia/Kolkata}. */
  public static ZoneId zone(String v) {
    return ZoneId.of(v.strip());
  }

  /** An ISO-8601 duration such as {@code PT30S}, or a number of seconds. */
  public static Duration duration(String v) {
    String t = v.strip();
    return t.matches("[0-9]{1,9}") ? Duration.ofSeconds(Long.parseLong(t)) : Duration.parse(t);
  }

  /** A regular expression. */
  public static Pattern pattern(String v) {
    return Pattern.compile(v);
  }

  /** An enum constant by name, any case. */
  public static <T extends Enum<T>> Function<String, T> enumValue(Class<T> type) {
    return v -> {
      try {
        return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
      }
    };
  }

  private static Set<String> names(GatewayDescriptor.Setting s) {
    Set<String> all = new LinkedHashSet<>();
    all.add(s.name());
    all.addAll(s.aliases());
    return all;
  }

  private String aliasesOf(String name) {
    return descriptor.setting(name).filter(s -> !s.aliases().isEmpty())
        .map(s -> " (or its alias " + String.join(", ", s.aliases()) + ")").orElse("");
  }
}
