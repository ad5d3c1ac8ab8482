package dev.paysdk.hexpay;

/** Which fields the {@code sign} of a gateway answer covers. */
public enum ResponseSignatureScope {
  /**
   * The top-level fields of the answer's {@code data} object (a nested value such as {@code goods}
   * as its JSON text exactly as received). The platform's own code signs answers this way. When
   * {@code data} is not an object, the answer's top-level fields are used instead. The default.
   */
  DATA_FIELDS,
  /** The answer's top-level fields ({@code code}, {@code msg}, {@code data} as its JSON text). */
  ENVELOPE_FIELDS
}
