package dev.paysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.sign.Keys;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.testkit.WebhookReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code webhook trigger} and {@code replay} with {@code --gateway} / {@code --in}: the webhooks are
 * received by an endpoint that verifies them with the SDK's own client, so a correctly signed one is
 * accepted and a tampered one refused.
 */
class WebhookCommandTest {
  private static final String SECRET = "webhook-secret";

  private static PaymentClient client(String provider, Map<String, String> settings) {
    return PaymentProvider.find(provider).orElseThrow().create(ProviderSettings.of(settings));
  }

  @Test
  void agentpay_signedCallback_isVerifiedByTheSdk_andATamperedOneRefused() {
    try (PaymentClient c = client("inr-agentpay", Map.of("baseUrl", "http://127.0.0.1:9", "merchantId", "LEtest067",
        "secretKey", SECRET)); WebhookReceiver endpoint = WebhookReceiver.start(c.webhooks())) {
      CliRun ok = CliRun.run("", "webhook", "trigger", "--gateway", "agentpay", "--secret", SECRET, "--url",
          endpoint.url(), "--order", "PO-7", "--outcome", "failed", "--reason", "Account closed");
      CliRun tampered = CliRun.run("", "webhook", "trigger", "--gateway", "agentpay", "--secret", SECRET, "--url",
          endpoint.url(), "--order", "PO-8", "--tamper", "amount");

      assertThat(ok.code).as(ok.toString()).isEqualTo(ExitCode.OK);
      assertThat(ok.value("result")).isEqualTo("ACKNOWLEDGED");
      WebhookEvent e = endpoint.awaitEvent(ev -> true, Duration.ofSeconds(3));
      assertThat(e.merchantOrderNo()).isEqualTo("PO-7");
      assertThat(e.payoutStatus()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("FAILED"));
      assertThat(tampered.code).as(tampered.toString()).isEqualTo(ExitCode.MISMATCH);
      assertThat(tampered.value("result")).startsWith("NOT ACKNOWLEDGED");
      assertThat(endpoint.rejections()).hasSize(1);
      assertThat(ok.out).contains("sign=***").doesNotContain(SECRET);
    }
  }

  @Test
  void pen_and_vexora_signedWebhooks_areVerifiedByTheSdk_andABadSignatureRefused() {
    try (PaymentClient pen = client("payout-pen", Map.of("baseUrl", "http://127.0.0.1:9", "merchantId", "100001",
        "secretKey", SECRET)); WebhookReceiver penEndpoint = WebhookReceiver.start(pen.webhooks());
        PaymentClient vx = client("vexora", Map.of("baseUrl", "http://127.0.0.1:9", "merchantNo", "12345678",
            "appSecret", SECRET)); WebhookReceiver vxEndpoint = WebhookReceiver.start(vx.webhooks())) {
      CliRun penOk = CliRun.run("", "webhook", "trigger", "-g", "pen", "--secret", SECRET, "--url", penEndpoint.url(),
          "--order", "PEN-1", "--amount", "150.00");
      CliRun penBad = CliRun.run("", "webhook", "trigger", "-g", "pen", "--secret", SECRET, "--url", penEndpoint.url(),
          "--tamper", "signature");
      CliRun vxOk = CliRun.run("", "webhook", "trigger", "-g", "vexora", "--secret", SECRET, "--url", vxEndpoint.url(),
          "--order", "VX-1");
      CliRun vxUnsigned = CliRun.run("", "webhook", "trigger", "-g", "vexora", "--secret", SECRET, "--url",
          vxEndpoint.url(), "--tamper", "unsigned");

      assertThat(penOk.code).as(penOk.toString()).isEqualTo(ExitCode.OK);
      assertThat(penEndpoint.awaitEvent(ev -> true, Duration.ofSeconds(3)).merchantOrderNo()).isEqualTo("PEN-1");
      assertThat(penOk.out).contains("> Sign: ***");
      assertThat(penBad.code).isEqualTo(ExitCode.MISMATCH);
      assertThat(vxOk.code).as(vxOk.toString()).isEqualTo(ExitCode.OK);
      assertThat(vxEndpoint.awaitEvent(ev -> true, Duration.ofSeconds(3)).merchantOrderNo()).isEqualTo("VX-1");
      assertThat(vxUnsigned.code).isEqualTo(ExitCode.MISMATCH);
    }
  }

  @Test
  void hexpay_webhookSignedWithThePlatformKey_isVerifiedByTheSdk(@TempDir Path dir) throws Exception {
    KeyPair merchant = TestKeys.MERCHANT;
    KeyPair platform = TestKeys.PLATFORM;
    Path platformKey = dir.resolve("platform-private.pem");
    Files.writeString(platformKey, Keys.toPem(platform.getPrivate()));
    try (PaymentClient hx = client("hexpay", Map.of("baseUrl", "http://127.0.0.1:9", "mchNo", "M100001",
        "appId", "0123456789abcdef01234567", "merchantPrivateKey", Keys.toPem(merchant.getPrivate()),
        "platformPublicKey", Keys.toPem(platform.getPublic())));
        WebhookReceiver endpoint = WebhookReceiver.start(hx.webhooks())) {
      CliRun r = CliRun.run("", "webhook", "trigger", "-g", "hexpay", "--key", platformKey.toString(), "--url",
          endpoint.url(), "--order", "HX-1", "--merchant-id", "M100001");

      assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.OK);
      WebhookEvent e = endpoint.awaitEvent(ev -> true, Duration.ofSeconds(3));
      assertThat(e.merchantOrderNo()).isEqualTo("HX-1");
      assertThat(r.out).doesNotContain("PRIVATE KEY");
    }
  }

  @Test
  void replay_ofACapturedCallback_sendsItsQueryHeadersAndBodyAgain() throws Exception {
    String sign = TestDigests.md5Upper("agentpayOrderId=Le1&amount=20000&fee=900&mchOrderNo=T1&status=2&key=" + SECRET);
    String captured = "POST /old/notify?amount=20000&mchOrderNo=T1&fee=900&sign=" + sign
        + "&agentpayOrderId=Le1&status=2 HTTP/1.1\r\nHost: merchant.example\r\nContent-Type: "
        + "application/x-www-form-urlencoded\r\nContent-Length: 0\r\n\r\n";
    try (PaymentClient c = client("inr-agentpay", Map.of("baseUrl", "http://127.0.0.1:9", "merchantId", "LEtest067",
        "secretKey", SECRET)); WebhookReceiver endpoint = WebhookReceiver.start(c.webhooks())) {
      CliRun r = CliRun.run(captured, "webhook", "replay", "--in", "-", "--url", endpoint.url(), "--gateway",
          "agentpay");

      assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.OK);
      assertThat(endpoint.awaitEvent(ev -> true, Duration.ofSeconds(3)).merchantOrderNo()).isEqualTo("T1");
      assertThat(endpoint.receivedRequests().get(0).query()).contains("sign=" + sign);
    }
  }

  @Test
  void trigger_needsExactlyOneSource_andAnUnreachableUrlIsAFailureToRun() {
    CliRun neither = CliRun.run("", "webhook", "trigger", "--url", "http://127.0.0.1:9/x");
    CliRun noWay = CliRun.run("", "webhook", "trigger", "-g", "vexora", "--secret", "s", "--url", "ftp://127.0.0.1/x");
    CliRun down = CliRun.run("", "webhook", "trigger", "-g", "vexora", "--secret", "s", "--url", "http://127.0.0.1:9/x");

    assertThat(neither.code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(noWay.code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(down.code).as(down.toString()).isEqualTo(ExitCode.FAILED);
    assertThat(down.err.strip()).startsWith("paysdk webhook trigger: error: ConnectException");
    assertThat(down.err.lines().count()).isEqualTo(1);
  }

  @Test
  void listen_verifiesWithTheSdk_acknowledgesAGoodWebhook_andRejectsATamperedOne() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Context ctx = new Context(Map.of(), new java.io.ByteArrayInputStream(new byte[0]),
        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), System.err, false);
    java.util.concurrent.atomic.AtomicInteger code = new java.util.concurrent.atomic.AtomicInteger(-1);
    Thread listener = new Thread(() -> code.set(Cli.run(ctx, "webhook", "listen", "-g", "pen", "--secret", SECRET,
        "--port", Integer.toString(port), "--count", "2")));
    listener.start();
    long end = System.nanoTime() + 10_000_000_000L;
    while (!out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("listening")) {
      assertThat(System.nanoTime()).as("listener started").isLessThan(end);
      Thread.sleep(20);
    }
    String url = "http://127.0.0.1:" + port + "/webhooks";

    CliRun good = CliRun.run("", "webhook", "trigger", "-g", "pen", "--secret", SECRET, "--url", url, "--order", "L-1");
    CliRun bad = CliRun.run("", "webhook", "trigger", "-g", "pen", "--secret", SECRET, "--url", url, "--tamper",
        "amount");
    listener.join(10_000);

    String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(good.code).as(good.toString()).isEqualTo(ExitCode.OK);
    assertThat(bad.code).isEqualTo(ExitCode.MISMATCH);
    assertThat(printed).contains("-> 200 VERIFIED  L-1: SUCCEEDED").contains("-> 400 REJECTED")
        .contains("2 received, 1 rejected").doesNotContain(SECRET);
    assertThat(code.get()).isEqualTo(ExitCode.MISMATCH);
  }
}
