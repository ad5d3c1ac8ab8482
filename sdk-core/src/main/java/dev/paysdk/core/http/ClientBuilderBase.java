package dev.paysdk.core.http;

import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The options every provider client builder shares: base URL and HTTP settings. Provider builders
 * extend it, so {@code AgentPayClient.builder().connectTimeout(...)} and
 * {@code VexoraClient.builder().connectTimeout(...)} read and behave the same.
 *
 * @param <B> the concrete builder
 */
public abstract class ClientBuilderBase<B extends ClientBuilderBase<B>> {
  private String baseUrl;
  private HttpOptions.Builder http = HttpOptions.builder();
  private dev.paysdk.core.observe.PaySdkObserver observer = dev.paysdk.core.observe.PaySdkObserver.NONE;

  protected ClientBuilderBase() {}

  /** This builder, typed. */
  protected abstract B self();

  /**
   * The gateway's base URL, as the gateway gave it to the merchant. Required. May carry a path
   * prefix (such as {@code https://host/indonesia}); paths are appended after it.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL
   */
  public B baseUrl(String baseUrl) {
    BaseUrl.of(baseUrl); // fail at once on a malformed URL
    this.baseUrl = baseUrl;
    return self();
  }

  /** Replaces every HTTP option at once. */
  public B httpOptions(HttpOptions options) {
    this.http = Objects.requireNonNull(options, "httpOptions == null").toBuilder();
    return self();
  }

  /** Time to open a connection. Default 10 s. */
  public B connectTimeout(Duration timeout) {
    http.connectTimeout(timeout);
    return self();
  }

  /** Longest silence while reading an answer. Default 30 s. */
  public B readTimeout(Duration timeout) {
    http.readTimeout(timeout);
    return self();
  }

  /** Time limit for one attempt. Default 45 s. */
  public B callTimeout(Duration timeout) {
    http.callTimeout(timeout);
    return self();
  }

  /** Time limit for a whole operation, retries included. Default 90 s. */
  public B deadline(Duration deadline) {
    http.deadline(deadline);
    return self();
  }

  /** Retry policy for reads (and for money-moving calls that provably never left). */
  public B retryPolicy(RetryPolicy policy) {
    http.retryPolicy(policy);
    return self();
  }

  /** A proxy for every call. Default direct. */
  public B proxy(Proxy proxy) {
    http.proxy(proxy);
    return self();
  }

  /** Basic credentials for the proxy. */
  public B proxyCredentials(String username, String password) {
    http.proxyCredentials(username, password);
    return self();
  }

  /**
   * The HTTP transport; share one between clients to share a connection pool. Default an OkHttp
   * transport built from this builder's timeouts and proxy.
   */
  public B transport(HttpTransport transport) {
    http.transport(transport);
    return self();
  }

  /** Sleeper between retries, for tests. */
  public B sleeper(Sleeper sleeper) {
    http.sleeper(sleeper);
    return self();
  }

  /** Clock for request timestamps and deadlines, for tests. Default UTC system clock. */
  public B clock(Clock clock) {
    http.clock(clock);
    return self();
  }

  /**
   * Receives each operation's start, attempts and outcome, and each webhook's verification, for
   * metrics and alerting ({@code sdk-micrometer} adapts it to Micrometer). Default
   * {@link dev.paysdk.core.observe.PaySdkObserver#NONE}.
   *
   * @throws NullPointerException when null
   */
  public B observer(dev.paysdk.core.observe.PaySdkObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer == null");
    return self();
  }

  /**
   * Applies what {@link dev.paysdk.core.ProviderSettings} carry besides named settings: its HTTP
   * options and its observer.
   */
  public B providerSettings(dev.paysdk.core.ProviderSettings settings) {
    Objects.requireNonNull(settings, "providerSettings == null");
    httpOptions(settings.httpOptions());
    return observer(settings.observer());
  }

  /** The observer as configured. */
  protected dev.paysdk.core.observe.PaySdkObserver observer() {
    return observer;
  }

  /**
   * The base URL.
   *
   * @throws IllegalStateException when it was not set
   */
  protected BaseUrl requireBaseUrl() {
    if (baseUrl == null) {
      throw new IllegalStateException("baseUrl is required: call baseUrl(\"https://...\") with the URL the gateway gave you");
    }
    return BaseUrl.of(baseUrl);
  }

  /** The HTTP options as configured. */
  protected HttpOptions httpOptions() {
    return http.build();
  }

  /**
   * Helper for {@code build()}: fails with a how-to-fix message when a required value is missing.
   *
   * @throws IllegalStateException naming the setter to call
   */
  protected static <T> T require(T value, String setter) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw new IllegalStateException(setter + " is required: call " + setter + "(...) on the builder");
    }
    return value;
  }

  /**
   * Helper for setters of merchant identifiers ({@code merchantId}, {@code merchantNo},
   * {@code mchNo}, {@code appId}...): such a value is signed and sent on every call, so one that
   * cannot be what the gateway issued is rejected at once instead of failing every signature later.
   * Rejected: blank text; leading or trailing whitespace; control characters (CR, LF, TAB, NUL, DEL,
   * U+0080 to U+009F), which would also let a value forge log lines; any character outside printable
   * ASCII (non-breaking or zero-width spaces, a byte-order mark, look-alike letters); and an
   * unresolved configuration placeholder such as {@code ${PAYSDK_MERCHANT_ID}}. The message names the
   * setter and the position and code point of the offending character, never the value itself.
   *
   * @param value the value given to the setter
   * @param setter the setter's name, such as {@code merchantId}
   * @return {@code value}, unchanged
   * @throws NullPointerException when {@code value} is null, naming the setter
   * @throws IllegalArgumentException when {@code value} is rejected, naming the setter and why
   */
  protected static String requireMerchantId(String value, String setter) {
    Objects.requireNonNull(value, setter + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(setter + " is blank: give the merchant id the gateway issued");
    }
    int placeholder = value.indexOf("${");
    if (placeholder >= 0 && value.indexOf('}', placeholder) > placeholder) {
      throw new IllegalArgumentException(setter + " looks like an unresolved configuration placeholder (${...}):"
          + " the property or environment variable behind it is not set");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(setter + " contains a control character (" + codePoint(c) + ") at"
            + " position " + i + "; merchant ids are printable ASCII");
      }
      if (c > 0x7E) {
        throw new IllegalArgumentException(setter + " contains a non-ASCII character (" + codePoint(c) + ") at"
            + " position " + i + "; merchant ids are printable ASCII (was it copied with an invisible character?)");
      }
    }
    if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
      throw new IllegalArgumentException(setter + " starts or ends with a space; merchant ids have none");
    }
    return value;
  }

  private static String codePoint(char c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }
}
