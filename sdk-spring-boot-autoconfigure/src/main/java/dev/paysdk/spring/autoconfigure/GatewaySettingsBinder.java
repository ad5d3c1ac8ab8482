package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.http.HttpOptions;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads {@code paysdk.<provider id>.*} into {@link ProviderSettings}: each of the provider's
 * {@link PaymentProvider#settingNames()} from its kebab-case property ({@code appId} from
 * {@code paysdk.hexpay.app-id}, which an environment variable {@code PAYSDK_HEXPAY_APPID} also
 * sets), and the HTTP options from {@code paysdk.http.*} overridden by {@code paysdk.<id>.http.*}.
 * An unknown property under the gateway, or a value holding an unresolved {@code ${...}}
 * placeholder, fails naming the property.
 */
final class GatewaySettingsBinder {
  /** An unresolved placeholder as Spring leaves it: {@code ${NAME}} or {@code ${NAME:default}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");
  /** A placeholder whose name may be printed: a plain property or variable name. */
  private static final Pattern PRINTABLE_PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z0-9_.\\-]{1,64}}");
  /** Property names whose values are secrets: nothing of their value is ever printed. */
  private static final Pattern SECRET_PROPERTY = Pattern.compile(".*(secret|password|private-key|key)$");
  /**
   * Gateways PaySDK ships, by id (module {@code sdk-<id>}): known even when the module is missing
   * (to say so).
   */
  static final List<String> SHIPPED = List.of("inr-agentpay", "hexpay", "payout-pen", "vexora");
  private static final Pattern QUOTED = Pattern.compile("'([A-Za-z0-9]+)'");
  /** Properties under {@code paysdk.<id>} that are not provider settings. */
  static final List<String> COMMON = List.of("enabled", "webhook-path", "health.probe-order", "http.connect-timeout",
      "http.read-timeout", "http.call-timeout", "http.deadline", "http.proxy", "http.proxy-type", "http.proxy-username",
      "http.proxy-password");

  private final Binder binder;
  private final Environment environment;

  GatewaySettingsBinder(Environment environment) {
    this.binder = Binder.get(environment);
    this.environment = environment;
  }

  /** The property of a provider setting: {@code paysdk.hexpay.app-id} for {@code appId}. */
  static String property(String providerId, String settingName) {
    return "paysdk." + providerId + "." + kebab(settingName);
  }

  static String kebab(String camel) {
    StringBuilder sb = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('-').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** True when any property is set under {@code paysdk.<id>} and {@code paysdk.<id>.enabled} is not false. */
  boolean isConfigured(String providerId) {
    String enabledProperty = "paysdk." + providerId + ".enabled";
    if (text(enabledProperty) != null) { // an unresolved placeholder fails here, never reads as false
      try {
        // Spring's own conversion: true/false, on/off, yes/no
        if (!binder.bind(enabledProperty, Bindable.of(Boolean.class)).orElse(Boolean.TRUE)) {
          return false;
        }
      } catch (BindException e) {
        throw new PaySdkConfigurationException(List.of(enabledProperty), enabledProperty
            + " is not a boolean (true or false)", e);
      }
    }
    if (!tree(providerId).isEmpty()) {
      return true;
    }
    // environment variables in the legacy form (PAYSDK_INR_AGENTPAY_MERCHANT_ID) bind by name only
    java.util.Optional<PaymentProvider> provider = PaymentProvider.find(providerId);
    if (provider.isPresent()) {
      for (String name : names(provider.get())) {
        if (text(property(providerId, name)) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Fails on a property under {@code paysdk.} that PaySDK does not know: a misspelled gateway id
   * ({@code paysdk.inr-agentapy.secret}) or shared property ({@code paysdk.http.conect-timeout})
   * would otherwise be ignored in silence. Properties under a gateway's id are checked when its
   * client is built. Environment variables are not checked (their names cannot be told from
   * relaxed forms of known ones); they are read by name only.
   *
   * @throws PaySdkConfigurationException naming every unknown property
   */
  void checkNoUnknownProperties() {
    Set<String> gateways = new TreeSet<>();
    SHIPPED.forEach(id -> gateways.add(uniform(id)));
    PaymentProvider.discover().forEach(p -> gateways.add(uniform(p.id())));
    Set<String> shared = sharedNames();
    Set<String> unknown = new TreeSet<>();
    org.springframework.boot.context.properties.source.ConfigurationPropertyName root =
        org.springframework.boot.context.properties.source.ConfigurationPropertyName.of("paysdk");
    for (org.springframework.boot.context.properties.source.ConfigurationPropertySource source
        : org.springframework.boot.context.properties.source.ConfigurationPropertySources.get(environment)) {
      if (!(source instanceof org.springframework.boot.context.properties.source.IterableConfigurationPropertySource it)
          || source.getUnderlyingSource() instanceof org.springframework.core.env.SystemEnvironmentPropertySource) {
        continue;
      }
      it.filter(root::isAncestorOf).stream().forEach(name -> {
        if (name.getNumberOfElements() < 2) {
          return;
        }
        String first = name.getElement(1,
            org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form.UNIFORM);
        if (gateways.contains(first)) {
          return; // checked against the gateway's settings when its client is built
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i < name.getNumberOfElements(); i++) {
          if (name.isNumericIndex(i)) {
            continue;
          }
          rest.append(rest.length() == 0 ? "" : ".").append(name.getElement(i,
              org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form.UNIFORM));
        }
        if (!shared.contains(rest.toString())) {
          unknown.add(name.toString());
        }
      });
    }
    if (!unknown.isEmpty()) {
      throw new PaySdkConfigurationException(new ArrayList<>(unknown), String.join(", ", unknown)
          + (unknown.size() == 1 ? " is not a PaySDK property" : " are not PaySDK properties")
          + ": a gateway's properties are under paysdk.<gateway id>. (" + String.join(", ", SHIPPED)
          + "), the shared ones under paysdk.{http, webhooks, routing, health, reconciler, jackson, durable}", null);
    }
  }

  /** Every shared property, uniform: {@code http.connecttimeout}, {@code routing.routes.currency}... */
  private static Set<String> sharedNames() {
    Set<String> names = new TreeSet<>(List.of("durable.jdbc.enabled", "durable.recovery.enabled"));
    for (java.lang.reflect.Field section : PaySdkProperties.class.getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(section.getModifiers())) {
        continue;
      }
      Class<?> type = section.getType();
      for (java.lang.reflect.Field f : type.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        String prefix = uniform(section.getName()) + "." + uniform(f.getName());
        if (List.class.isAssignableFrom(f.getType())
            && f.getGenericType() instanceof java.lang.reflect.ParameterizedType pt
            && pt.getActualTypeArguments()[0] instanceof Class<?> element && !element.getName().startsWith("java.")) {
          for (java.lang.reflect.Field g : element.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(g.getModifiers())) {
              names.add(prefix + "." + uniform(g.getName()));
            }
          }
        } else {
          names.add(prefix);
        }
      }
    }
    return names;
  }

  /**
   * The provider's settings and HTTP options.
   *
   * @throws PaySdkConfigurationException naming the property that is unknown, unresolved or malformed
   */
  ProviderSettings.Builder bind(PaymentProvider provider, PaySdkProperties.Http defaults) {
    String id = provider.id();
    checkKnown(provider);
    ProviderSettings.Builder settings = ProviderSettings.builder();
    for (String name : names(provider)) {
      String property = property(id, name);
      String value = text(property);
      if (value != null) {
        settings.put(name, value);
      }
    }
    settings.httpOptions(httpOptions(id, defaults));
    return settings;
  }

  /**
   * Turns the SDK's complaint about a setting into one about its property.
   *
   * @return the exception to throw
   */
  static PaySdkConfigurationException translate(PaymentProvider provider, RuntimeException e) {
    List<String> named = new ArrayList<>();
    Matcher m = QUOTED.matcher(String.valueOf(e.getMessage()));
    while (m.find()) {
      if (names(provider).contains(m.group(1))) {
        named.add(property(provider.id(), m.group(1)));
      }
    }
    String detail = String.valueOf(e.getMessage());
    if (named.isEmpty()) {
      return new PaySdkConfigurationException(List.of("paysdk." + provider.id()), "PaySDK cannot build the "
          + provider.displayName() + " client from paysdk." + provider.id() + ".*: " + detail, e);
    }
    boolean required = detail.contains("required");
    return new PaySdkConfigurationException(named, String.join(", ", named) + (required
        ? (named.size() == 1 ? " is" : " are") + " required (missing or blank) for " + provider.displayName()
            + ": set it in application properties or the environment (" + detail + ")"
        : ": " + detail), e);
  }

  /**
   * The provider's setting names and, for a gateway built on the kit, their aliases (the gateway's
   * own names such as {@code mchNo} or {@code secretKey}): {@code paysdk.hexpay.mch-no} works as well
   * as {@code paysdk.hexpay.merchant-id}.
   */
  static List<String> names(PaymentProvider provider) {
    List<String> names = new ArrayList<>(provider.settingNames());
    if (provider instanceof dev.paysdk.core.gateway.GatewayProvider g) {
      for (dev.paysdk.core.gateway.GatewayDescriptor.Setting s : g.descriptor().settings()) {
        for (String alias : s.aliases()) {
          if (!names.contains(alias)) {
            names.add(alias);
          }
        }
      }
    }
    return names;
  }

  /** The text of a property; a value holding an unresolved placeholder fails. */
  String text(String property) {
    String value;
    try {
      value = binder.bind(property, Bindable.of(String.class)).orElse(null);
    } catch (BindException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new PaySdkConfigurationException(List.of(property), property + " cannot be read: " + cause.getMessage(), e);
    }
    if (value != null) {
      Matcher m = PLACEHOLDER.matcher(value);
      if (m.find()) {
        // the placeholder's name helps, but of a secret's value nothing is ever printed
        // (a whole value that is one placeholder is a reference, not a secret: it is named)
        boolean printable = PRINTABLE_PLACEHOLDER.matcher(m.group()).matches()
            && (m.group().equals(value.strip()) || !SECRET_PROPERTY.matcher(property.toLowerCase(Locale.ROOT)).matches());
        throw new PaySdkConfigurationException(List.of(property), property + " holds "
            + (printable ? "the unresolved placeholder " + m.group() : "an unresolved ${...} placeholder")
            + ": define the property or environment variable it names, or give a default "
            + "(${NAME:default}); PaySDK never takes a placeholder as a value", null);
      }
    }
    return value;
  }

  private Map<String, Object> tree(String providerId) {
    return binder.bind("paysdk." + providerId, Bindable.mapOf(String.class, Object.class)).orElse(Map.of());
  }

  private void checkKnown(PaymentProvider provider) {
    Set<String> known = new TreeSet<>();
    names(provider).forEach(n -> known.add(kebab(n)));
    known.addAll(COMMON);
    Set<String> knownUniform = new TreeSet<>();
    known.forEach(k -> knownUniform.add(uniform(k)));
    List<String> unknown = new ArrayList<>();
    flatten("", tree(provider.id()), name -> {
      if (!knownUniform.contains(uniform(name))) {
        unknown.add("paysdk." + provider.id() + "." + name);
      }
    });
    if (!unknown.isEmpty()) {
      throw new PaySdkConfigurationException(unknown, String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
          + " not " + provider.displayName() + " propert" + (unknown.size() == 1 ? "y" : "ies") + "; known: paysdk."
          + provider.id() + ".{" + String.join(", ", known) + "}", null);
    }
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, Map<String, Object> tree, Consumer<String> out) {
    tree.forEach((k, v) -> {
      String name = prefix.isEmpty() ? k : prefix + "." + k;
      if (v instanceof Map<?, ?> nested) {
        flatten(name, (Map<String, Object>) nested, out);
      } else {
        out.accept(name);
      }
    });
  }

  /** {@code app-id}, {@code appid} and {@code appId} are the same name to Spring Boot. */
  private static String uniform(String name) {
    return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  private HttpOptions httpOptions(String id, PaySdkProperties.Http defaults) {
    HttpOptions.Builder b = HttpOptions.builder();
    String p = "paysdk." + id + ".http.";
    String shared = "paysdk.http.";
    duration(p, shared, "connect-timeout", defaults.getConnectTimeout(), b::connectTimeout);
    duration(p, shared, "read-timeout", defaults.getReadTimeout(), b::readTimeout);
    duration(p, shared, "call-timeout", defaults.getCallTimeout(), b::callTimeout);
    duration(p, shared, "deadline", defaults.getDeadline(), b::deadline);
    // the shared values are read by name too, so that an unresolved placeholder there fails as well
    String proxy = orDefault(text(p + "proxy"), orDefault(text(shared + "proxy"), defaults.getProxy()));
    if (proxy != null && !proxy.isBlank()) {
      String typeText = orDefault(text(p + "proxy-type"), text(shared + "proxy-type"));
      Proxy.Type type;
      try {
        type = typeText == null ? defaults.getProxyType() : Proxy.Type.valueOf(typeText.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new PaySdkConfigurationException(List.of(p + "proxy-type"), p + "proxy-type must be HTTP or SOCKS", e);
      }
      b.proxy(new Proxy(type, address(proxy, p + "proxy")));
      String user = orDefault(text(p + "proxy-username"), orDefault(text(shared + "proxy-username"),
          defaults.getProxyUsername()));
      String password = orDefault(text(p + "proxy-password"), orDefault(text(shared + "proxy-password"),
          defaults.getProxyPassword()));
      if (user != null) {
        b.proxyCredentials(user, password == null ? "" : password);
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new PaySdkConfigurationException(List.of(p + "proxy"), "paysdk http settings of " + id + ": "
          + e.getMessage(), e);
    }
  }

  /** The gateway's duration, else the shared one, else the default; a bad one is named as written. */
  private void duration(String gatewayPrefix, String sharedPrefix, String name, Duration fallback,
      Consumer<Duration> setter) {
    String property = gatewayPrefix + name;
    Duration d = boundDuration(property);
    if (d == null) {
      property = sharedPrefix + name;
      d = boundDuration(property);
    }
    if (d == null) {
      d = fallback;
    }
    if (d != null) {
      try {
        setter.accept(d);
      } catch (IllegalArgumentException e) {
        throw new PaySdkConfigurationException(List.of(property), property + " must be positive, is " + d, e);
      }
    }
  }

  private Duration boundDuration(String property) {
    text(property); // an unresolved placeholder fails naming the property
    try {
      return binder.bind(property, Bindable.of(Duration.class)).orElse(null);
    } catch (BindException e) {
      throw new PaySdkConfigurationException(List.of(property), property + " is not a duration such as 10s or 500ms", e);
    }
  }

  private static InetSocketAddress address(String hostPort, String property) {
    int colon = hostPort.lastIndexOf(':');
    try {
      return InetSocketAddress.createUnresolved(hostPort.substring(0, colon).strip(),
          Integer.parseInt(hostPort.substring(colon + 1).strip()));
    } catch (RuntimeException e) {
      throw new PaySdkConfigurationException(List.of(property), property + " must be host:port, such as proxy.example:3128", e);
    }
  }

  private static String orDefault(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
