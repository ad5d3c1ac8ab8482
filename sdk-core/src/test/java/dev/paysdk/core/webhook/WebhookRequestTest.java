package dev.paysdk.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookRequestTest {

  @Test
  void headers_areFoundWhateverTheCaseOfTheName() {
    WebhookRequest r = WebhookRequest.builder()
        .header("Sign", "ABC")
        .header("X-Request-Id", "1")
        .header("x-request-id", "2")
        .build();

    assertThat(r.header("sign")).contains("ABC");
    assertThat(r.header("SIGN")).contains("ABC");
    assertThat(r.headers().get("X-REQUEST-ID")).containsExactly("1", "2");
    assertThat(r.header("missing")).isEmpty();
  }

  @Test
  void rawQuery_isDecoded_plusIsASpace_andPercent2BIsAPlus() {
    WebhookRequest r = WebhookRequest.builder()
        .rawQuery("mchOrderNo=PO-1&remark=paid+in+full&sum=1%2B1&name=%E6%B5%8B%E8%AF%95&flag&empty=&&state=2&state=3")
        .build();

    assertThat(r.queryParameters()).containsExactly(
        Map.entry("mchOrderNo", List.of("PO-1")),
        Map.entry("remark", List.of("paid in full")),
        Map.entry("sum", List.of("1+1")),
        Map.entry("name", List.of("测试")),
        Map.entry("flag", List.of("")),
        Map.entry("empty", List.of("")),
        Map.entry("state", List.of("2", "3")));
  }

  @Test
  void aBuiltRequest_doesNotChange_whenItsBuilderGoesOn_andItsMapsAndListsAreUnmodifiable() {
    WebhookRequest.Builder b = WebhookRequest.builder().header("Sign", "A").rawQuery("state=2&id=P1");
    WebhookRequest first = b.build();
    b.header("sign", "B").header("X-Other", "1").queryParameter("state", "3").queryParameter("extra", "x");
    WebhookRequest second = b.build();

    assertThat(first.headers()).containsOnlyKeys("Sign");
    assertThat(first.headers().get("sign")).containsExactly("A");
    assertThat(first.queryParameters()).containsExactly(Map.entry("state", List.of("2")), Map.entry("id", List.of("P1")));
    assertThat(second.headers().get("SIGN")).containsExactly("A", "B");
    assertThat(second.queryParameters()).containsExactly(Map.entry("state", List.of("2", "3")),
        Map.entry("id", List.of("P1")), Map.entry("extra", List.of("x")));
    assertThatThrownBy(() -> second.queryParameters().get("state").add("4"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> second.queryParameters().put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> second.headers().get("sign").set(0, "C")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(WebhookRequest.builder().build().queryParameters()).isEmpty();
    assertThat(WebhookRequest.builder().build().header("Sign")).isEmpty();
  }

  @Test
  void formParameters_parseTheBody_inArrivalOrder_firstValueWins() {
    WebhookRequest r = WebhookRequest.builder()
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .body("payOrderId=P1&amount=0.001000&subject=Mac+Book+%26+Co&state=2&state=9&sign=a%2Bb%2F%3D")
        .build();

    assertThat(r.isForm()).isTrue();
    assertThat(r.contentType()).isEqualTo("application/x-www-form-urlencoded; charset=UTF-8");
    assertThat(r.formParameters()).containsExactly(
        Map.entry("payOrderId", "P1"),
        Map.entry("amount", "0.001000"),
        Map.entry("subject", "Mac Book & Co"),
        Map.entry("state", "2"),
        Map.entry("sign", "a+b/="));
  }

  @Test
  void parseForm_handlesEmptyAndValuelessInput() {
    assertThat(WebhookRequest.parseForm(null)).isEmpty();
    assertThat(WebhookRequest.parseForm("")).isEmpty();
    assertThat(WebhookRequest.parseForm("a&&b=&=c")).containsExactly(
        Map.entry("a", ""), Map.entry("b", ""), Map.entry("", "c"));
  }

  @Test
  void body_isCopiedInAndOut() {
    byte[] bytes = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    WebhookRequest r = WebhookRequest.builder().body(bytes).contentType("application/json").build();
    bytes[0] = 'X';
    r.body()[1] = 'Y';

    assertThat(r.bodyAsString()).isEqualTo("{\"a\":1}");
    assertThat(r.isForm()).isFalse();
    assertThat(r.method()).isEqualTo("POST");
  }

  @Test
  void method_isUpperCased_andContentTypeFallsBackToTheHeader() {
    WebhookRequest r = WebhookRequest.builder().method("get").header("content-type", "text/plain").build();

    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.contentType()).isEqualTo("text/plain");
    assertThat(r.bodyAsString()).isEmpty();
  }

  @Test
  void toString_namesNoHeaderValueAndNoBody() {
    WebhookRequest r = WebhookRequest.builder().header("Sign", "SECRET-SIGNATURE").body("accountNo=123456789012").build();

    assertThat(r.toString()).contains("Sign").doesNotContain("SECRET-SIGNATURE").doesNotContain("123456789012");
  }

  @Test
  void builder_rejectsNulls() {
    assertThatThrownBy(() -> WebhookRequest.builder().header(null, "v")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WebhookRequest.builder().header("n", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WebhookRequest.builder().body((byte[]) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WebhookRequest.builder().method(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void webhookEvent_keepsItsFields_dropsNullValues_andCastsTheProviderEvent() {
    WebhookEvent e = WebhookEvent.builder().providerId("vexora").type(WebhookEvent.Type.PAYOUT_STATUS)
        .merchantOrderNo("T-1").providerOrderNo("P-1").payoutStatus(dev.paysdk.core.PayoutStatus.SUCCEEDED)
        .rawStatus("0000").fields(new java.util.HashMap<>(java.util.Collections.singletonMap("x", null)))
        .deduplicationKey("vexora:T-1:0000").ack(WebhookAck.plainText("OK")).providerEvent("native").build();

    assertThat(e.fields()).isEmpty();
    assertThat(e.providerEvent(String.class)).isEqualTo("native");
    assertThatThrownBy(() -> e.providerEvent(Integer.class)).isInstanceOf(ClassCastException.class);
    assertThat(e.ack()).isEqualTo(new WebhookAck(200, "text/plain; charset=UTF-8", "OK"));
    assertThat(e.payInStatus()).isEmpty();
    assertThat(e.toString()).contains("T-1").contains("SUCCEEDED").contains("0000");
  }

  @Test
  void webhookEvent_keepsTheFieldsInTheOrderTheyArrived_andIsUnmodifiable() {
    java.util.Map<String, String> received = new java.util.LinkedHashMap<>();
    for (String k : new String[] {"status", "amount", "mchOrderNo", "fee", "channelPayNo", "agentpayOrderId", "sign"}) {
      received.put(k, k + "-value");
    }
    WebhookEvent e = WebhookEvent.builder().providerId("inr-agentpay").type(WebhookEvent.Type.PAYOUT_STATUS)
        .rawStatus("2").fields(received).deduplicationKey("k").ack(WebhookAck.plainText("success")).build();

    assertThat(e.fields().keySet())
        .containsExactly("status", "amount", "mchOrderNo", "fee", "channelPayNo", "agentpayOrderId", "sign");
    assertThatThrownBy(() -> e.fields().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sign=%zz", "a=1&sign=%", "a=1&b=%4", "%G1=x", "amount=100%&sign=ab", "x=%-1", "k=%%41"})
  void rawQuery_withAMalformedPercentEscape_isASignatureFailure_namingThePositionButNotTheText(String query) {
    assertThatThrownBy(() -> WebhookRequest.builder().rawQuery(query))
        .isInstanceOf(SignatureVerificationException.class)
        .isInstanceOf(PaymentException.class)
        .hasMessageContaining("query string").hasMessageContaining("malformed percent escape")
        .hasMessageContaining("#")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(query.substring(query.indexOf('%'))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"payOrderId=P1&sign=%zz", "state=2&amount=%", "%e4%b8=1&x=%ZZ"})
  void formParametersAndParseForm_withAMalformedPercentEscape_areASignatureFailure(String body) {
    WebhookRequest r = WebhookRequest.builder().contentType("application/x-www-form-urlencoded").body(body).build();

    assertThatThrownBy(r::formParameters).isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("form body");
    assertThatThrownBy(() -> WebhookRequest.parseForm(body)).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void rawQuery_namesTheBrokenParametersPosition() {
    assertThatThrownBy(() -> WebhookRequest.builder().rawQuery("a=1&&b=2&sign=%zz"))
        .hasMessageContaining("field #4");
  }
}
