package dev.paysdk.cli;

import static dev.paysdk.testkit.internal.LeakAuditSupport.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.sign.Keys;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.internal.LeakAuditSupport;
import dev.paysdk.testkit.internal.LeakAuditSupport.Leaks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leak audit of the {@code paysdk} command: a secret or private key given by option, variable or
 * file is never printed (output, errors, --help, --verbose stack traces, verify's explanations), nor
 * logged by the SDK underneath (TRACE included).
 */
class CliLeakAuditTest {
  private static final String PARAMS = "mchId=LEtest067&mchOrderNo=202503110001&amount=10000&currency=INR";
  private static final String PRIVATE_PEM = Keys.toPem(TestKeys.MERCHANT.getPrivate());
  private final Leaks leaks = new Leaks();
  private final List<String> runs = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void capture() {
    LeakAuditSupport.startCapture();
    forbidKey(leaks, PRIVATE_PEM);
  }

  @AfterEach
  void report() {
    leaks.logs("logs", LeakAuditSupport.stopCapture());
    System.out.println("=== " + getClass().getSimpleName() + " ===\n" + leaks.report());
  }

  private static Leaks forbidKey(Leaks l, String pem) {
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
    return l.forbid("private key (part)", body.substring(body.length() / 2, body.length() / 2 + 40));
  }

  private void assertNoLeak() {
    leaks.logs("logs", LeakAuditSupport.LOGS);
    assertThat(leaks.found).as(leaks.report() + "\n\nruns:\n" + String.join("\n", runs)).isEmpty();
  }

  private CliRun run(Map<String, String> env, String stdin, String... args) {
    CliRun r = CliRun.run(env, stdin, args);
    String where = "paysdk " + String.join(" ", args).replace(SECRET, "<SECRET>");
    leaks.text(where + " stdout", r.out);
    leaks.text(where + " stderr", r.err);
    runs.add(where + " -> " + r.code);
    return r;
  }

  private CliRun run(String stdin, String... args) {
    return run(Map.of(), stdin, args);
  }

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void signAndVerify_withTheSecretByOptionVariableOrFile_neverPrintIt() throws Exception {
    Path secretFile = file("agentpay.secret", SECRET + "\n");
    Map<String, String> env = Map.of("AGENTPAY_SECRET", SECRET);
    List<String[]> sources = List.of(new String[] {"--secret", SECRET}, new String[] {"--secret-env", "AGENTPAY_SECRET"},
        new String[] {"--secret-file", secretFile.toString()});
    String sign = TestDigests.md5Upper("amount=10000&currency=INR&mchId=LEtest067&mchOrderNo=202503110001&key=" + SECRET);
    for (String[] s : sources) {
      run(env, PARAMS, concat(new String[] {"sign", "--gateway", "agentpay"}, s));
      run(env, PARAMS, concat(new String[] {"sign", "--rule", "C"}, s));
      run(env, PARAMS, concat(new String[] {"sign", "--gateway", "agentpay", "--quiet"}, s));
      run(env, PARAMS + "&sign=" + sign, concat(new String[] {"verify", "--gateway", "agentpay"}, s));
      // a mismatch, explained, with and without --expected
      run(env, PARAMS + "&sign=" + sign.replace('A', 'B'), concat(new String[] {"verify", "--gateway", "agentpay"}, s));
      run(env, PARAMS + "&sign=0123456789ABCDEF0123456789ABCDEF", concat(new String[] {"verify", "--gateway",
          "agentpay", "--expected", sign}, s));
      run(env, PARAMS + "&sign=0123456789ABCDEF0123456789ABCDEF", concat(new String[] {"verify", "--gateway",
          "agentpay", "--expected", "FEDCBA9876543210FEDCBA9876543210"}, s));
      run(env, "{\"amount\":100.50,\"mchOrderNo\":\"P1\"}", concat(new String[] {"verify", "--gateway", "pen",
          "-H", "Sign: " + TestDigests.md5Upper("amount=100.5&mchOrderNo=P1&key=" + SECRET)}, s));
      run(env, "{\"amount\":\"1\",\"tradeNo\":\"T1\",\"sign\":\"00\"}", concat(new String[] {"verify", "--rule", "C",
          "--expected", "7c6a180b36896a0a8c02787eeafb0e4c"}, s));
    }
    // a secret with whitespace around it (a file with a trailing space, a variable with a tab): verify explains
    Path spaced = file("spaced.secret", " " + SECRET + " \n");
    run(Map.of("S", "\t" + SECRET), PARAMS + "&sign=" + sign, "verify", "--gateway", "agentpay", "--secret-file",
        spaced.toString());
    run(Map.of("S", "\t" + SECRET), PARAMS + "&sign=" + sign, "verify", "--gateway", "agentpay", "--secret-env", "S",
        "--expected", sign);
    run(Map.of(), PARAMS + "&sign=" + sign, "verify", "--gateway", "agentpay", "--secret", SECRET + " ");
    // hexpay: rule B with the private key by file and by variable; rule A with the app secret
    Path key = file("merchant.pem", PRIVATE_PEM);
    run(Map.of(), PARAMS, "sign", "--gateway", "hexpay", "--key", key.toString());
    run(Map.of("HX_KEY", PRIVATE_PEM), PARAMS, "sign", "--gateway", "hexpay", "--key-env", "HX_KEY");
    run(Map.of(), PARAMS + "&sign=AAAA", "verify", "--gateway", "hexpay", "--key", key.toString());
    run(Map.of(), PARAMS, "sign", "--gateway", "hexpay", "--secret", SECRET);
    assertNoLeak();
  }

  @Test
  void wrongInputs_errorsAndVerboseStackTraces_neverPrintTheSecretOrKey() throws Exception {
    Path key = file("merchant.pem", PRIVATE_PEM);
    Path empty = file("empty.secret", "");
    Path secretFile = file("s.secret", SECRET);
    String truncated = PRIVATE_PEM.substring(0, PRIVATE_PEM.length() / 2);
    Path truncatedFile = file("truncated.pem", truncated);
    Path noEnd = file("noend.pem", PRIVATE_PEM.replaceAll("-----END [A-Z ]+-----", ""));
    Path mangled = file("mangled.pem", PRIVATE_PEM.replace('A', '#'));
    Map<String, String> env = Map.of("AGENTPAY_SECRET", SECRET, "HX_KEY", truncated);
    for (String verbose : new String[] {null, "--verbose"}) {
      List<String[]> cases = List.of(
          new String[] {"sign", "--gateway", "agentpay", "--secret", SECRET, "--secret-env", "AGENTPAY_SECRET"},
          new String[] {"sign", "--gateway", "agentpay", "--secret-env", "NOT_SET"},
          new String[] {"sign", "--gateway", "agentpay", "--secret-file", empty.toString()},
          new String[] {"sign", "--gateway", "agentpay", "--secret-file", dir.resolve("missing").toString()},
          new String[] {"sign", "--gateway", "hexpay", "--key", secretFile.toString()},
          new String[] {"sign", "--gateway", "hexpay", "--key", truncatedFile.toString()},
          new String[] {"sign", "--gateway", "hexpay", "--key", noEnd.toString()},
          new String[] {"sign", "--gateway", "hexpay", "--key", mangled.toString()},
          new String[] {"sign", "--gateway", "hexpay", "--key-env", "HX_KEY"},
          new String[] {"sign", "--rule", "B", "--secret", SECRET},
          new String[] {"sign", "--rule", "Z", "--secret", SECRET},
          new String[] {"sign", "--gateway", "nowhere", "--secret", SECRET},
          new String[] {"sign", "--gateway", "agentpay", "--secret", SECRET, "-p", "novalue"},
          new String[] {"sign", "--gateway", "agentpay", "--rule", "A", "--secret", SECRET},
          new String[] {"sign", "--gateway", "agentpay", "--secret", SECRET, "--secret", SECRET},
          new String[] {"verify", "--gateway", "hexpay", "--key", key.toString(), "--secret", SECRET, "--query", "a=1"},
          new String[] {"verify", "--rule", "B", "--secret", SECRET},
          new String[] {"verify", "--gateway", "agentpay", "--secret", SECRET, "-H", "no colon"},
          new String[] {"verify", "--gateway", "pen", "--key", secretFile.toString()},
          new String[] {"webhook", "trigger", "-g", "agentpay", "--secret", SECRET, "--url", "ftp://127.0.0.1/x"},
          new String[] {"webhook", "trigger", "-g", "agentpay", "--secret", SECRET, "--url", "http://127.0.0.1:9/x"},
          new String[] {"webhook", "trigger", "-g", "agentpay", "--secret", SECRET, "--url", "http://127.0.0.1:9/x",
              "--outcome", "maybe"},
          new String[] {"webhook", "trigger", "-g", "hexpay", "--key", truncatedFile.toString(), "--url",
              "http://127.0.0.1:9/x"},
          new String[] {"call", "--gateway", "hexpay", "balance", "--secret", SECRET});
      for (String[] c : cases) {
        run(env, PARAMS, verbose == null ? c : concat(new String[] {verbose}, c));
      }
    }
    assertNoLeak();
  }

  @Test
  void mistypedSecretOption_theParserErrorDoesNotEchoTheSecret() {
    // an option name mistyped, or a value glued with '=': picocli names the unknown argument
    run(Map.of(), PARAMS, "sign", "--gateway", "agentpay", "--secrte", SECRET);
    run(Map.of(), PARAMS, "sign", "--gateway", "agentpay", "--secrte=" + SECRET);
    run(Map.of(), PARAMS, "verify", "--gateway", "agentpay", "--secret", SECRET, "extra-positional");
    run(Map.of(), PARAMS, "webhook", "trigger", "-g", "pen", "--url", "http://127.0.0.1:9/x", "--secret-fil", SECRET);
    assertNoLeak();
  }

  @Test
  void help_withSecretsInTheEnvironmentAndOnTheLine_printsNone() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String g : List.of("AGENTPAY", "PEN", "VEXORA")) {
      env.put("PAYSDK_" + g + "_SECRET", SECRET);
    }
    env.put("PAYSDK_HEXPAY_APP_SECRET", SECRET);
    env.put("PAYSDK_HEXPAY_PRIVATE_KEY", PRIVATE_PEM);
    env.put("AGENTPAY_SECRET", SECRET);
    for (String[] c : List.of(new String[] {"--help"}, new String[] {"sign", "--help"}, new String[] {"verify", "--help"},
        new String[] {"call", "--help"}, new String[] {"simulate", "--help"}, new String[] {"webhook", "--help"},
        new String[] {"webhook", "trigger", "--help"}, new String[] {"webhook", "listen", "--help"},
        new String[] {"webhook", "replay", "--help"}, new String[] {"sign", "--secret", SECRET, "--help"},
        new String[] {"verify", "--gateway", "agentpay", "--secret", SECRET, "-h"})) {
      run(env, "", c);
    }
    assertNoLeak();
  }

  private static Map<String, String> hexpayEnv(HexpaySimulator sim, String privateKey, String appSecret) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PAYSDK_HEXPAY_BASE_URL", sim.baseUrl());
    env.put("PAYSDK_HEXPAY_MCH_NO", sim.mchNo());
    env.put("PAYSDK_HEXPAY_APP_ID", sim.appId());
    env.put("PAYSDK_HEXPAY_PRIVATE_KEY", privateKey);
    env.put("PAYSDK_HEXPAY_PLATFORM_PUBLIC_KEY", sim.platformPublicKeyPem());
    if (appSecret != null) {
      env.put("PAYSDK_HEXPAY_APP_SECRET", appSecret);
    }
    return env;
  }

  @Test
  void callHexpay_againstTheSimulator_printsNoSecretNorKey_evenWhenItFails() throws Exception {
    try (HexpaySimulator sim = HexpaySimulator.builder().appSecret(SECRET).start()) {
      String pem = sim.merchantPrivateKeyPem();
      forbidKey(leaks, pem);
      Path keyFile = file("hx.pem", pem);
      run(hexpayEnv(sim, pem, SECRET), "", "call", "--gateway", "hexpay", "balance");
      run(hexpayEnv(sim, keyFile.toString(), SECRET), "", "call", "--gateway", "hexpay", "balance");
      run(hexpayEnv(sim, pem, SECRET), "", "call", "--gateway", "hexpay", "query", "NO-SUCH-ORDER");
      run(hexpayEnv(sim, pem, SECRET), "", "call", "--gateway", "hexpay", "query", "P123", "--gateway-order");
      // a wrong app secret: the MD5-signed query answers fail verification
      run(hexpayEnv(sim, pem, SECRET + "_WRONG"), "", "call", "--gateway", "hexpay", "query", "NO-SUCH-ORDER");
      // keys that cannot be used: truncated, mangled, the public key in place of the private one
      run(hexpayEnv(sim, pem.substring(0, pem.length() / 2), SECRET), "", "--verbose", "call", "--gateway", "hexpay",
          "balance");
      run(hexpayEnv(sim, pem.replace('A', '#'), SECRET), "", "call", "--gateway", "hexpay", "balance");
      run(hexpayEnv(sim, pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "") + "!!", SECRET), "", "call",
          "--gateway", "hexpay", "balance");
      run(hexpayEnv(sim, sim.platformPublicKeyPem(), SECRET), "", "call", "--gateway", "hexpay", "balance");
      // the private key given as the platform key, and another merchant's key: the gateway refuses
      Map<String, String> swapped = hexpayEnv(sim, pem, SECRET);
      swapped.put("PAYSDK_HEXPAY_PLATFORM_PUBLIC_KEY", pem);
      run(swapped, "", "call", "--gateway", "hexpay", "balance");
      run(hexpayEnv(sim, Keys.toPem(TestKeys.MERCHANT.getPrivate()), SECRET), "", "call", "--gateway", "hexpay",
          "balance");
      // agentpay settings with the secret in the variables and an unreachable gateway
      run(Map.of("PAYSDK_AGENTPAY_BASE_URL", "http://127.0.0.1:9", "PAYSDK_AGENTPAY_MERCHANT_ID", "LEtest067",
          "PAYSDK_AGENTPAY_SECRET", SECRET), "", "--verbose", "call", "--gateway", "agentpay", "balance");
    }
    assertNoLeak();
  }

  @Test
  void webhookListenAndTrigger_withTheSecretByFileAndVariable_andAWrongOne_printNoSecret() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Path secretFile = file("pen.secret", SECRET + "\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Context ctx = new Context(Map.of(), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    AtomicInteger code = new AtomicInteger(-1);
    Thread listener = new Thread(() -> code.set(Cli.run(ctx, "webhook", "listen", "-g", "pen", "--secret-file",
        secretFile.toString(), "--port", Integer.toString(port), "--count", "4")));
    listener.start();
    long end = System.nanoTime() + 10_000_000_000L;
    while (!out.toString(StandardCharsets.UTF_8).contains("listening") && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    String url = "http://127.0.0.1:" + port + "/webhooks";
    run(Map.of("PEN_SECRET", SECRET), "", "webhook", "trigger", "-g", "pen", "--secret-env", "PEN_SECRET", "--url", url,
        "--order", "L-1");
    run(Map.of(), "", "webhook", "trigger", "-g", "pen", "--secret", SECRET + "_WRONG", "--url", url, "--order", "L-2");
    run(Map.of(), "", "webhook", "trigger", "-g", "pen", "--secret", SECRET, "--url", url, "--order", "L-3",
        "--outcome", "failed", "--tamper", "amount");
    run(Map.of(), "", "webhook", "trigger", "-g", "pen", "--secret", SECRET, "--url", url, "--order", "L-4",
        "--tamper", "signature");
    listener.join(10_000);
    leaks.text("webhook listen stdout", out.toString(StandardCharsets.UTF_8));
    leaks.text("webhook listen stderr", err.toString(StandardCharsets.UTF_8));
    runs.add("listen: " + out.toString(StandardCharsets.UTF_8));
    assertNoLeak();
  }
}
