package dev.paysdk.vexora.internal;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.vexora.GatewayReply;
import java.io.IOException;
import java.util.Map;

/**
 * A gateway answer read once, with each value exactly as written (the form signatures cover): the
 * top-level fields, and the fields of {@code data} when it is an object.
 */
record Reply(int httpStatus, Map<String, String> fields, Map<String, String> data, String body) {

  /**
   * Reads an answer.
   *
   * @throws IOException when the body is not a JSON object with a {@code code}
   */
  static Reply read(HttpResponse response) throws IOException {
    Map<String, String> top = Json.rawFields(response.body());
    String code = top.get("code");
    if (code == null || code.isBlank()) {
      throw new IOException("answer has no code");
    }
    String dataText = top.get("data");
    Map<String, String> data = dataText != null && dataText.startsWith("{") ? Json.rawFields(dataText) : null;
    return new Reply(response.status(), top, data, response.bodyAsString());
  }

  String code() {
    return fields.get("code");
  }

  String msg() {
    return fields.get("msg");
  }

  boolean hasData() {
    return data != null;
  }

  /** A field of {@code data}, or null. */
  String dataField(String name) {
    return data == null ? null : data.get(name);
  }

  GatewayReply info() {
    return new GatewayReply(code(), msg(), fields.get("success"), fields.get("timestamp"));
  }

  /** True when the answer carries a non-empty {@code sign}, at the top level or in {@code data}. */
  boolean isSigned() {
    return !isEmpty(fields.get("sign")) || !isEmpty(dataField("sign"));
  }

  /**
   * Checks the answer's signature, when it carries one: rule C over the fields of the object that
   * carries {@code sign} (the top level, else {@code data}), each value exactly as received.
   *
   * @throws SignatureVerificationException when a signature does not match, or when none is present
   *     and {@code required}
   */
  void verifySignature(SigningRule rule, boolean required, ErrorContext ctx) {
    String topSign = fields.get("sign");
    String dataSign = dataField("sign");
    if (!isEmpty(topSign)) {
      rule.verify(fields, topSign, ctx);
    } else if (!isEmpty(dataSign)) {
      rule.verify(data, dataSign, ctx);
    } else if (required) {
      throw new SignatureVerificationException(ctx, "the answer carries no signature, and signed answers are required");
    }
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
