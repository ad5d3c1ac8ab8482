package dev.paysdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  /** The order-query response sample of the Hexpay document, verbatim. */
  private static byte[] tradeQueryResponse() throws IOException {
    try (InputStream in = JsonTest.class.getResourceAsStream("/hexpay/trade-query-response.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void rawFields_ofTheDocumentSample_keepsTheNestedObjectAsItsExactReceivedText() throws IOException {
    byte[] body = tradeQueryResponse();
    String text = new String(body, StandardCharsets.UTF_8);

    Map<String, String> fields = Json.rawFields(body);

    assertThat(fields.keySet()).containsExactly("code", "data", "msg", "sign");
    assertThat(fields.get("code")).isEqualTo("0");
    assertThat(fields.get("msg")).isEqualTo("SUCCESS");
    assertThat(fields.get("sign")).isEqualTo("54F8ADD6BD9BC8867DCB319329F587FE");
    String data = text.substring(text.indexOf("{\n\"amount\""), text.indexOf("\n},\n\"msg\"") + 2);
    assertThat(fields.get("data")).isEqualTo(data).startsWith("{\n\"amount\": 0.001000,").endsWith("\"QrCode\"\n}");
  }

  @Test
  void rawFields_ofTheNestedData_keepsNumbersAsWritten() throws IOException {
    String data = Json.rawFields(tradeQueryResponse()).get("data");

    Map<String, String> fields = Json.rawFields(data);

    assertThat(fields).containsEntry("amount", "0.001000")
        .containsEntry("realPayAmount", "0.001000")
        .containsEntry("refundAmount", "0.000000")
        .containsEntry("state", "2")
        .containsEntry("createdAt", "2025-07-22 10:57:27")
        .containsEntry("realPayCurrency", "USDC");
    assertThat(fields.get("goods")).isEqualTo("{\n\"goodsDetail\": \"MacBook Pro 14-inch\",\n"
        + "\"goodsName\": \"MacBook Pro 14-inch\",\n\"goodsType\": \"MacBook\"\n}");
    assertThat(fields.keySet()).containsExactly("amount", "createdAt", "goods", "mchName", "mchNo", "mchOrderNo",
        "mchUserId", "payOrderId", "paySuccessTime", "realNetwork", "realPayAmount", "realPayCurrency",
        "refundAmount", "state", "updatedAt", "wayCode");
  }

  @Test
  void rawFields_keepsNumbersAsWritten_unescapesStrings_andKeepsArraysAndNulls() throws IOException {
    String body = "{\"a\":1.50,\"b\":100.0,\"c\":0.001000,\"d\":-0,\"e\":1e5,\"f\":12345678901234567890,"
        + "\"s\":\"x\\\"y\\\\z\\u00e9\\n\\/\",\"t\":true,\"u\":false,\"n\":null,"
        + "\"arr\":[1, 2.50 ,{\"k\":\"测试\"}],\"o\":{ }}";

    Map<String, String> fields = Json.rawFields(body.getBytes(StandardCharsets.UTF_8));

    assertThat(fields).containsEntry("a", "1.50").containsEntry("b", "100.0").containsEntry("c", "0.001000")
        .containsEntry("d", "-0").containsEntry("e", "1e5").containsEntry("f", "12345678901234567890")
        .containsEntry("s", "x\"y\\zé\n/").containsEntry("t", "true").containsEntry("u", "false")
        .containsEntry("n", null)
        .containsEntry("arr", "[1, 2.50 ,{\"k\":\"测试\"}]")
        .containsEntry("o", "{ }");
  }

  @Test
  void rawFields_rejectsWhatIsNotAJsonObject() {
    assertThatThrownBy(() -> Json.rawFields("[1,2]")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Json.rawFields("\"text\"")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Json.rawFields("{\"a\":1")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Json.rawFields("<html/>")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Json.rawFields(new byte[0])).isInstanceOf(IOException.class);
  }

  @Test
  void tree_parsesFloatsAsBigDecimal_andRejectsAnEmptyBody() throws IOException {
    JsonNode node = Json.tree("{\"amount\":0.1}".getBytes(StandardCharsets.UTF_8));

    assertThat(node.get("amount").isBigDecimal()).isTrue();
    assertThat(node.get("amount").decimalValue()).isEqualTo(new BigDecimal("0.1"));
    assertThatThrownBy(() -> Json.tree(new byte[0])).isInstanceOf(IOException.class);
  }

  @Test
  void text_keepsNumbersInTheirWrittenForm() throws IOException {
    JsonNode node = Json.tree("{\"a\":0.001000,\"b\":1.50,\"c\":100.0,\"d\":100,\"s\":\"x\",\"n\":null,\"o\":{\"k\":1}}"
        .getBytes(StandardCharsets.UTF_8));

    assertThat(Json.text(node, "a")).isEqualTo("0.001000");
    assertThat(Json.text(node, "b")).isEqualTo("1.50");
    assertThat(Json.text(node, "c")).isEqualTo("100.0");
    assertThat(Json.text(node, "d")).isEqualTo("100");
    assertThat(Json.text(node, "s")).isEqualTo("x");
    assertThat(Json.text(node, "n")).isNull();
    assertThat(Json.text(node, "missing")).isNull();
    assertThat(Json.text(null, "a")).isNull();
    assertThat(Json.text(node, "o")).isEqualTo("{\"k\":1}");
  }

  @Test
  void decimalLongIntAndBool_readNumbersAndNumericStrings() throws IOException {
    JsonNode node = Json.tree(("{\"amount\":\"10.50\",\"fee\":0.30,\"paise\":10000,\"big\":\"99999999999\","
        + "\"blank\":\" \",\"bad\":\"ten\",\"frac\":1.5,\"yes\":true,\"one\":\"1\",\"no\":\"false\"}")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(Json.decimal(node, "amount")).isEqualTo(new BigDecimal("10.50"));
    assertThat(Json.decimal(node, "fee")).isEqualTo(new BigDecimal("0.30"));
    assertThat(Json.decimal(node, "blank")).isNull();
    assertThat(Json.decimal(node, "missing")).isNull();
    assertThat(Json.longValue(node, "paise")).isEqualTo(10_000L);
    assertThat(Json.longValue(node, "big")).isEqualTo(99_999_999_999L);
    assertThat(Json.intValue(node, "paise")).isEqualTo(10_000);
    assertThat(Json.intValue(node, "missing")).isNull();
    assertThatThrownBy(() -> Json.intValue(node, "big")).isInstanceOf(IOException.class).hasMessageContaining("big");
    assertThatThrownBy(() -> Json.decimal(node, "bad")).isInstanceOf(IOException.class).hasMessageContaining("bad");
    assertThatThrownBy(() -> Json.longValue(node, "frac")).isInstanceOf(IOException.class)
        .hasMessageContaining("frac");
    assertThat(Json.bool(node, "yes")).isTrue();
    assertThat(Json.bool(node, "one")).isTrue();
    assertThat(Json.bool(node, "no")).isFalse();
    assertThat(Json.bool(node, "missing")).isNull();
  }

  @Test
  void write_isCompact() {
    assertThat(Json.write(Map.of("goodsName", "Mac \"Pro\""))).isEqualTo("{\"goodsName\":\"Mac \\\"Pro\\\"\"}");
  }
}
