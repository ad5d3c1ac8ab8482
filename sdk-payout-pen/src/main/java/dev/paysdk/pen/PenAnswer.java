package dev.paysdk.pen;

import dev.paysdk.core.gateway.FieldReader;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.RawJson;
import java.util.Map;

/**
 * The gateway's answer envelope {@code {"msg": ..., "code": ..., "data": {...}}}, as received.
 *
 * @param code the answer's code as written (a number's text or a string's content), trimmed
 * @param msg the answer's message, or null
 * @param data the {@code data} value's raw text (a JSON object's text as received), or null when
 *     absent or JSON null
 * @param body the whole answer as text, for the neutral result's raw response
 */
record PenAnswer(String code, String msg, String data, String body) {
  static final String HANDLED = "200";
  static final String SUCCESS = "SUCCESS";

  /**
   * Reads the envelope.
   *
   * @throws MalformedAnswerException when the body is not a JSON object with a {@code code}
   */
  static PenAnswer read(byte[] body, String text) {
    Map<String, String> root = RawJson.object(body);
    String code = root.get("code");
    if (code == null || code.isBlank()) {
      throw new MalformedAnswerException("the answer has no 'code'");
    }
    return new PenAnswer(code.strip(), root.get("msg"), root.get("data"), text);
  }

  /** True for code 200: the request was handled (the message is informational). */
  boolean handled() {
    return HANDLED.equals(code);
  }

  /** True when {@code data} is absent, JSON null, or an empty object. */
  boolean noData() {
    return data == null || RawJson.isObject(data) && RawJson.object(data).isEmpty();
  }

  /**
   * The fields of {@code data}.
   *
   * @throws MalformedAnswerException when it is absent or not a JSON object
   */
  FieldReader dataFields() {
    if (!RawJson.isObject(data)) {
      throw new MalformedAnswerException("the answer has no 'data' object");
    }
    return FieldReader.of(RawJson.object(data));
  }

  /** The code as a whole number, or null when it is not one. */
  Integer numericCode() {
    if (!code.matches("[+-]?[0-9]{1,9}")) {
      return null;
    }
    return Integer.valueOf(code);
  }
}
