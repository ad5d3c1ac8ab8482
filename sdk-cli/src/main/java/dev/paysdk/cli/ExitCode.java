package dev.paysdk.cli;

/** The exit codes every command shares. */
public final class ExitCode {
  /** Done: the signature verified, the webhook was acknowledged, the call succeeded. */
  public static final int OK = 0;
  /** Checked and found wrong: signature mismatch, webhook not acknowledged, gateway refused or failed. */
  public static final int MISMATCH = 1;
  /** Bad input: unknown option, unreadable file, missing secret, malformed message. */
  public static final int BAD_INPUT = 2;
  /** Could not run: a port in use, an unreachable URL, an unexpected failure. */
  public static final int FAILED = 3;

  /** Lines of the exit-code list of {@code --help}. */
  static final String HELP_OK = "0:done (verified, acknowledged, succeeded)";
  static final String HELP_MISMATCH = "1:checked and wrong (signature mismatch, webhook not acknowledged, gateway refused)";
  static final String HELP_BAD_INPUT = "2:bad input (option, file, secret, message)";
  static final String HELP_FAILED = "3:could not run (port in use, unreachable URL, unexpected failure)";
  /** Heading of the exit-code list of {@code --help}. */
  static final String HEADING = "%nExit codes:%n";

  private ExitCode() {}
}
