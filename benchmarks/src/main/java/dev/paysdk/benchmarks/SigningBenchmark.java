package dev.paysdk.benchmarks;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The signing rules of sdk-core against the same work written by hand with the JDK. Each pair is
 * checked in {@link #setUp()} to produce the same signature (or the same verdict), so the pair
 * compares two ways of doing one job. Every benchmark includes building the canonical string from
 * the field map, as a real request does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SigningBenchmark {
  private static final ErrorContext CTX = ErrorContext.of("benchmark", "verify");

  private Map<String, String> payout;
  private Map<String, String> disbursement;
  private SigningRule ruleA;
  private SigningRule ruleC;
  private SigningRule rsa2;
  private KeyPair keys;
  private String rsaSignature;
  private Signature reusedSigner;

  @Setup
  public void setUp() throws GeneralSecurityException {
    payout = Fixtures.agentPayPayoutApply();
    disbursement = Fixtures.vexoraDisbursement();
    ruleA = Signers.md5SortedFragments(Fixtures.SECRET);
    ruleC = Signers.md5SaltedPairs(Fixtures.SECRET);
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    keys = g.generateKeyPair();
    rsa2 = Signers.rsa2(keys.getPrivate(), keys.getPublic());
    reusedSigner = Signature.getInstance("SHA256withRSA");

    RawJdk.requireSame("rule A canonical string", ruleA.canonical(payout), RawJdk.sortedFragments(payout));
    RawJdk.requireSame("rule A signature", ruleA.sign(payout), RawJdk.ruleA(payout, Fixtures.SECRET));
    RawJdk.requireSame("rule C signature", ruleC.sign(disbursement), RawJdk.ruleC(disbursement, Fixtures.SECRET));
    // PKCS#1 v1.5 signatures are deterministic: both sides must give the same bytes.
    rsaSignature = rsa2.sign(payout);
    RawJdk.requireSame("RSA2 signature", rsaSignature, RawJdk.rsa2Sign(payout, keys.getPrivate()));
    RawJdk.requireSame("RSA2 signature, reused Signature", rsaSignature, rsa2SignReused());
    rsa2.verify(payout, rsaSignature, CTX);
    RawJdk.requireSame("RSA2 verification", true, RawJdk.rsa2Verify(payout, rsaSignature, keys.getPublic()));
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String ruleA_md5_sdk() {
    return ruleA.sign(payout);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String ruleA_md5_jdkBaseline() {
    return RawJdk.ruleA(payout, Fixtures.SECRET);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String ruleC_md5_sdk() {
    return ruleC.sign(disbursement);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String ruleC_md5_jdkBaseline() {
    return RawJdk.ruleC(disbursement, Fixtures.SECRET);
  }

  @Benchmark
  public String rsa2Sign_sdk() {
    return rsa2.sign(payout);
  }

  @Benchmark
  public String rsa2Sign_jdkBaseline() {
    return RawJdk.rsa2Sign(payout, keys.getPrivate());
  }

  /** The baseline with one {@link Signature} kept and re-initialised: checks whether pooling would pay. */
  @Benchmark
  public String rsa2Sign_jdkReusedSignature() throws GeneralSecurityException {
    return rsa2SignReused();
  }

  @Benchmark
  public SigningRule rsa2Verify_sdk() {
    rsa2.verify(payout, rsaSignature, CTX);
    return rsa2;
  }

  @Benchmark
  public boolean rsa2Verify_jdkBaseline() {
    return RawJdk.rsa2Verify(payout, rsaSignature, keys.getPublic());
  }

  private String rsa2SignReused() throws GeneralSecurityException {
    reusedSigner.initSign(keys.getPrivate());
    reusedSigner.update(RawJdk.sortedFragments(payout).getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(reusedSigner.sign());
  }
}
