package dev.paysdk.hexpay;

/**
 * The canonical string an RSA2 signature covers. Both forms sort the {@code key=value&} fragments
 * of every non-empty parameter except {@code sign}, case-insensitively.
 */
public enum HexpayCanonicalForm {
  /** The fragments with the trailing {@code &} kept, {@code signType} included. The default. */
  TRAILING_AMPERSAND,
  /**
   * No trailing {@code &}, and {@code signType} left out of the signed parameters: used by some
   * deployments of the platform.
   */
  NO_TRAILING_AMPERSAND_WITHOUT_SIGN_TYPE
}
