package dev.paysdk.testkit.internal.vexora;

/** A rejection the simulated gateway answers with code {@code 8000} (or {@code 5000}) and a message. */
final class VexoraError extends Exception {
  private static final long serialVersionUID = 1L;

  private final String code;

  VexoraError(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  static VexoraError rejected(String message) {
    return new VexoraError("8000", message);
  }

  String code() {
    return code;
  }
}
