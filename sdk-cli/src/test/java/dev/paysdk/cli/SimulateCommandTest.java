package dev.paysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} in process: the servers, their credentials, the admin API, and a clean stop. */
class SimulateCommandTest {
  private final HttpClient http = HttpClient.newHttpClient();

  /** Runs simulate in a thread; the output is read while it runs. */
  static final class Running implements AutoCloseable {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final AtomicInteger code = new AtomicInteger(-1);
    final Thread thread;

    Running(String... args) throws InterruptedException {
      Context ctx = new Context(Map.of(), new ByteArrayInputStream(new byte[0]),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
      thread = new Thread(() -> code.set(Cli.run(ctx, args)), "simulate-under-test");
      thread.start();
      long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!out().contains("\nready") && thread.isAlive()) {
        if (System.nanoTime() > end) {
          throw new AssertionError("simulate did not get ready:\n" + out() + err);
        }
        Thread.sleep(20);
      }
    }

    String out() {
      return out.toString(StandardCharsets.UTF_8);
    }

    String find(String regex) {
      Matcher m = Pattern.compile(regex).matcher(out());
      assertThat(m.find()).as(regex + " in\n" + out()).isTrue();
      return m.group(1);
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
    }
  }

  @Test
  void all_startsFourSimulators_printsTheirCredentials_writesTheVariables_andStopsCleanly(@TempDir Path dir)
      throws Exception {
    Path env = dir.resolve("sim.env");
    Running r = new Running("simulate", "all", "--seed", "s1", "--env-file", env.toString(), "--key-dir",
        dir.resolve("keys").toString());
    String agentpay = r.find("INR AgentPay simulator  (http://127\\.0\\.0\\.1:\\d+)");
    String hexpay = r.find("Hexpay simulator  (http://127\\.0\\.0\\.1:\\d+)");
    String merchantId = r.find("merchantId +(LEtest\\d{3})");
    String vars = Files.readString(env);

    assertThat(vars).contains("PAYSDK_AGENTPAY_BASE_URL=" + agentpay + "\n", "PAYSDK_AGENTPAY_MERCHANT_ID="
        + merchantId + "\n", "PAYSDK_HEXPAY_BASE_URL=" + hexpay + "\n", "PAYSDK_VEXORA_SECRET=",
        "PAYSDK_HEXPAY_PRIVATE_KEY=" + dir.resolve("keys/merchant-private.pem"));
    assertThat(Files.readString(dir.resolve("keys/platform-public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
    HttpResponse<String> describe = http.send(HttpRequest.newBuilder(URI.create(agentpay + "/_admin")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(describe.body()).contains("\"gateway\":\"agentpay\"");

    r.close();
    assertThat(r.code.get()).isEqualTo(ExitCode.OK);
    assertThat(r.err.toString(StandardCharsets.UTF_8)).contains("stopped 4 simulators");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> http.send(HttpRequest.newBuilder(
        URI.create(agentpay + "/_admin")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString())))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void seed_givesTheSameCredentialsOnEveryStart() throws Exception {
    String first;
    try (Running r = new Running("simulate", "vexora", "--seed", "same")) {
      first = r.find("appSecret +([0-9a-f]{32})") + r.find("merchantNo +(\\d{8})");
    }
    try (Running r = new Running("simulate", "vexora", "--seed", "same")) {
      assertThat(r.find("appSecret +([0-9a-f]{32})") + r.find("merchantNo +(\\d{8})")).isEqualTo(first);
    }
  }

  @Test
  void aPortInUse_isAFailureToStart_exit3_onOneLine() throws Exception {
    try (Running first = new Running("simulate", "pen")) {
      String port = first.find("PEN bank payouts simulator  http://127\\.0\\.0\\.1:(\\d+)");
      CliRun second = CliRun.run("", "simulate", "pen", "--port", port);

      assertThat(second.code).isEqualTo(ExitCode.FAILED);
      assertThat(second.err.strip()).startsWith("paysdk simulate: error: simulator server did not start")
          .contains("BindException");
    }
  }
}
