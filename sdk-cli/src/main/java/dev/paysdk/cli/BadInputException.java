package dev.paysdk.cli;

/** Input the command cannot use; the command exits with {@link ExitCode#BAD_INPUT} and this message. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
