package dev.paysdk.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawJsonTest {

  @Test
  void object_keepsEveryValueAsWritten() {
    Map<String, String> f = RawJson.object(("{\"a\":0.001000,\"b\":\"x\\\"y\",\"c\":true,\"d\":null,"
        + "\"e\":{\"n\":[1, 2.50]},\"f\":1e999999999}").getBytes(StandardCharsets.UTF_8));
    assertThat(f).containsEntry("a", "0.001000").containsEntry("b", "x\"y").containsEntry("c", "true")
        .containsEntry("d", null).containsEntry("e", "{\"n\":[1, 2.50]}").containsEntry("f", "1e999999999");
    assertThat(RawJson.object(f.get("e"))).containsEntry("n", "[1, 2.50]");
    assertThat(RawJson.array("[1, 2.50]")).containsExactly("1", "2.50");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "[]", "\"x\"", "{", "{\"a\":", "{\"a\":1,\"a\":2}", "{\"a\":1}{", "{\"a\":1} x",
      "<html>", "{\"a\":01}", "{'a':1}", "{\"a\":1,}", "null"})
  @Timeout(1)
  void malformedBodies_areMalformedAnswers(String body) {
    assertThatThrownBy(() -> RawJson.object(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedAnswerException.class);
  }

  @Test
  @Timeout(2)
  void deepNestingAndLongNumbers_areRejectedWithoutStackOrCpuExhaustion() {
    String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThatThrownBy(() -> RawJson.object(deep.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedAnswerException.class);
    String longNumber = "{\"a\":" + "9".repeat(100_000) + "}";
    assertThatThrownBy(() -> RawJson.object(longNumber.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedAnswerException.class);
  }

  @Test
  void aRepeatedName_neverLetsTwoReadersSeeDifferentValues() {
    assertThatThrownBy(() -> RawJson.object("{\"status\":\"0000\",\"status\":\"00029\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageNotContaining("00029");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
  void aBodyNotInUtf8_isMalformed_neverARuntimeError(String charset) {
    byte[] body = "{\"code\":\"0\",\"data\":{\"a\":[1,2]}}".getBytes(java.nio.charset.Charset.forName(charset));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RawJson.object(body))
        .isInstanceOf(MalformedAnswerException.class);
    // a UTF-8 byte-order mark is read as before
    byte[] bom = ("\uFEFF{\"data\":{\"a\":1}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(RawJson.object(bom)).containsEntry("data", "{\"a\":1}");
  }
}
