package dev.paysdk.pen;

import java.util.UUID;

/** The {@code nonceStr} of each request. */
final class Nonces {
  private Nonces() {}

  /** 32 lower-case hex characters of a random UUID: unique per request, within the 32 the gateway allows. */
  static String next() {
    UUID u = UUID.randomUUID();
    return String.format("%016x%016x", u.getMostSignificantBits(), u.getLeastSignificantBits());
  }
}
