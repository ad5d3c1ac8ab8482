package dev.paysdk.core.sign;

import java.util.Map;

/**
 * Turns a parameter set into the canonical string a {@link Signer} signs. Values are the exact text
 * that travels on the wire. Implementations drop null and empty values and
 * the signature field itself, and must be safe for concurrent use.
 */
@FunctionalInterface
public interface Canonicalizer {

  /**
   * @param params parameter names and their wire text; iteration order does not matter
   * @return the canonical string
   */
  String canonicalize(Map<String, String> params);
}
