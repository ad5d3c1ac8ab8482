package dev.paysdk.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.sign.Canonicalizers;
import dev.paysdk.core.webhook.WebhookRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InboundFieldsTest {
  private static final Map<String, Shape> SHAPES = Map.of("payOrderId", Shape.IDENTIFIER, "state", Shape.STATUS,
      "amount", Shape.AMOUNT, "mchNo", Shape.MERCHANT_ID);
  private static final Set<String> KNOWN = Set.of("payOrderId", "payWay", "state", "amount", "mchNo", "mchName",
      "successUrl", "sign");

  private static Map<String, String> genuine() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("payOrderId", "P1");
    f.put("payWay", "USDC(Arbitrum)");
    f.put("state", "2");
    f.put("amount", "0.01");
    f.put("mchName", "Shop");
    f.put("mchNo", "M1");
    return f;
  }

  @Test
  void aGenuineFieldSet_passes() {
    assertThatCode(() -> InboundFields.requireUnambiguous(genuine(), CanonicalStyle.FRAGMENTS, SHAPES, KNOWN))
        .doesNotThrowAnyException();
  }

  @Test
  void anIdentityFieldAbsorbingTheNextFragment_isRejected_thoughItSignsTheSame() {
    Map<String, String> forged = genuine();
    forged.remove("payWay");
    forged.put("payOrderId", "P1&payWay=USDC(Arbitrum)");
    assertThat(Canonicalizers.sortedFragments().canonicalize(forged))
        .isEqualTo(Canonicalizers.sortedFragments().canonicalize(genuine()));

    assertThatThrownBy(() -> InboundFields.requireUnambiguous(forged, CanonicalStyle.FRAGMENTS, SHAPES, KNOWN))
        .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("'payOrderId'")
        .hasMessageNotContaining("USDC");
  }

  @Test
  void aFreeTextFieldAbsorbingTheMerchantNumber_isRejected_thoughItSignsTheSame() {
    Map<String, String> forged = genuine();
    forged.remove("mchNo");
    forged.put("mchName", "Shop&mchNo=M1");
    assertThat(Canonicalizers.sortedFragments().canonicalize(forged))
        .isEqualTo(Canonicalizers.sortedFragments().canonicalize(genuine()));

    assertThatThrownBy(() -> InboundFields.requireUnambiguous(forged, CanonicalStyle.FRAGMENTS, SHAPES, KNOWN))
        .isInstanceOf(MalformedAnswerException.class);
  }

  @Test
  void aNameHoldingASeparator_isRejected_withoutEchoingIt() {
    Map<String, String> forged = genuine();
    forged.remove("amount");
    forged.put("amount=0.01&payOrderId", forged.remove("payOrderId"));
    assertThatThrownBy(() -> InboundFields.requireUnambiguous(forged, CanonicalStyle.FRAGMENTS, SHAPES, KNOWN))
        .isInstanceOf(MalformedAnswerException.class).hasMessageNotContaining("amount=0.01");
  }

  @Test
  void ruleC_anyNameThatIsNotAPlainIdentifier_isRejected() {
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("amount=150000.00platFormTradeNo", "PT1");
    forged.put("status", "0000");
    assertThatThrownBy(() -> InboundFields.requireUnambiguous(forged, CanonicalStyle.PAIRS, Map.of(), Set.of()))
        .isInstanceOf(MalformedAnswerException.class);
    Map<String, String> ok = Map.of("amount", "150000.00", "platFormTradeNo", "PT1");
    assertThatCode(() -> InboundFields.requireUnambiguous(ok, CanonicalStyle.PAIRS, Map.of(),
        Set.of("amount", "platFormTradeNo", "status"))).doesNotThrowAnyException();
  }

  @Test
  void ruleC_aNameThatIsNotKnown_isRejected_forItCanBeTheTailOfAReSplitName() {
    // genuine: ...platFormTradeNo=vx1remark=r... re-split as platFormTradeNo "vx1rema" and a field "rk"
    Set<String> known = Set.of("amount", "platFormTradeNo", "remark", "status", "tradeNo");
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("platFormTradeNo", "vx1rema");
    forged.put("rk", "r");
    forged.put("status", "0000");
    assertThatThrownBy(() -> InboundFields.requireUnambiguous(forged, CanonicalStyle.PAIRS, Map.of(), known))
        .isInstanceOf(MalformedAnswerException.class).hasMessageNotContaining("rk");
    Map<String, String> genuine = Map.of("platFormTradeNo", "vx1", "remark", "r", "status", "0000");
    assertThatCode(() -> InboundFields.requireUnambiguous(genuine, CanonicalStyle.PAIRS, Map.of(), known))
        .doesNotThrowAnyException();
    // the fragments rules have separators: an undocumented field there is harmless
    Map<String, String> extra = new LinkedHashMap<>(genuine());
    extra.put("undocumentedButSigned", "x");
    assertThatCode(() -> InboundFields.requireUnambiguous(extra, CanonicalStyle.FRAGMENTS, SHAPES, KNOWN))
        .doesNotThrowAnyException();
  }

  @Test
  void aUrlWithItsOwnQuery_isStillAccepted_whenItNamesNoKnownField() {
    Map<String, String> f = genuine();
    f.put("successUrl", "https://shop.example/ok?a=1&b=2");
    assertThatCode(() -> InboundFields.requireUnambiguous(f, CanonicalStyle.FRAGMENTS, SHAPES, KNOWN))
        .doesNotThrowAnyException();
  }

  @Test
  void extract_rejectsARepeatedNameWithDifferentValues_andAMalformedEscape() {
    WebhookRequest twice = WebhookRequest.builder().rawQuery("state=2").body("state=3")
        .contentType("application/x-www-form-urlencoded").build();
    assertThatThrownBy(() -> InboundFields.extract(twice, InboundFields.sources(InboundFields.Source.QUERY,
        InboundFields.Source.FORM))).isInstanceOf(MalformedAnswerException.class);
    WebhookRequest badEscape = WebhookRequest.builder().body("sign=%zz").contentType("application/x-www-form-urlencoded")
        .build();
    assertThatThrownBy(() -> InboundFields.extract(badEscape, InboundFields.sources(InboundFields.Source.FORM)))
        .isInstanceOf(MalformedAnswerException.class);
    WebhookRequest same = WebhookRequest.builder().rawQuery("state=2").body("state=2").build();
    assertThat(InboundFields.extract(same, InboundFields.sources(InboundFields.Source.QUERY, InboundFields.Source.FORM)))
        .containsExactly(Map.entry("state", "2"));
  }

  @Test
  void without_isTheFieldsWithOneRemoved_inTheirOrder_withoutCopyingThem() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("b", "2");
    fields.put("sign", "S");
    fields.put("a", null);
    fields.put("c", "3");
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.remove("sign");
    Map<String, String> view = InboundFields.without(fields, "sign");
    assertThat(view).isEqualTo(copy).hasSize(3).doesNotContainKey("sign");
    assertThat(view.keySet()).containsExactly("b", "a", "c");
    assertThat(view.get("sign")).isNull();
    assertThat(view.get("c")).isEqualTo("3");
    assertThat(InboundFields.without(Map.of("x", "1"), "sign")).isEqualTo(Map.of("x", "1"));
    assertThatThrownBy(() -> view.put("d", "4"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
