package dev.paysdk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.gateway.WireNumbers;
import dev.paysdk.core.log.Masking;

/** The kit's readers of raw wire text: nothing but their documented failure, whatever the bytes. */
class CoreParsersFuzzTest {

  @FuzzTest(maxDuration = "3s")
  void rawJsonAndWireNumbers_failOnlyAsMalformedAnswers(FuzzedDataProvider data) {
    byte[] body = data.consumeRemainingAsBytes();
    try {
      for (String v : RawJson.object(body).values()) {
        if (v != null) {
          try {
            WireNumbers.decimal("f", v);
          } catch (MalformedAnswerException expected) {
            // documented
          }
        }
      }
    } catch (MalformedAnswerException expected) {
      // documented
    }
  }

  @FuzzTest(maxDuration = "3s")
  void masking_neverThrows(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Masking.maskJson(text);
    Masking.maskForm(text);
    Masking.maskBody("application/json", text);
  }
}
