package dev.paysdk.core;

import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.observe.PaySdkObserver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings for creating a client through {@link PaymentProvider} when the code does not know the
 * provider at compile time (a CLI, a Spring starter reading properties): the provider's named text
 * settings ({@code baseUrl}, {@code merchantId}, {@code secret}...), the HTTP settings (timeouts,
 * deadline, retries, proxy, a shared transport) and an observer. Application code that knows its
 * provider uses the provider's builder instead. {@link #toString()} hides every value. Immutable.
 */
public final class ProviderSettings {
  private final Map<String, String> values;
  private final HttpOptions httpOptions;
  private final PaySdkObserver observer;

  private ProviderSettings(Map<String, String> values, HttpOptions httpOptions, PaySdkObserver observer) {
    this.values = Map.copyOf(values);
    this.httpOptions = httpOptions;
    this.observer = observer;
  }

  /**
   * Settings from name/value pairs, with default HTTP options and no observer.
   *
   * @param values the settings, such as {@code baseUrl}, {@code merchantId}, {@code secret}
   * @return the settings
   * @throws NullPointerException when the map or a name in it is null
   */
  public static ProviderSettings of(Map<String, String> values) {
    return builder().putAll(values).build();
  }

  /** {@return a builder with no setting, default HTTP options and no observer} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A setting.
   *
   * @param name the setting's name
   * @return its value, when present and not blank
   */
  public Optional<String> get(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  /**
   * A required setting.
   *
   * @param name the setting's name
   * @return its value, never blank
   * @throws IllegalStateException naming the missing setting
   */
  public String require(String name) {
    return get(name).orElseThrow(() -> new IllegalStateException("setting '" + name + "' is required"));
  }

  /** {@return the names of every setting given (blank ones included), sorted} */
  public java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(values.keySet()));
  }

  /** {@return the HTTP settings for the client: timeouts, deadline, retries, proxy, shared transport} */
  public HttpOptions httpOptions() {
    return httpOptions;
  }

  /** {@return the observer for the client; {@link PaySdkObserver#NONE} by default} */
  public PaySdkObserver observer() {
    return observer;
  }

  /** {@return the names of the settings, never their values} */
  @Override
  public String toString() {
    return "ProviderSettings" + new TreeMap<>(values).keySet();
  }

  /** Builder. */
  public static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();
    private HttpOptions httpOptions = HttpOptions.defaults();
    private PaySdkObserver observer = PaySdkObserver.NONE;

    private Builder() {}

    /**
     * One text setting.
     *
     * @param name the setting's name
     * @param value its value; null removes it
     * @return this builder
     * @throws NullPointerException when the name is null
     */
    public Builder put(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      if (value == null) {
        values.remove(name);
      } else {
        values.put(name, value);
      }
      return this;
    }

    /**
     * Every pair of a map, as {@link #put}.
     *
     * @param settings the settings
     * @return this builder
     * @throws NullPointerException when the map or a name in it is null
     */
    public Builder putAll(Map<String, String> settings) {
      Objects.requireNonNull(settings, "settings == null").forEach(this::put);
      return this;
    }

    /**
     * HTTP settings. Default {@link HttpOptions#defaults()}.
     *
     * @param httpOptions the options
     * @return this builder
     * @throws NullPointerException when null
     */
    public Builder httpOptions(HttpOptions httpOptions) {
      this.httpOptions = Objects.requireNonNull(httpOptions, "httpOptions == null");
      return this;
    }

    /**
     * The observer. Default {@link PaySdkObserver#NONE}.
     *
     * @param observer the observer
     * @return this builder
     * @throws NullPointerException when null
     */
    public Builder observer(PaySdkObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer == null");
      return this;
    }

    /** {@return new settings} */
    public ProviderSettings build() {
      return new ProviderSettings(values, httpOptions, observer);
    }
  }
}
