package dev.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpRequestResponseTest {

  @Test
  void request_keepsHeadersInOrder_andFindsThemCaseInsensitively() {
    HttpRequest r = HttpRequest.post("https://gw.example/x").header("MerchantId", "M1").header("Sign", "S")
        .body("{\"a\":1}", "application/json").moneyMoving(true).timeout(Duration.ofSeconds(3)).build();

    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.headers()).containsExactly(Map.entry("MerchantId", "M1"), Map.entry("Sign", "S"));
    assertThat(r.header("merchantid")).isEqualTo("M1");
    assertThat(r.header("nope")).isNull();
    assertThat(r.bodyAsString()).isEqualTo("{\"a\":1}");
    assertThat(r.contentType()).isEqualTo("application/json");
    assertThat(r.moneyMoving()).isTrue();
    assertThat(r.timeout()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void withTimeout_copiesEverythingElse() {
    HttpRequest r = HttpRequest.post("https://gw.example/x").header("A", "1").body("b", "text/plain").moneyMoving(true)
        .build();

    HttpRequest copy = r.withTimeout(Duration.ofMillis(500));

    assertThat(copy.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(copy.headers()).isEqualTo(r.headers());
    assertThat(copy.body()).isEqualTo(r.body());
    assertThat(copy.contentType()).isEqualTo("text/plain");
    assertThat(copy.moneyMoving()).isTrue();
    assertThat(copy.url()).isEqualTo(r.url());
  }

  @Test
  void request_toString_masksTheQueryString() {
    HttpRequest r = HttpRequest.get("https://gw.example/q?mchOrderNo=PO-1&sign=ABCDEF").build();

    assertThat(r.toString()).isEqualTo("GET https://gw.example/q?mchOrderNo=PO-1&sign=***");
    assertThat(r.body()).isNull();
    assertThat(r.bodyAsString()).isNull();
  }

  @Test
  void request_rejectsNulls() {
    assertThatThrownBy(() -> HttpRequest.get(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("url == null");
    assertThatThrownBy(() -> HttpRequest.get("u").header("n", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> HttpRequest.post("u").body((byte[]) null, "t")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void response_headersAreCaseInsensitive_andStatusClassified() {
    HttpResponse r = new HttpResponse(201, Map.of("content-type", List.of("application/json"), "X-Many", List.of("1", "2")),
        "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.headers().get("x-many")).containsExactly("1", "2");
    assertThat(r.header("missing")).isNull();
    assertThat(r.isSuccessful()).isTrue();
    assertThat(new HttpResponse(302, Map.of(), null).isSuccessful()).isFalse();
    assertThat(new HttpResponse(199, Map.of(), null).isSuccessful()).isFalse();
    assertThat(new HttpResponse(503, Map.of(), null).body()).isEmpty();
    assertThat(r.toString()).isEqualTo("HttpResponse[201, 2 bytes]");
  }
}
