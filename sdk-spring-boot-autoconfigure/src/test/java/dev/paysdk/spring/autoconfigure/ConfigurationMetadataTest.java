package dev.paysdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.PaymentProvider;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigurationMetadataTest {

  private static Set<String> documented() throws Exception {
    Set<String> names = new HashSet<>();
    try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("metadata written by the configuration processor").isNotNull();
      for (JsonNode p : new ObjectMapper().readTree(in).get("properties")) {
        names.add(p.get("name").asText());
        assertThat(p.path("description").asText()).as("description of %s", p.get("name")).isNotBlank();
      }
    }
    return names;
  }

  @Test
  void everySettingOfEveryGateway_andEveryCommonProperty_isDocumentedForTheIde() throws Exception {
    Set<String> names = documented();
    List<PaymentProvider> gateways = PaymentProvider.discover().stream()
        .filter(p -> !p.id().equals("fake-gateway")).toList();
    assertThat(gateways).extracting(PaymentProvider::id)
        .containsExactlyInAnyOrder("hexpay", "inr-agentpay", "payout-pen", "vexora");
    for (PaymentProvider p : gateways) {
      for (String setting : p.settingNames()) {
        assertThat(names).contains(GatewaySettingsBinder.property(p.id(), setting));
      }
      for (String common : GatewaySettingsBinder.COMMON) {
        assertThat(names).contains("paysdk." + p.id() + "." + common);
      }
    }
    assertThat(names).contains("paysdk.webhooks.path", "paysdk.routing.routes", "paysdk.http.read-timeout",
        "paysdk.reconciler.enabled", "paysdk.health.cache-time-to-live", "paysdk.jackson.raw-responses");
  }
}
