package dev.paysdk.core.observe;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;

/** How an operation ended, as a low-cardinality value for metrics. */
public enum Outcome {
  /** The operation returned normally. */
  SUCCESS,
  /** Rejected before sending ({@link InvalidRequestException}). */
  INVALID_REQUEST,
  /** The gateway refused ({@link ProviderException} other than the two below). */
  REFUSED,
  /** The gateway refused the credentials ({@link AuthenticationException}). */
  AUTHENTICATION_FAILED,
  /** A lookup of an order the gateway does not have ({@link OrderNotFoundException}). */
  NOT_FOUND,
  /** An answer or webhook whose signature did not verify ({@link SignatureVerificationException}). */
  SIGNATURE_FAILED,
  /** No usable answer to a read, or a request never sent ({@link TransportException}). */
  TRANSPORT_FAILED,
  /** A money-moving call that may have been executed ({@link OutcomeUnknownException}). */
  OUTCOME_UNKNOWN,
  /** Any other exception (a bug, an observer of the caller's...). */
  ERROR;

  /** The outcome a thrown exception stands for; {@link #SUCCESS} for null. */
  public static Outcome of(Throwable failure) {
    if (failure == null) {
      return SUCCESS;
    }
    if (failure instanceof OutcomeUnknownException) {
      return OUTCOME_UNKNOWN;
    }
    if (failure instanceof InvalidRequestException) {
      return INVALID_REQUEST;
    }
    if (failure instanceof OrderNotFoundException) {
      return NOT_FOUND;
    }
    if (failure instanceof AuthenticationException) {
      return AUTHENTICATION_FAILED;
    }
    if (failure instanceof ProviderException) {
      return REFUSED;
    }
    if (failure instanceof SignatureVerificationException) {
      return SIGNATURE_FAILED;
    }
    if (failure instanceof TransportException) {
      return TRANSPORT_FAILED;
    }
    return ERROR;
  }

  /** The tag value: the name in lower case, such as {@code outcome_unknown}. */
  public String tag() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
