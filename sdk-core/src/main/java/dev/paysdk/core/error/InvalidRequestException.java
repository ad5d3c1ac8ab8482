package dev.paysdk.core.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request rejected before anything was sent. Lists every field error at once, so a caller can
 * fix them all in one round.
 */
public class InvalidRequestException extends PaymentException {
  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  public InvalidRequestException(ErrorContext context, List<FieldError> errors) {
    super(context, "invalid request, nothing was sent: " + join(errors));
    this.errors = List.copyOf(errors);
  }

  /** A single-field rejection outside a provider call (for example {@code Money.of}). */
  public InvalidRequestException(String field, String message) {
    this(null, List.of(new FieldError(field, message)));
  }

  /** Every field error found, in the order they were checked. Never empty. */
  public List<FieldError> errors() {
    return errors;
  }

  /** True when one of the errors concerns {@code field}. */
  public boolean hasErrorFor(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  private static String join(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an InvalidRequestException needs at least one field error");
    }
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }
}
