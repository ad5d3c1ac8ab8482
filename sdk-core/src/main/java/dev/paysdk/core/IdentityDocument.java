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
  public IdentityDocument {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(number, "number == null");
  }

  @Override
  public String toString() {
    return "IdentityDocument[type=" + type + ", number=" + dev.paysdk.core.log.Masking.maskAccount(number) + "]";
  }
}
