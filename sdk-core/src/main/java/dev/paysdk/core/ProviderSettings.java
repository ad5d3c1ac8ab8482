package dev.paysdk.core;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings for creating a client through {@link PaymentProvider} when the code does not know the
 * provider at compile time (a CLI, a Spring starter reading properties). Application code that
 * knows its provider uses the provider's builder instead. {@link #toString()} hides every value.
 */
public final class ProviderSettings {
  private final Map<String, String> values;

  private ProviderSettings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Settings from name/value pairs, such as {@code baseUrl}, {@code merchantId}, {@code secretKey}. */
  public static ProviderSettings of(Map<String, String> values) {
    return new ProviderSettings(values);
  }

  /** A setting, when present and not blank. */
  public Optional<String> get(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  /**
   * A required setting.
   *
   * @throws IllegalStateException naming the missing setting
   */
  public String require(String name) {
    return get(name).orElseThrow(() -> new IllegalStateException("setting '" + name + "' is required"));
  }

  @Override
  public String toString() {
    return "ProviderSettings" + new TreeMap<>(values).keySet();
  }
}
