package dev.paysdk.testkit.internal.hexpay;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.testkit.HexpaySimulator;
import java.util.Map;
import java.util.Set;

/**
 * The checks every Hexpay request passes first, in this order: the common fields are present
 * (mchNo, appId, signType, version, sign), mchNo and appId are the simulator's, signType is RSA2,
 * version is {@code v1.0} or {@code 1.0}, and the rule B signature over every other parameter
 * verifies with the merchant's public key.
 */
final class HexpayAuth {
  /** Both spellings appear in the document's samples. */
  private static final Set<String> VERSIONS = Set.of("v1.0", "1.0");

  private final HexpayContext ctx;

  HexpayAuth(HexpayContext ctx) {
    this.ctx = ctx;
  }

  void authenticate(Map<String, String> params) throws HexpayError {
    HexpayChecks c = new HexpayChecks(params);
    c.required("mchNo", 30);
    c.required("appId", 64);
    c.required("signType", 10);
    c.required("version", 10);
    // 512 everywhere: the query documents say 256, which a 2048-bit RSA signature (344 chars) exceeds
    c.required("sign", 512);
    c.throwIfAny();
    if (!ctx.mchNo.equals(params.get("mchNo")) || !ctx.appId.equals(params.get("appId"))) {
      throw new HexpayError(HexpaySimulator.CODE_UNKNOWN_MERCHANT, "merchant or app does not exist");
    }
    if (!"RSA2".equals(params.get("signType"))) {
      throw HexpayError.parameter("signType only supports RSA2");
    }
    if (!VERSIONS.contains(params.get("version"))) {
      throw HexpayError.parameter("version " + params.get("version") + " is not supported (v1.0)");
    }
    try {
      ctx.merchantRule.signer().verify(ctx.merchantRule.canonical(params), params.get("sign"));
    } catch (SignatureVerificationException e) {
      throw new HexpayError(HexpaySimulator.CODE_BAD_SIGNATURE, "signature verification failed");
    }
  }
}
