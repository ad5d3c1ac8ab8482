package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentRouter;
import dev.paysdk.core.durable.WebhookInbox;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.observe.PaySdkObserver;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * PaySDK for Spring Boot 3.5 and 4.0: a client bean per gateway configured under
 * {@code paysdk.<provider id>.*}, a {@link PaymentRouter} from {@code paysdk.routing.*}, a webhook
 * endpoint per gateway publishing {@link PaySdkWebhookEvent}s, a health indicator per gateway,
 * Micrometer observations when Micrometer is present, Jackson support for the neutral model, and
 * (opt-in) a {@link PaySdkReconciler}.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(PaySdkProperties.class)
@Import({PaySdkClientsConfiguration.class, PaySdkDurableConfiguration.class, PaySdkAutoConfiguration.Webhooks.class,
    PaySdkHealthConfiguration.class, PaySdkObservabilityConfiguration.class, PaySdkJacksonConfiguration.class})
public class PaySdkAutoConfiguration {

  /** Builds the clients; the one place properties become {@code ProviderSettings}. */
  @Bean
  @ConditionalOnMissingBean
  public PaySdkClientFactory paySdkClientFactory(Environment environment, PaySdkProperties properties,
      ObjectProvider<PaySdkObserver> observers, ObjectProvider<HttpTransport> transports) {
    return new PaySdkClientFactory(environment, properties, observers, transports);
  }

  /**
   * Every client bean, registered under its provider id, and the routes of {@code paysdk.routing.routes}.
   *
   * @throws PaySdkConfigurationException naming the route property that names no client, or that
   *     has neither a currency nor a destination
   */
  @Bean
  @ConditionalOnMissingBean
  public PaymentRouter paymentRouter(ObjectProvider<PaymentClient> clients, PaySdkProperties properties,
      PaySdkClientFactory factory) {
    factory.checkNoUnknownProperties();
    checkModulesPresent(factory);
    PaymentRouter.Builder b = PaymentRouter.builder();
    Map<String, PaymentClient> byId = new LinkedHashMap<>();
    clients.orderedStream().forEach(c -> {
      if (byId.putIfAbsent(c.providerId(), c) != null) {
        // two clients for one gateway: which one the router, the webhooks and the health use would
        // be an accident of registration order
        throw new PaySdkConfigurationException(List.of("paysdk." + c.providerId()), "two PaymentClient beans for "
            + c.providerId() + ": declare your own as its gateway's client type (for example AgentPayClient), so"
            + " that the starter backs off, or set paysdk." + c.providerId() + ".enabled=false", null);
      }
      b.client(c);
    });
    List<PaySdkProperties.Route> routes = properties.getRouting().getRoutes();
    for (int i = 0; i < routes.size(); i++) {
      PaySdkProperties.Route r = routes.get(i);
      String at = "paysdk.routing.routes[" + i + "]";
      PaymentClient client = r.getProvider() == null ? null : byId.get(r.getProvider().strip());
      if (client == null) {
        throw new PaySdkConfigurationException(List.of(at + ".provider"), at + ".provider is '" + r.getProvider()
            + "', which names no configured gateway; configured: " + byId.keySet(), null);
      }
      String currency = r.getCurrency() == null || r.getCurrency().isBlank() ? null
          : r.getCurrency().strip().toUpperCase(Locale.ROOT);
      if (currency != null && r.getDestination() != null) {
        b.routeCurrencyAndDestination(currency, r.getDestination(), client);
      } else if (currency != null) {
        b.routeCurrency(currency, client);
      } else if (r.getDestination() != null) {
        b.routeDestination(r.getDestination(), client);
      } else {
        throw new PaySdkConfigurationException(List.of(at + ".currency", at + ".destination"), at
            + " needs a currency, a destination, or both", null);
      }
    }
    return b.build();
  }

  /** Gateways configured whose module is missing would otherwise be silently ignored. */
  private static void checkModulesPresent(PaySdkClientFactory factory) {
    GatewaySettingsBinder.SHIPPED.forEach(id -> {
      String module = "sdk-" + id;
      if (factory.isConfigured(id) && dev.paysdk.core.PaymentProvider.find(id).isEmpty()) {
        throw new PaySdkConfigurationException(List.of("paysdk." + id), "paysdk." + id + ".* is set but " + module
            + " is not on the class path: add the dependency dev.paysdk:" + module + ", or remove the properties",
            null);
      }
    });
  }

  /** The background reconciler of payouts left unknown; with {@code paysdk.reconciler.enabled=true}. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(name = "paysdk.reconciler.enabled", havingValue = "true")
  public PaySdkReconciler paySdkReconciler(ObjectProvider<PaymentClient> clients, ApplicationEventPublisher events,
      PaySdkProperties properties) {
    return new PaySdkReconciler(id -> clients.orderedStream().filter(c -> c.providerId().equals(id)
        && c.supports(Capability.PAYOUTS)).findFirst().orElse(null), events, properties.getReconciler(),
        Clock.systemUTC());
  }

  /** A webhook endpoint per configured gateway that sends webhooks (servlet web applications). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.function.RouterFunction")
  @ConditionalOnProperty(name = "paysdk.webhooks.enabled", havingValue = "true", matchIfMissing = true)
  static class Webhooks {
    @Bean
    WebhookRoutes paySdkWebhookRoutes(ObjectProvider<PaymentClient> clients, WebhookInbox inbox,
        ApplicationEventPublisher events, ObjectProvider<PaySdkObserver> observers, PaySdkClientFactory factory,
        PaySdkProperties properties) {
      PaySdkObserver observer = PaySdkObserver.composite(observers.orderedStream().toList());
      Map<String, WebhookEndpoint> byPath = new LinkedHashMap<>();
      clients.orderedStream().filter(c -> c.supports(Capability.WEBHOOKS)).forEach(c -> {
        String custom = factory.property("paysdk." + c.providerId() + ".webhook-path");
        String path = custom != null && !custom.isBlank() ? custom.strip()
            : trimSlash(properties.getWebhooks().getPath()) + "/" + c.providerId();
        if (path.contains("${")) {
          throw new PaySdkConfigurationException(List.of("paysdk.webhooks.path"), "the webhook path " + path
              + " holds an unresolved placeholder", null);
        }
        if (!path.startsWith("/")) {
          path = "/" + path;
        }
        WebhookEndpoint previous = byPath.put(path, new WebhookEndpoint(c, inbox, events, observer,
            properties.getWebhooks().getLease()));
        if (previous != null) {
          throw new PaySdkConfigurationException(List.of("paysdk." + c.providerId() + ".webhook-path"),
              "two gateways' webhooks would share the path " + path, null);
        }
      });
      return new WebhookRoutes(byPath);
    }

    private static String trimSlash(String p) {
      String s = p == null ? "" : p.strip();
      return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
  }
}
