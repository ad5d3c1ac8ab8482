package dev.paysdk.cli;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/** Two RSA key pairs shared by the tests (1024 bits: the rules do not depend on the size). */
final class TestKeys {
  static final KeyPair MERCHANT = generate();
  static final KeyPair PLATFORM = generate();

  private TestKeys() {}

  private static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(1024); // enough for tests of the rules; 2048 takes seconds on a busy machine
      return g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
