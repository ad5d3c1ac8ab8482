package dev.paysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar as a real process ({@code java -jar target/paysdk.jar}), run by failsafe after
 * {@code package}. The simulator is driven by a client that is not PaySDK: the JDK's HttpClient and
 * an MD5 written here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaysdkJarIT {
  private static final Path JAR = Path.of(System.getProperty("paysdk.jar", "target/paysdk.jar"));

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private Process simulator;
  private Path simulatorErr;
  private final List<String> simulatorOut = new ArrayList<>();
  private String baseUrl;
  private String merchantId;
  private String secret;
  private HttpServer merchant;
  private final BlockingQueue<String> callbacks = new LinkedBlockingQueue<>();

  record Run(int code, String out, String err) {}

  private static ProcessBuilder java(String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  private static Run run(Map<String, String> env, String stdin, String... args) throws Exception {
    ProcessBuilder pb = java(args);
    pb.environment().putAll(env);
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  /** Rule A by hand: sorted key=value& fragments (case-insensitive), key=secret, MD5, upper case. */
  private static String md5Sign(Map<String, String> params, String key) throws Exception {
    List<String> fragments = new ArrayList<>();
    params.forEach((k, v) -> {
      if (v != null && !v.isEmpty() && !k.equals("sign")) {
        fragments.add(k + "=" + v + "&");
      }
    });
    fragments.sort(String.CASE_INSENSITIVE_ORDER);
    byte[] d = MessageDigest.getInstance("MD5").digest((String.join("", fragments) + "key=" + key)
        .getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().withUpperCase().formatHex(d);
  }

  private static String form(Map<String, String> p) {
    StringBuilder sb = new StringBuilder();
    p.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  private static Map<String, String> parse(String query) {
    Map<String, String> m = new TreeMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return m;
  }

  private String find(String regex) {
    Matcher m = Pattern.compile(regex).matcher(String.join("\n", simulatorOut));
    assertThat(m.find()).as(regex + " in " + simulatorOut).isTrue();
    return m.group(1);
  }

  @BeforeAll
  void startSimulatorAndMerchant() throws Exception {
    assertThat(JAR).as("the packaged jar (run mvn verify, not test)").isRegularFile();
    simulatorErr = Files.createTempFile("paysdk-simulate", ".err");
    // a file, not a pipe: Process.destroy() closes the pipes it holds
    simulator = java("simulate", "agentpay", "--seed", "it").redirectError(simulatorErr.toFile()).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null && !line.equals("ready"); line = lines.readLine()) {
      simulatorOut.add(line);
    }
    baseUrl = find("INR AgentPay simulator  (http://127\\.0\\.0\\.1:\\d+)");
    merchantId = find("merchantId +(\\S+)");
    secret = find("secretKey +([0-9a-f]{32})");

    System.setProperty("sun.net.httpserver.nodelay", "true");
    merchant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    merchant.createContext("/notify", exchange -> {
      callbacks.add(exchange.getRequestURI().getRawQuery());
      byte[] ack = "success".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, ack.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(ack);
      }
    });
    merchant.start();
  }

  @AfterAll
  void stop() {
    if (merchant != null) {
      merchant.stop(0);
    }
    if (simulator != null && simulator.isAlive()) {
      simulator.destroyForcibly();
    }
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private Map<String, String> apply(String orderNo) throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mchId", merchantId);
    p.put("mchOrderNo", orderNo);
    p.put("amount", "10000");
    p.put("currency", "INR");
    p.put("accountNo", "123456789012");
    p.put("accountBankCode", "BANK");
    p.put("notifyUrl", "http://127.0.0.1:" + merchant.getAddress().getPort() + "/notify");
    p.put("extra", "{\"value\":\"HDFC0001234\"}");
    p.put("sign", md5Sign(p, secret));
    return p;
  }

  @Test
  @Order(1)
  void simulate_servesAFullPayoutAndWebhookFlow_toAClientThatIsNotPaySdk() throws Exception {
    HttpResponse<String> applied = post("/api/agentpay/apply", form(apply("IT-FLOW-1")));
    assertThat(applied.body()).contains("\"retCode\":\"SUCCESS\"").contains("\"status\":1");

    String callback = callbacks.poll(10, TimeUnit.SECONDS);
    assertThat(callback).as("the payout's callback").isNotNull();
    Map<String, String> fields = parse(callback);
    assertThat(fields).containsEntry("mchOrderNo", "IT-FLOW-1").containsEntry("status", "2");
    assertThat(fields.get("sign")).isEqualTo(md5Sign(fields, secret));

    Map<String, String> q = new LinkedHashMap<>();
    q.put("mchId", merchantId);
    q.put("mchOrderNo", "IT-FLOW-1");
    q.put("reqTime", "20261206120000");
    q.put("sign", md5Sign(q, secret));
    String answer = post("/api/pay/orderquery", form(q)).body();
    assertThat(answer).contains("\"status\":2").contains("\"mchOrderNo\":\"IT-FLOW-1\"");
  }

  @Test
  @Order(2)
  void anAdminApiFault_takesEffectOnTheNextCall() throws Exception {
    HttpResponse<String> queued = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_admin/faults"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"operation\":\"agentpay.payout-apply\","
            + "\"kind\":\"reset-after-store\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);

    Throwable lost = catchThrowable(() -> post("/api/agentpay/apply", form(apply("IT-FAULT-1"))));
    String orders = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_admin/orders")).build(),
        HttpResponse.BodyHandlers.ofString()).body();

    assertThat(lost).as("the answer is lost").isInstanceOf(IOException.class);
    assertThat(orders).as("but the payout was stored").contains("\"merchantOrderNo\":\"IT-FAULT-1\"");
    assertThat(post("/api/agentpay/apply", form(apply("IT-FAULT-2"))).body()).contains("SUCCESS");
  }

  @Test
  @Order(3)
  void webhookTrigger_throughTheSimulator_reachesTheMerchant() throws Exception {
    callbacks.clear();
    Run r = run(Map.of(), "", "webhook", "trigger", "--simulator", baseUrl, "--order", "IT-FLOW-1", "--url",
        "http://127.0.0.1:" + merchant.getAddress().getPort() + "/notify");

    assertThat(r.code()).as(r.toString()).isZero();
    Map<String, String> fields = parse(callbacks.poll(5, TimeUnit.SECONDS));
    assertThat(fields.get("sign")).isEqualTo(md5Sign(fields, secret));
  }

  @Test
  @Order(4)
  void sigterm_stopsTheSimulatorCleanly() throws Exception {
    int port = URI.create(baseUrl).getPort();
    simulator.destroy(); // SIGTERM: the shutdown hook closes the servers

    assertThat(simulator.waitFor(15, TimeUnit.SECONDS)).as("exits").isTrue();
    String err = Files.readString(simulatorErr);
    assertThat(err).contains("paysdk simulate: stopped 1 simulator");
    assertThat(simulator.exitValue()).isEqualTo(143);
    assertThat(catchThrowable(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()))
        .as("nothing listens on the port any more").isInstanceOf(IOException.class);
  }

  @Test
  void signAndVerify_fromTheJar_giveTheDocumentedExitCodes() throws Exception {
    Run sign = run(Map.of("S", "offline-test-key"), "", "sign", "--rule", "A", "--secret-env", "S", "-p",
        "mchNo=M1621873433953", "-p", "appId=60cc09bce4b0f1c0b83761c9", "-p", "amount=100", "-p", "version=1.0",
        "-p", "signType=MD5", "-p", "reqTime=1700000000123");
    Run verified = run(Map.of(), "{\"amount\":\"100\",\"sign\":\"" + TestDigests.md5("amount=100k") + "\"}",
        "verify", "--gateway", "vexora", "--secret", "k");
    Run mismatch = run(Map.of(), "{\"amount\":\"100\",\"sign\":\"00\"}", "verify", "--gateway", "vexora", "--secret",
        "k");
    Run bad = run(Map.of(), "{", "verify", "--gateway", "vexora", "--secret", "k");

    assertThat(sign.code()).isZero();
    assertThat(sign.out()).contains("sign       CE76B1B36C5B683AD2F8FB0FCA95055B").doesNotContain("offline-test-key");
    assertThat(verified.code()).as(verified.toString()).isEqualTo(0);
    assertThat(mismatch.code()).isEqualTo(1);
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err().lines().count()).isEqualTo(1);
  }

  @Test
  void theLauncherScript_runsTheJar_andSaysHowToBuildItWhenMissing() throws Exception {
    Path script = Path.of("..", "paysdk").toAbsolutePath().normalize();
    assertThat(script).isRegularFile();
    Process p = new ProcessBuilder("sh", script.toString(), "--version").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out).startsWith("paysdk ");

    Path lonely = Files.createTempDirectory("paysdk-launcher");
    Files.copy(script, lonely.resolve("paysdk"));
    Process missing = new ProcessBuilder("sh", lonely.resolve("paysdk").toString()).start();
    String err = new String(missing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(missing.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(missing.exitValue()).isEqualTo(3);
    assertThat(err).contains("mvn -B -q -DskipTests -Dquick package -pl sdk-cli -am");
  }
}
