package dev.paysdk.core.error;

import java.io.Serializable;
import java.util.Objects;

/**
 * One rejected field of a request.
 *
 * @param field the field's name as the caller knows it (neutral or provider-native name)
 * @param message why it was rejected; names the offending value unless the value is sensitive
 */
public record FieldError(String field, String message) implements Serializable {
  public FieldError {
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
