package dev.paysdk.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void maskAccount_keepsTheLastFourCharacters() {
    assertThat(Masking.maskAccount("123456789012")).isEqualTo("********9012");
    assertThat(Masking.maskAccount("12345")).isEqualTo("*2345");
    assertThat(Masking.maskAccount("00112233445566778899")).isEqualTo("********8899");
    assertThat(Masking.maskAccount("1234")).isEqualTo("***");
    assertThat(Masking.maskAccount(null)).isNull();
  }

  @Test
  void hide_replacesAnyValue() {
    assertThat(Masking.hide("s3cr3t")).isEqualTo("***");
    assertThat(Masking.hide(null)).isNull();
  }

  @Test
  void maskField_choosesByName_caseInsensitively() {
    assertThat(Masking.maskField("accountNo", "123456789012")).isEqualTo("********9012");
    assertThat(Masking.maskField("ACCOUNTNUMBER", "123456789012")).isEqualTo("********9012");
    assertThat(Masking.maskField("phone", "9876543210")).isEqualTo("***");
    assertThat(Masking.maskField("secretKey", "s3cr3t")).isEqualTo("***");
    assertThat(Masking.maskField("Sign", "ABCDEF")).isEqualTo("***");
    assertThat(Masking.maskField("amount", "100.00")).isEqualTo("100.00");
    assertThat(Masking.maskField("amount", null)).isNull();
  }

  @Test
  void maskJson_masksStringAndNumberFieldsAtAnyDepth() {
    String json = "{\"mchOrderNo\":\"PO-1\",\"amount\":100.50,\"accountNo\":\"123456789012\",\"phone\":9876543210,"
        + "\"payee\":{\"name\":\"Asha Verma\",\"email\":\"asha@example.com\",\"bank\":{\"cardNo\":\"4111111111111111\","
        + "\"ifsc\":\"HDFC0001234\"}},\"list\":[{\"mobile\":\"9123456789\"}],\"sign\":\"0A1B2C3D4E5F\","
        + "\"remark\":\"a \\\"quoted\\\" remark\"}";

    String masked = Masking.maskJson(json);

    assertThat(masked).isEqualTo("{\"mchOrderNo\":\"PO-1\",\"amount\":100.50,\"accountNo\":\"********9012\","
        + "\"phone\":\"***\",\"payee\":{\"name\":\"***\",\"email\":\"***\",\"bank\":{\"cardNo\":\"********1111\","
        + "\"ifsc\":\"***\"}},\"list\":[{\"mobile\":\"***\"}],\"sign\":\"***\","
        + "\"remark\":\"a \\\"quoted\\\" remark\"}");
  }

  @Test
  void maskJson_toleratesWhitespaceAroundTheColon() {
    assertThat(Masking.maskJson("{ \"accountNo\" : \"123456789012\" ,\n \"secretKey\" :\"k\" }"))
        .doesNotContain("123456789012").contains("********9012").doesNotContain("\"k\"");
  }

  @Test
  void maskForm_masksByDecodedName_andKeepsOtherPairsByteForByte() {
    String form = "mchOrderNo=PO-1&accountNo=123456789012&accountName=Asha+Verma&phone=%2B91+98765+43210"
        + "&remark=a%26b&sign=0A1B2C&amount=100&flag";

    assertThat(Masking.maskForm(form)).isEqualTo(
        "mchOrderNo=PO-1&accountNo=********9012&accountName=***&phone=***&remark=a%26b&sign=***&amount=100&flag");
  }

  @Test
  void maskForm_withAMalformedEscape_stillMasksAndNeverThrows() {
    assertThat(Masking.maskForm("msg=100%&accountNo=123456789012%zz&sign=%G1"))
        .doesNotContain("123456789012").doesNotContain("%G1").contains("msg=100%");
  }

  @Test
  void maskUrl_masksTheQueryStringOnly() {
    assertThat(Masking.maskUrl("https://gw.example/api/pay/orderquery?mchId=M1&sign=ABCDEF&accountNo=123456789012"))
        .isEqualTo("https://gw.example/api/pay/orderquery?mchId=M1&sign=***&accountNo=********9012");
    assertThat(Masking.maskUrl("https://gw.example/v1/x")).isEqualTo("https://gw.example/v1/x");
    assertThat(Masking.maskUrl(null)).isNull();
  }

  @Test
  void maskBody_recognisesJsonAndFormByShape_andHidesAnythingElse() {
    assertThat(Masking.maskBody("application/json", "{\"phone\":\"9876543210\"}")).isEqualTo("{\"phone\":\"***\"}");
    assertThat(Masking.maskBody(null, "  [{\"phone\":\"9876543210\"}]")).doesNotContain("9876543210");
    assertThat(Masking.maskBody("application/x-www-form-urlencoded", "phone=9876543210&a=b c"))
        .isEqualTo("phone=***&a=b c");
    assertThat(Masking.maskBody("text/plain", "phone=9876543210&a=1")).isEqualTo("phone=***&a=1");
    assertThat(Masking.maskBody("text/html", "<html>account 123456789012</html>"))
        .isEqualTo("(33 characters, not logged)");
    assertThat(Masking.maskBody("text/plain", "")).isEmpty();
    assertThat(Masking.maskBody("text/plain", null)).isNull();
  }

  @Test
  void fieldNameSets_areCaseInsensitive() {
    assertThat(Masking.isAccountField("CCI")).isTrue();
    assertThat(Masking.isAccountField("amount")).isFalse();
    assertThat(Masking.isAccountField(null)).isFalse();
    assertThat(Masking.isHiddenField("PrivateKey")).isTrue();
    assertThat(Masking.isHiddenField(null)).isFalse();
  }
}
