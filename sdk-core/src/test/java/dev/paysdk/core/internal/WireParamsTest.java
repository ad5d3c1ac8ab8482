package dev.paysdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.core.testsupport.Digests;
import dev.paysdk.core.webhook.WebhookRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireParamsTest {
  private static final String GOODS = "{\"goodsName\":\"Mac \\\"Pro\\\" 14\",\"qty\":1,\"tags\":[\"a\",\"b\"]}";

  private static WireParams params() {
    return WireParams.builder()
        .string("mchNo", "M1")
        .string("subject", "Café & Co = 100% +fun\n\"quoted\" \\ 测试")
        .number("amount", new BigDecimal("10.50"))
        .number("paise", 1050L)
        .number("count", 3)
        .bool("enabled", false)
        .rawJson("goods", GOODS)
        .string("absent", null)
        .number("none", (BigDecimal) null)
        .string("memo", " ")
        .build();
  }

  @Test
  void toJson_writesEachKindAsItsWireText_inInsertionOrder_leavingNullsOut() {
    assertThat(params().toJson()).isEqualTo("{\"mchNo\":\"M1\",\"subject\":\"Café & Co = 100% +fun\\n\\\"quoted\\\" \\\\ 测试\","
        + "\"amount\":10.50,\"paise\":1050,\"count\":3,\"enabled\":false,\"goods\":" + GOODS + ",\"memo\":\" \"}");
  }

  @Test
  void toForm_urlEncodesEveryValue() {
    assertThat(params().toForm()).isEqualTo("mchNo=M1&subject=Caf%C3%A9+%26+Co+%3D+100%25+%2Bfun%0A%22quoted%22+%5C+"
        + "%E6%B5%8B%E8%AF%95&amount=10.50&paise=1050&count=3&enabled=false&goods="
        + "%7B%22goodsName%22%3A%22Mac+%5C%22Pro%5C%22+14%22%2C%22qty%22%3A1%2C%22tags%22%3A%5B%22a%22%2C%22b%22%5D%7D"
        + "&memo=+");
  }

  @Test
  void signingMap_holdsExactlyTheTextThatTravels() throws IOException {
    WireParams p = params();
    Map<String, String> signing = p.signingMap();

    // what a receiver reads back from the JSON body and from the form body is the signing map, value for value
    assertThat(Json.rawFields(p.toJson())).containsExactlyEntriesOf(signing);
    assertThat(WebhookRequest.parseForm(p.toForm())).containsExactlyEntriesOf(signing);
    assertThat(signing.get("goods")).isEqualTo(GOODS);
    assertThat(signing.get("amount")).isEqualTo("10.50");
    assertThat(signing).doesNotContainKeys("absent", "none");
  }

  @Test
  void theSignatureCoversTheBytesSent() throws IOException {
    WireParams unsigned = params();
    SigningRule rule = Signers.md5SortedFragments("k");
    WireParams signed = unsigned.with("sign", rule.sign(unsigned.signingMap()));

    Map<String, String> received = Json.rawFields(signed.toJson());
    String canonical = "amount=10.50&count=3&enabled=false&goods=" + GOODS + "&mchNo=M1&memo= &paise=1050"
        + "&subject=Café & Co = 100% +fun\n\"quoted\" \\ 测试&";
    assertThat(received.get("sign")).isEqualTo(Digests.md5Upper(canonical + "key=k"));
    rule.verify(received, received.get("sign"), dev.paysdk.core.error.ErrorContext.of("test", "roundtrip"));
  }

  @Test
  void with_replacesOrAppendsOrRemoves_withoutChangingTheOriginal() {
    WireParams p = WireParams.builder().string("a", "1").string("sign", "old").string("b", "2").build();

    assertThat(p.with("sign", "new").toJson()).isEqualTo("{\"a\":\"1\",\"b\":\"2\",\"sign\":\"new\"}");
    assertThat(p.with("sign", null).toJson()).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
    assertThat(p.toJson()).isEqualTo("{\"a\":\"1\",\"sign\":\"old\",\"b\":\"2\"}");
    assertThat(p.get("b")).isEqualTo("2");
    assertThat(p.get("zzz")).isNull();
  }

  @Test
  void builder_replacesARepeatedName() {
    WireParams p = WireParams.builder().string("a", "1").string("b", "2").number("a", 3).build();

    assertThat(p.params()).extracting(WireParams.Param::name).containsExactly("b", "a");
    assertThat(p.toJson()).isEqualTo("{\"b\":\"2\",\"a\":3}");
  }

  @Test
  void toString_isMaskedJson() {
    WireParams p = WireParams.builder().string("accountNo", "123456789012").string("secretKey", "s3cr3t").build();

    assertThat(p.toString()).contains("********9012").doesNotContain("123456789012").doesNotContain("s3cr3t");
  }

  @Test
  void emptyParams_giveEmptyBodies() {
    WireParams p = WireParams.builder().build();

    assertThat(p.toJson()).isEqualTo("{}");
    assertThat(p.toForm()).isEmpty();
    assertThat(p.signingMap()).isEqualTo(new LinkedHashMap<>());
  }

  @Test
  void toJsonBytes_isTheUtf8OfToJson_forEscapesAccentsAndSurrogates() {
    char[] alphabet = {'a', 'Z', '"', '\\', '\n', '\u0001', '/', 'é', '中', '\uD83D', '\uDE00', ' ', '\u007f'};
    java.util.Random r = new java.util.Random(7L);
    for (int i = 0; i < 2_000; i++) {
      WireParams.Builder b = WireParams.builder();
      for (int j = 0, n = r.nextInt(6); j < n; j++) {
        StringBuilder text = new StringBuilder();
        for (int k = 0, m = r.nextInt(8); k < m; k++) {
          text.append(alphabet[r.nextInt(alphabet.length)]);
        }
        switch (r.nextInt(3)) {
          case 0 -> b.string("s" + j + text, text.toString());
          case 1 -> b.number("n" + j, new BigDecimal(r.nextInt(100_000)).movePointLeft(r.nextInt(4)));
          default -> b.rawJson("r" + j, "[\"" + text + "\"]");
        }
      }
      WireParams p = b.build();
      assertThat(p.toJsonBytes()).as(p.toJson()).isEqualTo(p.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void toFormAndSigningMap_areWhatUrlEncoderAndACopyGive_onRandomTexts() {
    char[] alphabet = {'a', 'Z', '0', '-', '_', '.', '*', ' ', '+', '%', '&', '=', '~', 'é', '\uD83D', '\uDE00'};
    java.util.Random r = new java.util.Random(5L);
    for (int i = 0; i < 2_000; i++) {
      WireParams.Builder b = WireParams.builder();
      for (int j = 0, n = r.nextInt(5); j < n; j++) {
        StringBuilder text = new StringBuilder();
        for (int k = 0, m = r.nextInt(6); k < m; k++) {
          text.append(alphabet[r.nextInt(alphabet.length)]);
        }
        b.string("k" + j + text, text.toString());
      }
      WireParams p = b.build();
      java.util.StringJoiner form = new java.util.StringJoiner("&");
      Map<String, String> copy = new LinkedHashMap<>();
      for (WireParams.Param param : p.params()) {
        form.add(java.net.URLEncoder.encode(param.name(), java.nio.charset.StandardCharsets.UTF_8) + "="
            + java.net.URLEncoder.encode(param.text(), java.nio.charset.StandardCharsets.UTF_8));
        copy.put(param.name(), param.text());
      }
      assertThat(p.toForm()).isEqualTo(form.toString());
      assertThat(p.signingMap()).containsExactlyEntriesOf(copy).isEqualTo(copy);
    }
  }
}
