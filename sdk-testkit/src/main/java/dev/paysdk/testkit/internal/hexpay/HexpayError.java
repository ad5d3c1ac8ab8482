package dev.paysdk.testkit.internal.hexpay;

import dev.paysdk.testkit.HexpaySimulator;

/** A business error the simulated gateway answers as {@code {"code":n,"msg":"..."}}. */
final class HexpayError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int code;

  HexpayError(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  static HexpayError parameter(String detail) {
    return new HexpayError(HexpaySimulator.CODE_PARAMETER_ERROR, "parameter error: " + detail);
  }

  int code() {
    return code;
  }
}
