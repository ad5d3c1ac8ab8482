package dev.paysdk.hexpay;

import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.RawJson;
import java.util.Map;

/**
 * One decoded answer: {@code {"code": ..., "msg": ..., "data": ..., "sign": ...}}, each value as
 * written.
 *
 * @param fields the top-level fields
 * @param body the answer's text, kept as the raw response of results
 */
record HexpayAnswer(Map<String, String> fields, String body) {

  static HexpayAnswer decode(byte[] body) {
    Map<String, String> fields = RawJson.object(body);
    String code = fields.get("code");
    if (code == null || code.isBlank()) {
      throw new MalformedAnswerException("the answer has no code");
    }
    return new HexpayAnswer(fields, new String(body, java.nio.charset.StandardCharsets.UTF_8));
  }

  String code() {
    return fields.get("code").strip();
  }

  String msg() {
    return fields.get("msg");
  }

  String sign() {
    return fields.get("sign");
  }

  /** The raw text of {@code data}, or null. */
  String data() {
    return fields.get("data");
  }

  /** {@code data} as an object's fields. */
  Map<String, String> dataObject() {
    String d = data();
    if (!RawJson.isObject(d)) {
      throw new MalformedAnswerException("'data' is not an object");
    }
    return RawJson.object(d);
  }
}
