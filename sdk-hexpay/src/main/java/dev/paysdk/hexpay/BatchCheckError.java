package dev.paysdk.hexpay;

import dev.paysdk.core.log.Masking;
import java.util.Map;

/**
 * One entry of an upload's data validation errors ({@code checkErrorList}). The document does not
 * describe an entry's fields, so the usual ones are read when present and every field is kept.
 *
 * @param index the record's position as the gateway gives it ({@code index}, {@code rowIndex},
 *     {@code rowNum}, {@code row} or {@code line}), or null
 * @param recipientAddress {@code recipientAddress}, or null
 * @param message the error text ({@code errorMsg}, {@code errMsg}, {@code errorMessage},
 *     {@code message}, {@code msg}, {@code reason} or {@code error}; or the entry itself when it is
 *     a string), or null
 * @param fields every top-level field of the entry as received (nested values as JSON text)
 * @param rawJson the entry's JSON text as received
 */
public record BatchCheckError(
    Integer index, String recipientAddress, String message, Map<String, String> fields, String rawJson) {
  /** Copies {@code fields}; null becomes empty. */
  public BatchCheckError {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  /**
   * The index and the message, with the recipient address masked to its last 4 characters (also where
   * the message repeats it); the raw fields are left out, since they carry the full address.
   */
  @Override
  public String toString() {
    String masked = Masking.maskAccount(recipientAddress);
    String text = message == null || recipientAddress == null || recipientAddress.isEmpty()
        ? message : message.replace(recipientAddress, masked);
    return "BatchCheckError[index=" + index + ", recipientAddress=" + masked + ", message=" + text + "]";
  }
}
