package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.Destination;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code paysdk.*} properties shared by every gateway. Each gateway's own settings sit under
 * {@code paysdk.<provider id>.*} ({@code paysdk.inr-agentpay.merchant-id},
 * {@code paysdk.hexpay.app-id}...): they are the names of its {@code PaymentProvider.settingNames()}
 * in kebab case, plus {@code enabled}, {@code webhook-path}, {@code health.probe-order} and
 * {@code http.*} (which override {@code paysdk.http.*} for that gateway).
 */
@ConfigurationProperties(prefix = "paysdk")
public class PaySdkProperties {
  private final Http http = new Http();
  private final Webhooks webhooks = new Webhooks();
  private final Routing routing = new Routing();
  private final Health health = new Health();
  private final Reconciler reconciler = new Reconciler();
  private final Jackson jackson = new Jackson();

  /** HTTP settings of every gateway's client; each gateway may override them under {@code paysdk.<id>.http}. */
  public Http getHttp() {
    return http;
  }

  /** The webhook endpoints. */
  public Webhooks getWebhooks() {
    return webhooks;
  }

  /** The {@code PaymentRouter} bean's routes. */
  public Routing getRouting() {
    return routing;
  }

  /** The gateways' health indicators. */
  public Health getHealth() {
    return health;
  }

  /** The scheduled reconciler of payouts whose outcome is unknown. */
  public Reconciler getReconciler() {
    return reconciler;
  }

  /** JSON of the neutral model. */
  public Jackson getJackson() {
    return jackson;
  }

  /** HTTP settings; unset ones keep PaySDK's defaults. */
  public static class Http {
    /** Time to open a connection. PaySDK's default: 10s. */
    private Duration connectTimeout;
    /** Longest silence while reading an answer. PaySDK's default: 30s. */
    private Duration readTimeout;
    /** Time limit of one attempt. PaySDK's default: 45s. */
    private Duration callTimeout;
    /** Time limit of a whole operation, retries included. PaySDK's default: 90s. */
    private Duration deadline;
    /** Proxy for every call, as host:port. Default: direct connections. */
    private String proxy;
    /** Type of the proxy. */
    private Proxy.Type proxyType = Proxy.Type.HTTP;
    /** User name for the HTTP proxy. */
    private String proxyUsername;
    /** Password for the HTTP proxy. */
    private String proxyPassword;

    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
      return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    public Duration getCallTimeout() {
      return callTimeout;
    }

    public void setCallTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
    }

    public Duration getDeadline() {
      return deadline;
    }

    public void setDeadline(Duration deadline) {
      this.deadline = deadline;
    }

    public String getProxy() {
      return proxy;
    }

    public void setProxy(String proxy) {
      this.proxy = proxy;
    }

    public Proxy.Type getProxyType() {
      return proxyType;
    }

    public void setProxyType(Proxy.Type proxyType) {
      this.proxyType = proxyType;
    }

    public String getProxyUsername() {
      return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
      this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
      return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
      this.proxyPassword = proxyPassword;
    }
  }

  /** Webhook endpoints: one per configured gateway that sends webhooks. */
  public static class Webhooks {
    /** Whether the webhook endpoints are registered (servlet web applications only). */
    private boolean enabled = true;
    /** Base path: each gateway's endpoint is {@code <path>/<provider id>}, unless paysdk.<id>.webhook-path says otherwise. */
    private String path = "/webhooks";
    /** How long a delivery being handled is held in the inbox before another delivery may take it over. */
    private Duration lease = Duration.ofMinutes(5);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }

    public Duration getLease() {
      return lease;
    }

    public void setLease(Duration lease) {
      this.lease = lease;
    }
  }

  /** Routes of the {@code PaymentRouter} bean, tried in order: the first that accepts a payout wins. */
  public static class Routing {
    /** The routes, in order. */
    private List<Route> routes = new ArrayList<>();

    public List<Route> getRoutes() {
      return routes;
    }

    public void setRoutes(List<Route> routes) {
      this.routes = routes;
    }
  }

  /** One route: payouts in {@code currency} and/or to a destination of {@code destination} go to {@code provider}. */
  public static class Route {
    /** Currency of the payouts this route takes, such as INR. */
    private String currency;
    /** Destination kind of the payouts this route takes. */
    private Destination.Kind destination;
    /** Provider id of the client they go to, such as inr-agentpay. */
    private String provider;

    public String getCurrency() {
      return currency;
    }

    public void setCurrency(String currency) {
      this.currency = currency;
    }

    public Destination.Kind getDestination() {
      return destination;
    }

    public void setDestination(Destination.Kind destination) {
      this.destination = destination;
    }

    public String getProvider() {
      return provider;
    }

    public void setProvider(String provider) {
      this.provider = provider;
    }
  }

  /** Health indicators (actuator), one per configured gateway under {@code paysdk}. */
  public static class Health {
    /** How long a gateway check's result is reused before the gateway is asked again. */
    private Duration cacheTimeToLive = Duration.ofSeconds(10);

    public Duration getCacheTimeToLive() {
      return cacheTimeToLive;
    }

    public void setCacheTimeToLive(Duration cacheTimeToLive) {
      this.cacheTimeToLive = cacheTimeToLive;
    }
  }

  /** A background reconciler of payouts whose create ended in an unknown outcome. Off by default. */
  public static class Reconciler {
    /** Whether the PaySdkReconciler bean exists and runs. */
    private boolean enabled = false;
    /** Time between two runs. */
    private Duration interval = Duration.ofMinutes(1);
    /** Most gateway queries made by one run. */
    private int maxPerRun = 20;
    /** Most payouts tracked at once; track() refuses more. */
    private int maxTracked = 10_000;
    /** How long the gateway must keep saying an order does not exist, counted from when it was tracked, before it is believed. */
    private Duration notFoundGrace = Duration.ofMinutes(2);
    /** After this long a payout still unresolved is given up (an event says so). */
    private Duration giveUpAfter = Duration.ofHours(24);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getInterval() {
      return interval;
    }

    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    public int getMaxPerRun() {
      return maxPerRun;
    }

    public void setMaxPerRun(int maxPerRun) {
      this.maxPerRun = maxPerRun;
    }

    public int getMaxTracked() {
      return maxTracked;
    }

    public void setMaxTracked(int maxTracked) {
      this.maxTracked = maxTracked;
    }

    public Duration getNotFoundGrace() {
      return notFoundGrace;
    }

    public void setNotFoundGrace(Duration notFoundGrace) {
      this.notFoundGrace = notFoundGrace;
    }

    public Duration getGiveUpAfter() {
      return giveUpAfter;
    }

    public void setGiveUpAfter(Duration giveUpAfter) {
      this.giveUpAfter = giveUpAfter;
    }
  }

  /** JSON of the neutral model (Money, Payout, PayIn, Balance) in Spring's ObjectMapper / JsonMapper. */
  public static class Jackson {
    /** Whether written payouts and pay-ins carry the gateway's raw answer (it may hold personal data). */
    private boolean rawResponses = true;

    public boolean isRawResponses() {
      return rawResponses;
    }

    public void setRawResponses(boolean rawResponses) {
      this.rawResponses = rawResponses;
    }
  }
}
