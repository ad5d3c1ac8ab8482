package dev.paysdk.core;

import java.util.Objects;

/**
 * A payee's identity document.
 *
 * @param type the document type as the gateway names it (for example {@code DNI}, {@code RUC},
 *     {@code CE} in Peru)
 * @param number the document number; masked in {@link #toString()}
 */
public record IdentityDocument(String type, String number) {
  /**
   * A document.
   *
   * @param type the document type
   * @param number the document number
   * @throws NullPointerException when either is null
   */
  public IdentityDocument {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(number, "number == null");
  }

  /** {@return the document with its number masked to the last 4 characters} */
  @Override
  public String toString() {
    return "IdentityDocument[type=" + type + ", number=" + dev.paysdk.core.log.Masking.maskAccount(number) + "]";
  }
}
