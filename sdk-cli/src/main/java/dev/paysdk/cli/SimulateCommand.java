package dev.paysdk.cli;

import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.GatewaySimulator;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paysdk simulate}: the sdk-testkit simulators as standalone servers on 127.0.0.1, with their admin API. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    header = "Run the gateway simulators as standalone servers on 127.0.0.1, with an admin API.",
    description = {"Run gateway simulators as standalone servers on 127.0.0.1, for a staging system or a service "
        + "in any language: they check signatures and fields like the gateways, keep orders and balances, move "
        + "orders to a final state and deliver signed webhooks (retries compressed 600 times). Prints each base "
        + "URL and the simulator's own test credentials; for Hexpay it writes the RSA keys to files. Runs until "
        + "Ctrl+C (SIGINT) or SIGTERM, then stops cleanly.",
        "Admin API on the same port, JSON in and out (a JSON body or query parameters):",
        "  GET  /_admin                     gateway, base URL, fault operation names and kinds",
        "  POST /_admin/faults              operation, kind (delay, reset-before-store, reset-after-store, "
            + "http-status, malformed-body, wrong-signature, duplicate-webhook), count, delayMillis, status",
        "  DELETE /_admin/faults            drop every queued fault",
        "  GET  /_admin/orders              every order with its numbers, amount and status",
        "  POST /_admin/orders/complete     order, outcome (succeeded, failed; Hexpay pay-ins also cancelled, "
            + "closed), reason: the webhook goes to the order's notify URL",
        "  POST /_admin/webhooks/trigger    order, url, wrongSignature: send the order's webhook to any URL",
        "  POST /_admin/webhooks/replay     order, url: send its last webhook again, byte for byte",
        "  GET  /_admin/webhooks            every delivery attempt"},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:stopped cleanly (when run in process; a signal ends the process with 130 or 143)",
        ExitCode.HELP_BAD_INPUT, "3:could not start (a port in use)"},
    footer = {"%nExamples:",
        "  paysdk simulate agentpay --port 8701 --seed demo --env-file sim.env",
        "  curl -s -d '{\"operation\":\"agentpay.payout-apply\",\"kind\":\"reset-after-store\"}' "
            + "http://127.0.0.1:8701/_admin/faults",
        "  paysdk simulate all --port 8701    (agentpay on 8701, pen 8702, vexora 8703, hexpay 8704)"})
final class SimulateCommand implements Callable<Integer> {
  private static final List<String> ORDER = List.of("agentpay", "pen", "vexora", "hexpay");

  private final Context ctx;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();

  @Parameters(index = "0", arity = "0..1", paramLabel = "GATEWAY", defaultValue = "all",
      description = "agentpay, pen, vexora, hexpay or all (default).")
  String which;

  @Option(names = "--port", paramLabel = "N", description = "Listen on port N (all: N to N+3, in the order agentpay, "
      + "pen, vexora, hexpay). Default: any free port.")
  int port;

  @Option(names = "--seed", paramLabel = "S", description = "Derive the credentials from S, so they are the same on "
      + "every start (Hexpay's RSA keys are always new). Default: random credentials.")
  String seed;

  @Option(names = "--manual", description = "Orders stay in progress until the admin API finishes them "
      + "(default: they finish on their own after about 400 ms).")
  boolean manual;

  @Option(names = "--key-dir", paramLabel = "DIR", description = "Where to write Hexpay's key files. Default: a new "
      + "temporary directory.")
  Path keyDir;

  @Option(names = "--env-file", paramLabel = "FILE", description = "Also write the PAYSDK_<GATEWAY>_* variables of "
      + "every simulator to FILE, for paysdk call and the demo (it holds the test secrets: keep it private).")
  Path envFile;

  @Option(names = "--vexora-region", paramLabel = "PATH", defaultValue = "",
      description = "A region path for Vexora's routes, such as /indonesia. Default: none.")
  String vexoraRegion;

  SimulateCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    List<String> names = names();
    if (port < 0 || port + names.size() - 1 > 65_535) {
      throw new BadInputException("--port must leave room for " + names.size() + " port(s) below 65536: " + port);
    }
    List<GatewaySimulator> sims = new ArrayList<>();
    Map<String, String> env = new LinkedHashMap<>();
    Thread hook = null;
    boolean interrupted = false;
    try {
      for (int i = 0; i < names.size(); i++) {
        SimulatorOptions options = SimulatorOptions.builder().autoAdvance(!manual).port(port == 0 ? 0 : port + i).build();
        GatewaySimulator sim = start(names.get(i), options);
        sims.add(sim);
        sim.enableAdminApi();
      }
      ctx.out().println("paysdk simulate: " + sims.size() + " simulator" + (sims.size() == 1 ? "" : "s")
          + " on 127.0.0.1 (test credentials of the simulators below; Ctrl+C stops)");
      for (GatewaySimulator sim : sims) {
        describe(sim, env);
      }
      if (envFile != null) {
        writePrivate(envFile, env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "\n")
            .reduce("", String::concat));
        ctx.out().println();
        String shown = envFile.isAbsolute() || envFile.toString().contains("/") ? envFile.toString() : "./" + envFile;
        ctx.out().println("variables  " + shown + " (for: set -a; . " + shown + "; set +a)");
      }
      if (ctx.ownProcess()) {
        hook = new Thread(() -> shutdown(sims), "paysdk-simulate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
      }
      ctx.out().println();
      ctx.out().println("ready");
      ctx.out().flush();
      stop.await();
      return ExitCode.OK;
    } catch (InterruptedException e) {
      interrupted = true;
      return ExitCode.OK;
    } finally {
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook runs (a signal): it closes the simulators
        }
      }
      closeAll(sims);
      if (interrupted) {
        // restored only now: Jetty's stop would fail on an interrupted thread
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Ends a running {@link #call()} (in process); the simulators are closed before it returns. */
  void stop() {
    stop.countDown();
  }

  private void shutdown(List<GatewaySimulator> sims) {
    closeAll(sims);
    stop.countDown();
  }

  /** Closes every simulator once, whoever comes first: the shutdown hook or the end of {@link #call()}. */
  private void closeAll(List<GatewaySimulator> sims) {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (GatewaySimulator s : sims) {
      s.close();
    }
    if (!sims.isEmpty()) {
      ctx.err().println("paysdk simulate: stopped " + sims.size() + " simulator" + (sims.size() == 1 ? "" : "s"));
      ctx.err().flush();
    }
  }

  private List<String> names() {
    String w = which.strip().toLowerCase(Locale.ROOT);
    if (w.equals("all")) {
      return ORDER;
    }
    return List.of(Gateway.named(w).cliName);
  }

  private GatewaySimulator start(String name, SimulatorOptions options) {
    return switch (name) {
      case "agentpay" -> {
        AgentPaySimulator.Builder b = AgentPaySimulator.builder().options(options);
        if (seed != null) {
          b.merchantId("LEtest" + digits("agentpay", "merchantId", 3)).secretKey(hex("agentpay", "secret", 32));
        }
        yield b.start();
      }
      case "pen" -> {
        PenPayoutSimulator.Builder b = PenPayoutSimulator.builder().options(options);
        if (seed != null) {
          b.merchantId(digits("pen", "merchantId", 6)).secretKey(hex("pen", "secret", 32));
        }
        yield b.start();
      }
      case "vexora" -> {
        VexoraSimulator.Builder b = VexoraSimulator.builder().options(options).regionPrefix(vexoraRegion);
        if (seed != null) {
          b.merchantNo(digits("vexora", "merchantNo", 8)).appSecret(hex("vexora", "secret", 32));
        }
        yield b.start();
      }
      default -> {
        HexpaySimulator.Builder b = HexpaySimulator.builder().options(options);
        if (seed != null) {
          b.mchNo("M" + digits("hexpay", "mchNo", 10)).appId(hex("hexpay", "appId", 24))
              .appSecret(hex("hexpay", "appSecret", 32));
        }
        yield b.start();
      }
    };
  }

  private void describe(GatewaySimulator sim, Map<String, String> env) throws IOException {
    ctx.out().println();
    if (sim instanceof AgentPaySimulator a) {
      header("INR AgentPay", sim);
      credentials(Gateway.AGENTPAY, env, sim.baseUrl(), "MERCHANT_ID", "merchantId", a.merchantId(), "SECRET",
          "secretKey", a.secretKey());
    } else if (sim instanceof PenPayoutSimulator p) {
      header("PEN bank payouts", sim);
      credentials(Gateway.PEN, env, sim.baseUrl(), "MERCHANT_ID", "merchantId", p.merchantId(), "SECRET", "secretKey",
          p.secretKey());
    } else if (sim instanceof VexoraSimulator v) {
      header("Vexora", sim);
      credentials(Gateway.VEXORA, env, sim.baseUrl(), "MERCHANT_NO", "merchantNo", v.merchantNo(), "SECRET",
          "appSecret", v.appSecret());
    } else if (sim instanceof HexpaySimulator h) {
      header("Hexpay", sim);
      Path dir = keyDir != null ? Files.createDirectories(keyDir) : Files.createTempDirectory("paysdk-hexpay-keys-");
      Path priv = dir.resolve("merchant-private.pem");
      Path pub = dir.resolve("platform-public.pem");
      writePrivate(priv, h.merchantPrivateKeyPem());
      Files.writeString(pub, h.platformPublicKeyPem(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("merchant-public.pem"), h.merchantPublicKeyPem(), StandardCharsets.UTF_8);
      credentials(Gateway.HEXPAY, env, sim.baseUrl(), "MCH_NO", "mchNo", h.mchNo(), "APP_ID", "appId", h.appId(),
          "APP_SECRET", "appSecret", h.appSecret());
      label("keys", priv + " (sign requests with it), " + pub + " (verify webhooks with it)");
      env.put(SandboxSettings.variable(Gateway.HEXPAY, "PRIVATE_KEY"), priv.toAbsolutePath().toString());
      env.put(SandboxSettings.variable(Gateway.HEXPAY, "PLATFORM_PUBLIC_KEY"), pub.toAbsolutePath().toString());
    }
  }

  private void header(String name, GatewaySimulator sim) {
    ctx.out().println(name + " simulator  " + sim.baseUrl());
    label("admin", "http://127.0.0.1:" + sim.port() + "/_admin");
  }

  /** Prints the credentials and records their variables; pairs of (variable suffix, label, value). */
  private void credentials(Gateway g, Map<String, String> env, String baseUrl, String... triples) {
    env.put(SandboxSettings.variable(g, "BASE_URL"), baseUrl);
    for (int i = 0; i < triples.length; i += 3) {
      label(triples[i + 1], triples[i + 2]);
      env.put(SandboxSettings.variable(g, triples[i]), triples[i + 2]);
    }
  }

  private void label(String label, String value) {
    ctx.out().printf("  %-12s %s%n", label, value);
  }

  private static void writePrivate(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // the file system has no POSIX permissions: leave its defaults
    }
  }

  private String hex(String gateway, String what, int length) {
    return HexFormat.of().formatHex(digest(gateway, what)).substring(0, length);
  }

  private String digits(String gateway, String what, int length) {
    StringBuilder sb = new StringBuilder();
    for (byte b : digest(gateway, what)) {
      sb.append(Math.floorMod(b, 10));
    }
    String d = sb.substring(0, length);
    return d.charAt(0) == '0' ? "1" + d.substring(1) : d;
  }

  private byte[] digest(String gateway, String what) {
    try {
      return MessageDigest.getInstance("SHA-256").digest((seed + ":" + gateway + ":" + what)
          .getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
