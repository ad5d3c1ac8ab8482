package dev.paysdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ValidationTest {
  private static final ErrorContext CTX = ErrorContext.of("payout-pen", "payout.create", "PE-1");

  @Test
  void throwIfInvalid_reportsEveryErrorTogether() {
    Validation v = new Validation(CTX);
    v.required("merchantOrderNo", "  ");
    v.required("payee.name", null);
    v.required("amount", 1);
    v.maxLength("remark", "x".repeat(31), 30);
    v.httpUrl("notifyUrl", "ftp://merchant.example/hook");
    v.email("payee.email", "not-an-email");
    v.check(false, "destination.cci", "must be 20 digits");

    assertThat(v.hasErrors()).isTrue();
    assertThatThrownBy(v::throwIfInvalid)
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("PE-1")
        .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting(FieldError::field)
            .containsExactly("merchantOrderNo", "payee.name", "remark", "notifyUrl", "payee.email", "destination.cci"))
        .hasMessageContaining("is 31 characters long, at most 30 allowed")
        .hasMessageContaining("notifyUrl: is not an absolute http or https URL")
        .hasMessageNotContaining("ftp://merchant.example/hook") // a URL may carry a token: never repeated
        .hasMessageNotContaining("not-an-email");
  }

  @Test
  void absentOptionalValues_andValidValues_passQuietly() {
    Validation v = new Validation(CTX);
    v.maxLength("remark", null, 5);
    v.httpUrl("notifyUrl", null);
    v.email("email", null);
    v.httpUrl("notifyUrl", "https://merchant.example/hook?x=1");
    v.email("email", "asha@example.co.in");
    v.add("extra", "added by hand");

    assertThat(v.errors()).containsExactly(new FieldError("extra", "added by hand"));
    assertThatCode(() -> new Validation(CTX).throwIfInvalid()).doesNotThrowAnyException();
  }

  @Test
  void isHttpUrl_isEmail_andHasLiteralIpHost() {
    assertThat(Validation.isHttpUrl("http://a.example")).isTrue();
    assertThat(Validation.isHttpUrl("HTTPS://a.example/x")).isTrue();
    assertThat(Validation.isHttpUrl("/relative")).isFalse();
    assertThat(Validation.isHttpUrl("mailto:a@b.c")).isFalse();
    assertThat(Validation.isHttpUrl("http://bad url")).isFalse();
    assertThat(Validation.isEmail("john.doe@email.com")).isTrue();
    assertThat(Validation.isEmail("john@localhost")).isFalse();
    assertThat(Validation.isEmail("a b@c.d")).isFalse();
    assertThat(Validation.hasLiteralIpHost("http://10.0.0.1:8080/x")).isTrue();
    assertThat(Validation.hasLiteralIpHost("http://[::1]/x")).isTrue();
    assertThat(Validation.hasLiteralIpHost("https://merchant.example/x")).isFalse();
    assertThat(Validation.hasLiteralIpHost("not a url")).isFalse();
  }
}
