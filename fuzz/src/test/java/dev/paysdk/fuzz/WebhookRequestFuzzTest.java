package dev.paysdk.fuzz;

import static dev.paysdk.fuzz.FuzzSupport.documentedOnly;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paysdk.core.gateway.InboundFields;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.webhook.WebhookRequest;

/** Inbound webhook parsing: a malformed query or body is a documented failure, never a crash. */
class WebhookRequestFuzzTest {

  @FuzzTest(maxDuration = "3s")
  void parsing_failsOnlyAsDocumented(FuzzedDataProvider data) {
    String query = data.consumeString(300);
    String body = data.consumeRemainingAsString();
    documentedOnly(() -> WebhookRequest.parseForm(body));
    documentedOnly(() -> {
      WebhookRequest r = WebhookRequest.builder().rawQuery(query).body(body).build();
      r.formParameters();
      try {
        InboundFields.extract(r, InboundFields.sources(InboundFields.Source.QUERY, InboundFields.Source.FORM,
            InboundFields.Source.JSON));
      } catch (MalformedAnswerException expected) {
        // the kit's documented failure, turned into SignatureVerificationException by verifiers
      }
    });
  }
}
