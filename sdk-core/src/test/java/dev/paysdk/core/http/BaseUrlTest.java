package dev.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaseUrlTest {

  @Test
  void resolve_keepsThePathPrefix() {
    BaseUrl base = BaseUrl.of("https://api.gateway.example/indonesia");

    assertThat(base.resolve("/v1/vexora/disbursements"))
        .isEqualTo("https://api.gateway.example/indonesia/v1/vexora/disbursements");
    assertThat(base.resolve("v1/x")).isEqualTo("https://api.gateway.example/indonesia/v1/x");
    assertThat(base.resolve("")).isEqualTo("https://api.gateway.example/indonesia");
  }

  @Test
  void of_dropsTrailingSlashes_andSurroundingWhitespace() {
    assertThat(BaseUrl.of(" https://h.example/prefix// ").resolve("/x")).isEqualTo("https://h.example/prefix/x");
    assertThat(BaseUrl.of("http://127.0.0.1:8080/").resolve("/x")).isEqualTo("http://127.0.0.1:8080/x");
    assertThat(BaseUrl.of("https://h.example/a")).isEqualTo(BaseUrl.of("https://h.example/a/"))
        .hasSameHashCodeAs(BaseUrl.of("https://h.example/a/")).hasToString("https://h.example/a");
  }

  @Test
  void of_rejectsWhatIsNotABaseUrl() {
    assertThatThrownBy(() -> BaseUrl.of("ftp://h.example")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute http or https");
    assertThatThrownBy(() -> BaseUrl.of("/relative")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BaseUrl.of("https://h.example/x?a=1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("query");
    assertThatThrownBy(() -> BaseUrl.of("https://h.example/x#frag")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BaseUrl.of("http://bad host")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BaseUrl.of(null)).isInstanceOf(NullPointerException.class).hasMessage("baseUrl == null");
  }
}
