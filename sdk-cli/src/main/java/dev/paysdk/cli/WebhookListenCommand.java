package dev.paysdk.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.sign.Keys;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paysdk webhook listen}: a webhook endpoint on 127.0.0.1 that verifies with the SDK and prints each one. */
@Command(name = "listen", mixinStandardHelpOptions = true,
    header = "Receive webhooks on 127.0.0.1, verify them with the SDK, and print each one.",
    description = {"A merchant's webhook endpoint for trying things out: every request to it is verified by the "
        + "SDK's client for the gateway, answered as the gateway expects (its acknowledgement, or 400 when the "
        + "signature does not verify), and printed (masked). Runs until Ctrl+C, or until --count webhooks came."},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:stopped, every webhook received verified", "1:at least one did not verify",
        ExitCode.HELP_BAD_INPUT, "3:could not start (a port in use)"},
    footer = {"%nExample (two terminals):",
        "  paysdk webhook listen --gateway agentpay --secret-env AGENTPAY_SECRET --port 8080",
        "  paysdk webhook trigger --gateway agentpay --secret-env AGENTPAY_SECRET "
            + "--url http://127.0.0.1:8080/webhooks"})
final class WebhookListenCommand implements Callable<Integer> {
  private final Context ctx;
  private final CountDownLatch stop = new CountDownLatch(1);
  private int received;
  private int rejected;

  @Option(names = {"-g", "--gateway"}, required = true, paramLabel = "GATEWAY",
      description = "agentpay, pen, vexora or hexpay.")
  String gateway;

  @Option(names = "--port", paramLabel = "N", description = "The port on 127.0.0.1 (default: any free port).")
  int port;

  @Option(names = "--merchant-id", paramLabel = "ID", defaultValue = "100001",
      description = "The merchant id the webhooks must name (PEN's MerchantId, Hexpay's mchNo; default 100001, as "
          + "webhook trigger sends).")
  String merchantId;

  @Option(names = "--app-id", paramLabel = "ID", defaultValue = "0123456789abcdef01234567",
      description = "Hexpay's appId.")
  String appId;

  @Option(names = "--count", paramLabel = "N", description = "Stop after N webhooks (default: run until Ctrl+C).")
  int count;

  @Mixin
  SecretOptions secrets;

  WebhookListenCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    Gateway g = Gateway.named(gateway);
    String secret = secrets.secret(ctx).orElse(null);
    String publicKey = secrets.hasKey() ? Keys.toPem(secrets.publicKey(ctx)) : null;
    if (g == Gateway.HEXPAY ? secret == null && publicKey == null : secret == null) {
      throw new BadInputException(g == Gateway.HEXPAY ? "give the platform's public key (--key) for RSA2 webhooks, or "
          + "the app secret for MD5 ones" : "give the secret with --secret-file FILE, --secret-env NAME or --secret");
    }
    Map<String, String> settings = SandboxSettings.forWebhooks(g, merchantId, appId, secret, publicKey,
        WebhookListenCommand::throwawayKey);
    PaymentClient client = PaymentProvider.find(g.providerId).orElseThrow().create(ProviderSettings.of(settings));
    // Without it the JDK server answers a keep-alive request about 40 ms late.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      client.close();
      throw new IllegalStateException("cannot listen on 127.0.0.1:" + port, e);
    }
    server.createContext("/", exchange -> handle(client, exchange));
    server.start();
    ctx.out().println("listening  http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks (" + g.displayName
        + " webhooks, verified by the SDK; Ctrl+C stops)");
    ctx.out().flush();
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.stop(0);
      client.close();
    }
    synchronized (this) {
      Report.line(ctx.out(), "result", received + " received, " + rejected + " rejected");
      return rejected == 0 ? ExitCode.OK : ExitCode.MISMATCH;
    }
  }

  private void handle(PaymentClient client, HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    WebhookRequest.Builder b = WebhookRequest.builder().method(exchange.getRequestMethod()).body(body);
    String rawQuery = exchange.getRequestURI().getRawQuery();
    if (rawQuery != null) {
      b.rawQuery(rawQuery);
    }
    for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
      for (String v : h.getValue()) {
        b.header(h.getKey(), v);
      }
    }
    String ct = exchange.getRequestHeaders().getFirst("Content-Type");
    if (ct != null) {
      b.contentType(ct);
    }
    WebhookAck ack;
    String line;
    boolean ok;
    try {
      WebhookEvent e = client.webhooks().verify(b.build());
      ack = e.ack();
      ok = true;
      line = "VERIFIED  " + e.merchantOrderNo() + ": " + e.payoutStatus().map(Enum::name)
          .or(() -> e.payInStatus().map(Enum::name)).orElse("?") + " (de-duplication key " + e.deduplicationKey() + ")";
    } catch (PaymentException e) {
      ack = new WebhookAck(400, "text/plain;charset=UTF-8", "rejected");
      ok = false;
      line = "REJECTED  " + Cli.oneLine(e);
    }
    byte[] answer = ack.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", ack.contentType());
    exchange.sendResponseHeaders(ack.status(), answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
    synchronized (this) {
      received++;
      rejected += ok ? 0 : 1;
      Report.line(ctx.out(), "webhook", exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " -> "
          + ack.status() + " " + line);
      ctx.out().flush();
      if (count > 0 && received >= count) {
        stop.countDown();
      }
    }
  }

  private static String throwawayKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(1024);
      return Keys.toPem(g.generateKeyPair().getPrivate());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is not available in this JVM", e);
    }
  }
}
