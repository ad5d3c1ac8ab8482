package dev.paysdk.hexpay;

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
}
