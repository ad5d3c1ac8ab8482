package dev.paysdk.agentpay;

import dev.paysdk.core.gateway.FieldReader;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One decoded JSON answer of the gateway: its top-level fields exactly as written (numbers keep
 * their text, JSON null is null), and the body. Immutable.
 *
 * @param fields the top-level fields in document order
 * @param body the answer's body as text
 */
record AgentPayAnswer(Map<String, String> fields, String body) {
  private static final Set<String> HANDLED = Set.of("SUCCESS", "0");

  /** A field's text, or null when absent, JSON null or empty. */
  String text(String name) {
    String v = fields.get(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /** Typed reads of the fields. */
  FieldReader reader() {
    return FieldReader.of(fields);
  }

  String retCode() {
    return text(Wire.RET_CODE);
  }

  String retMsg() {
    return text(Wire.RET_MSG);
  }

  /** True when the gateway says it handled the request: {@code retCode} {@code SUCCESS} (any case) or {@code 0}. */
  boolean handled() {
    String code = retCode();
    return code != null && HANDLED.contains(code.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * True when the answer carries a {@code sign}. Inside a reader this means "signed and verified":
   * the exchange refuses an answer whose signature is present and wrong before any reader sees it.
   */
  boolean signed() {
    return text(Wire.SIGN) != null;
  }

  /** Every field but {@code sign}: what rule A covers (null and empty values are dropped by the rule). */
  Map<String, String> signedFields() {
    return dev.paysdk.core.gateway.InboundFields.without(fields, Wire.SIGN);
  }
}
