package dev.paysdk.vexora;

import java.util.Map;

/**
 * A decoded gateway answer, each value exactly as written (the form signatures cover): the
 * top-level fields, and the fields of {@code data} when it is an object (else null).
 *
 * @param fields the top-level fields ({@code code}, {@code msg}, {@code success}, {@code timestamp},
 *     {@code data} as its JSON text, {@code sign} when signed there)
 * @param data the fields of {@code data}, or null when it is absent, null or not an object
 * @param body the whole body as text
 */
record VexoraAnswer(Map<String, String> fields, Map<String, String> data, String body) {
  static final String SIGN = "sign";

  /** {@code code}: {@code 0000} handled, {@code 5000} system error, {@code 8000} rejected. */
  String code() {
    return fields.get("code");
  }

  /** {@code msg}, or null. */
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

  /** The gateway's message of a refusal: {@code msg}, else {@code data.message}. */
  String message() {
    String msg = msg();
    return msg != null && !msg.isBlank() ? msg : dataField(VexoraWire.MESSAGE);
  }

  /** The envelope as the public API shows it. */
  GatewayReply reply() {
    return reply(java.util.List.of());
  }

  /** The envelope, its message masked against {@code sensitive} (values of the request) too. */
  GatewayReply reply(java.util.Collection<String> sensitive) {
    // the gateway's text, masked and without control characters like every gateway text the SDK keeps
    return new GatewayReply(code(), dev.paysdk.core.gateway.GatewayText.sanitize(msg(), sensitive),
        fields.get("success"), fields.get("timestamp"));
  }

  /** {@code sign} at the top level, or null. */
  String topSign() {
    return nonEmpty(fields.get(SIGN));
  }

  /** {@code data.sign}, or null. */
  String dataSign() {
    return nonEmpty(dataField(SIGN));
  }

  /**
   * True when the answer carries a signature, at the top level or in {@code data}. Once the
   * exchange has checked the answer (every Vexora operation checks a signature that is present), a
   * signed answer is a verified one.
   */
  boolean isSigned() {
    return topSign() != null || dataSign() != null;
  }

  private static String nonEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
