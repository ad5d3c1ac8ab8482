package dev.paysdk.core.http;

import dev.paysdk.core.http.okhttp.OkHttpTransport;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * HTTP settings of a client: timeouts, overall deadline, retries, proxy and transport. Immutable;
 * {@link #toBuilder()} makes a variant. Every provider builder exposes these options.
 */
public final class HttpOptions {
  private static final HttpOptions DEFAULTS = builder().build();

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final Duration deadline;
  private final RetryPolicy retryPolicy;
  private final Proxy proxy;
  private final String proxyUsername;
  private final String proxyPassword;
  private final HttpTransport transport;
  private final Sleeper sleeper;
  private final Clock clock;

  private HttpOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.deadline = b.deadline;
    this.retryPolicy = b.retryPolicy;
    this.proxy = b.proxy;
    this.proxyUsername = b.proxyUsername;
    this.proxyPassword = b.proxyPassword;
    this.transport = b.transport;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
  }

  public static HttpOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.deadline = deadline;
    b.retryPolicy = retryPolicy;
    b.proxy = proxy;
    b.proxyUsername = proxyUsername;
    b.proxyPassword = proxyPassword;
    b.transport = transport;
    b.sleeper = sleeper;
    b.clock = clock;
    return b;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  public Duration callTimeout() {
    return callTimeout;
  }

  public Duration deadline() {
    return deadline;
  }

  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The proxy, or null for a direct connection. */
  public Proxy proxy() {
    return proxy;
  }

  public String proxyUsername() {
    return proxyUsername;
  }

  /** The proxy password; never printed by {@link #toString()}. */
  public String proxyPassword() {
    return proxyPassword;
  }

  /** The transport given to the builder to share, if any (then its owner closes it). */
  public java.util.Optional<HttpTransport> sharedTransport() {
    return java.util.Optional.ofNullable(transport);
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * The transport: the one given to the builder, or an {@link OkHttpTransport} configured from
   * these options. Build it once per client and share it.
   */
  public HttpTransport createTransport() {
    return transport != null ? transport : OkHttpTransport.from(this);
  }

  @Override
  public String toString() {
    return "HttpOptions[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout="
        + callTimeout + ", deadline=" + deadline + ", " + retryPolicy + ", proxy=" + proxy
        + (proxyUsername != null ? ", proxyUsername=" + proxyUsername + ", proxyPassword=***" : "")
        + (transport != null ? ", transport=" + transport.getClass().getSimpleName() : "") + "]";
  }

  /** Builder; every option has a default. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(45);
    private Duration deadline = Duration.ofSeconds(90);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Proxy proxy;
    private String proxyUsername;
    private String proxyPassword;
    private HttpTransport transport;
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Time to open a connection. Default 10 s. */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = positive(d, "connectTimeout");
      return this;
    }

    /** Longest silence while reading an answer. Default 30 s: gateways can be slow to confirm a payout. */
    public Builder readTimeout(Duration d) {
      this.readTimeout = positive(d, "readTimeout");
      return this;
    }

    /** Time limit for one attempt, from connect to the last byte of the answer. Default 45 s. */
    public Builder callTimeout(Duration d) {
      this.callTimeout = positive(d, "callTimeout");
      return this;
    }

    /** Time limit for a whole operation, every retry included. Default 90 s. */
    public Builder deadline(Duration d) {
      this.deadline = positive(d, "deadline");
      return this;
    }

    /** Retry policy. Default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy p) {
      this.retryPolicy = Objects.requireNonNull(p, "retryPolicy == null");
      return this;
    }

    /** A proxy for every call. Default none (direct). */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy == null");
      return this;
    }

    /**
     * Basic credentials for an HTTP proxy: sent with every request to an {@code http} URL (so a
     * payout's body never has to be sent twice to answer a 407) and on the {@code CONNECT} of an
     * {@code https} tunnel when the proxy asks. A SOCKS proxy with credentials is rejected by
     * {@link #build()}.
     */
    public Builder proxyCredentials(String username, String password) {
      this.proxyUsername = Objects.requireNonNull(username, "username == null");
      this.proxyPassword = Objects.requireNonNull(password, "password == null");
      return this;
    }

    /**
     * A transport instead of the default OkHttp one. Share one transport between clients to share
     * a connection pool; {@code OkHttpTransport.builder().okHttpClient(yourClient)} wraps an
     * existing {@code OkHttpClient}. Timeouts and proxy settings of this builder do not apply to
     * a transport given here.
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport == null");
      return this;
    }

    /** Sleeper between retries, for tests. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Clock for deadlines and request times, for tests. Default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalStateException when proxy credentials are set without an HTTP proxy
     */
    public HttpOptions build() {
      if (proxyUsername != null && (proxy == null || proxy.type() != Proxy.Type.HTTP)) {
        throw new IllegalStateException("proxyCredentials(...) needs an HTTP proxy: set proxy(new Proxy(Proxy.Type.HTTP, "
            + "address)); credentials for " + (proxy == null ? "a direct connection" : "a " + proxy.type() + " proxy")
            + " would be ignored");
      }
      return new HttpOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
