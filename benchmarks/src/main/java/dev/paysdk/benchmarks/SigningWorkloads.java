package dev.paysdk.benchmarks;

import com.alipay.api.internal.util.AlipaySignature;
import com.ijpay.core.enums.SignType;
import com.ijpay.core.kit.WxPayKit;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signing rules: the SDK against the JDK written by hand and against the libraries merchants use
 * without PaySDK, IJPay's {@code WxPayKit.createSign} (MD5) and alipay-sdk-java's
 * {@code AlipaySignature} (RSA2). Each variant signs the same map into the same bytes.
 */
final class SigningWorkloads {
  private static final ErrorContext CTX = ErrorContext.of("benchmark", "verify");

  private SigningWorkloads() {}

  /** Rule A (MD5 over sorted fragments + key) of the 12-field AgentPay payout apply. */
  static final class RuleA extends Workload {
    private final Map<String, String> payout = Fixtures.agentPayPayoutApply();
    private final SigningRule rule = Signers.md5SortedFragments(Fixtures.SECRET);

    RuleA() {
      super("ruleA");
      variant("sdk", () -> rule.sign(payout));
      variant("jdk by hand", () -> RawJdk.ruleA(payout, Fixtures.SECRET));
      // WxPayKit removes "sign" from the map it is given: the map has none, so it stays as it is
      variant("IJPay WxPayKit.createSign", () -> WxPayKit.createSign(payout, Fixtures.SECRET, SignType.MD5));
    }

    @Override
    int opsPerRound() {
      return 50_000;
    }

    @Override
    void check() {
      String sdk = rule.sign(payout);
      RawJdk.requireSame("rule A, jdk by hand", sdk, RawJdk.ruleA(payout, Fixtures.SECRET));
      RawJdk.requireSame("rule A, IJPay", sdk, WxPayKit.createSign(payout, Fixtures.SECRET, SignType.MD5));
      RawJdk.requireSame("the map after IJPay", Fixtures.agentPayPayoutApply(), payout);
    }
  }

  /** Keys, the map and the expected signature of the RSA2 workloads. */
  private static final class Rsa2Fixture {
    final Map<String, String> payout = Fixtures.agentPayPayoutApply();
    final KeyPair keys;
    final String privateBase64;
    final String publicBase64;
    final SigningRule rule;

    Rsa2Fixture() {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      privateBase64 = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
      publicBase64 = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
      // alipay's content is the compact form: sorted key=value joined by '&', no trailing '&'
      rule = Signers.rsa2Compact(keys.getPrivate(), keys.getPublic());
    }

    /** The compact canonical string, by hand. */
    String compact() {
      List<String> keys = new ArrayList<>(payout.keySet());
      java.util.Collections.sort(keys);
      StringBuilder sb = new StringBuilder();
      for (String k : keys) {
        String v = payout.get(k);
        if (v != null && !v.isEmpty() && !k.equals("sign") && !k.equals("signType")) {
          sb.append(sb.length() == 0 ? "" : "&").append(k).append('=').append(v);
        }
      }
      return sb.toString();
    }

    String jdkSign() throws GeneralSecurityException {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(keys.getPrivate());
      s.update(compact().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    }

    boolean jdkVerify(String sign) throws GeneralSecurityException {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(keys.getPublic());
      s.update(compact().getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(sign));
    }

    String alipaySign() throws Exception {
      return AlipaySignature.rsaSign(AlipaySignature.getSignContent(payout), privateBase64, "UTF-8", "RSA2");
    }

    boolean alipayVerify(String sign) throws Exception {
      // rsaCheckV1 removes sign and sign_type from the map it is given: it gets a copy
      Map<String, String> received = new LinkedHashMap<>(payout);
      received.put("sign", sign);
      return AlipaySignature.rsaCheckV1(received, publicBase64, "UTF-8", "RSA2");
    }
  }

  /** Rule B, compact form (no trailing {@code &}), SHA256withRSA 2048, the 12-field map. */
  static final class Rsa2Sign extends Workload {
    private final Rsa2Fixture f = new Rsa2Fixture();

    Rsa2Sign() {
      super("rsa2Sign");
      variant("sdk", () -> f.rule.sign(f.payout));
      variant("jdk by hand", f::jdkSign);
      variant("alipay AlipaySignature", f::alipaySign);
    }

    @Override
    int opsPerRound() {
      return 100;
    }

    @Override
    void check() throws Exception {
      String sdk = f.rule.sign(f.payout);
      RawJdk.requireSame("RSA2 canonical", f.rule.canonical(f.payout), f.compact());
      RawJdk.requireSame("RSA2 canonical, alipay", f.compact(), AlipaySignature.getSignContent(f.payout));
      // PKCS#1 v1.5 signatures are deterministic: the same bytes from every variant
      RawJdk.requireSame("RSA2 signature, jdk by hand", sdk, f.jdkSign());
      RawJdk.requireSame("RSA2 signature, alipay", sdk, f.alipaySign());
    }
  }

  /** Rule B verification of the same map. */
  static final class Rsa2Verify extends Workload {
    private final Rsa2Fixture f = new Rsa2Fixture();
    private final String sign = f.rule.sign(f.payout);

    Rsa2Verify() {
      super("rsa2Verify");
      variant("sdk", () -> {
        f.rule.verify(f.payout, sign, CTX);
        return Boolean.TRUE;
      });
      variant("jdk by hand", () -> f.jdkVerify(sign));
      variant("alipay AlipaySignature", () -> f.alipayVerify(sign));
    }

    @Override
    int opsPerRound() {
      return 2_000;
    }

    @Override
    void check() throws Exception {
      f.rule.verify(f.payout, sign, CTX);
      RawJdk.requireSame("RSA2 verification, jdk by hand", true, f.jdkVerify(sign));
      RawJdk.requireSame("RSA2 verification, alipay", true, f.alipayVerify(sign));
      RawJdk.requireSame("RSA2 rejection, jdk by hand", false, f.jdkVerify(f.rule.sign(Map.of("a", "b"))));
    }
  }
}
