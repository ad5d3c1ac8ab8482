package dev.paysdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrozenFieldsTest {

  private static Map<String, String> owned() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("status", "2");
    m.put("amount", "100");
    m.put("sign", "ABC");
    return m;
  }

  @Test
  void readsAsTheMap_inItsOrder_andNothingThroughItCanChangeIt() {
    FrozenFields f = FrozenFields.of(owned());

    assertThat(f).containsExactly(Map.entry("status", "2"), Map.entry("amount", "100"), Map.entry("sign", "ABC"));
    assertThat(f.get("amount")).isEqualTo("100");
    assertThat(f).isEqualTo(owned()).hasSameHashCodeAs(owned());
    assertThatThrownBy(() -> f.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.remove("sign")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.keySet().remove("sign")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.entrySet().iterator().next().setValue("3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(FrozenFields.of(f)).isSameAs(f);
  }

  @Test
  void refusesNullNamesAndValues() {
    Map<String, String> withNull = owned();
    withNull.put("fee", null);
    assertThatThrownBy(() -> FrozenFields.of(withNull)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anEvent_keepsFrozenFieldsAsTheyAre_andCopiesAnyOtherMap() {
    Map<String, String> plain = owned();
    FrozenFields frozen = FrozenFields.of(owned());
    WebhookEvent.Builder b = WebhookEvent.builder().providerId("inr-agentpay").type(WebhookEvent.Type.PAYOUT_STATUS)
        .deduplicationKey("k").ack(WebhookAck.plainText("success"));

    WebhookEvent fromPlain = b.fields(plain).build();
    plain.put("status", "3");
    WebhookEvent fromFrozen = b.fields(frozen).build();

    assertThat(fromPlain.fields()).containsEntry("status", "2");
    assertThat(fromFrozen.fields()).isSameAs(frozen);
  }
}
