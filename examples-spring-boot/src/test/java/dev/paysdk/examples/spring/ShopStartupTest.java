package dev.paysdk.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.spring.autoconfigure.PaySdkConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The shop started without its environment: it must not start, and must say which property is missing. */
class ShopStartupTest {

  /**
   * Auto-configuration and application.properties alone, without the shop's controllers. Neither a
   * {@code @SpringBootConfiguration} (the shop's tests would find two) nor a component (the shop's
   * scan would pick it up).
   */
  @org.springframework.boot.autoconfigure.EnableAutoConfiguration
  static class StarterOnly {}

  private static PaySdkConfigurationException startupFailure(Class<?> application, String... properties) {
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> new SpringApplicationBuilder(application)
        .web(WebApplicationType.NONE).run(java.util.Arrays.stream(properties).map(p -> "--" + p)
            .toArray(String[]::new)).close());
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PaySdkConfigurationException e) {
        return e;
      }
    }
    throw new AssertionError("the shop did not fail with a PaySdkConfigurationException", failure);
  }

  @Test
  void withoutTheGatewaysEnvironmentVariables_theShopDoesNotStart_andNamesAnUnresolvedProperty() {
    PaySdkConfigurationException e = startupFailure(ShopApplication.class, "paysdk.reconciler.enabled=false");
    assertThat(e.properties()).singleElement().asString().startsWith("paysdk.");
    assertThat(e.getMessage()).containsPattern("paysdk\\.[a-z-]+\\.[a-z-]+ holds the unresolved placeholder \\$\\{[A-Z_]+}");
  }

  @Test
  void aBlankSecret_stopsStartup_namingItsProperty() {
    assertThatThrownBy(() -> {
      throw startupFailure(StarterOnly.class, "paysdk.inr-agentpay.enabled=true", "paysdk.inr-agentpay.base-url=http://127.0.0.1:9",
          "paysdk.inr-agentpay.merchant-id=M1", "paysdk.inr-agentpay.secret=", "paysdk.payout-pen.enabled=false",
          "paysdk.vexora.enabled=false", "paysdk.hexpay.enabled=false", "paysdk.routing.routes=");
    }).hasMessageContaining("paysdk.inr-agentpay.secret is required (missing or blank)");
  }
}
