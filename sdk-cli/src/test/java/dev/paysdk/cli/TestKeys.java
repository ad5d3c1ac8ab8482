package dev.paysdk.cli;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/** Two RSA key pairs shared by the tests (2048 bits, the smallest PaySDK accepts). */
final class TestKeys {
  static final KeyPair MERCHANT = generate();
  static final KeyPair PLATFORM = generate();

  private TestKeys() {}

  private static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048); // PaySDK refuses RSA keys under 2048 bits
      return g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
