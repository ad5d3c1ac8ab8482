package dev.paysdk.cli;

import dev.paysdk.core.sign.Canonicalizer;
import dev.paysdk.core.sign.Canonicalizers;
import dev.paysdk.core.sign.Signer;
import dev.paysdk.core.sign.Signers;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Locale;

/** The signing rules of sdk-core ({@link Signers}), as the command line names them. */
enum Rule {
  /** Sorted {@code key=value&} fragments + {@code key=secret}, MD5, upper-case hex. */
  A("A: sorted key=value& fragments + key=<secret>, MD5, upper-case hex", Canonicalizers.sortedFragments(), "key=<secret>"),
  /** Sorted {@code key=value&} fragments (trailing {@code &} kept), SHA256withRSA, base64. */
  B("B: sorted key=value& fragments, SHA256withRSA, base64", Canonicalizers.sortedFragments(), ""),
  /** Rule B without the trailing {@code &} and without {@code signType}. */
  B_COMPACT("B-compact: sorted key=value fragments joined with & (signType not signed), SHA256withRSA, base64",
      Canonicalizers.sortedFragmentsCompact(), ""),
  /** Sorted {@code key=value} pairs (ASCII order), no separator, + secret, MD5, lower-case hex. */
  C("C: key=value pairs sorted by key (ASCII), no separator, + <secret>, MD5, lower-case hex",
      Canonicalizers.sortedPairs(), "<secret>");

  final String description;
  final Canonicalizer canonicalizer;
  /** How the secret is appended to the canonical string, for display only. */
  final String secretShown;

  Rule(String description, Canonicalizer canonicalizer, String secretShown) {
    this.description = description;
    this.canonicalizer = canonicalizer;
    this.secretShown = secretShown;
  }

  boolean usesKey() {
    return this == B || this == B_COMPACT;
  }

  /** The signer of this rule: {@code secret} for A and C, the keys for B (either may be null). */
  Signer signer(String secret, PrivateKey privateKey, PublicKey publicKey) {
    return switch (this) {
      case A -> Signers.md5WithKeySuffix(secret);
      case C -> Signers.md5WithSalt(secret);
      case B, B_COMPACT -> Signers.sha256WithRsa(privateKey, publicKey);
    };
  }

  /**
   * The rule named {@code A}, {@code B}, {@code B-compact} or {@code C} (any case).
   *
   * @throws BadInputException for another name
   */
  static Rule named(String name) {
    return switch (name.strip().toUpperCase(Locale.ROOT).replace('-', '_')) {
      case "A" -> A;
      case "B" -> B;
      case "B_COMPACT" -> B_COMPACT;
      case "C" -> C;
      default -> throw new BadInputException("--rule must be A, B, B-compact or C, is '" + name + "'");
    };
  }
}
