package dev.paysdk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.core.sign.Signer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paysdk webhook trigger}: a correctly signed (or tampered) webhook for an order, sent to a URL. */
@Command(name = "trigger", mixinStandardHelpOptions = true,
    header = "Send a signed (or tampered) webhook for an order to a URL.",
    description = {"Send a gateway's webhook for an order to a URL, correctly signed or deliberately tampered, so an "
        + "endpoint can be tested without a gateway.",
        "With --gateway, the command builds the webhook itself in the gateway's format and signs it with your "
            + "secret (Hexpay: the platform's RSA private key with --key, or the app secret for MD5). With "
            + "--simulator, a running paysdk simulate builds it for one of its orders."},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:the endpoint acknowledged it as the gateway expects (success, SUCCESS or OK, with 200)",
        "1:it did not", ExitCode.HELP_BAD_INPUT, ExitCode.HELP_FAILED},
    footer = {"%nExamples:",
        "  paysdk webhook trigger --gateway agentpay --secret-env AGENTPAY_SECRET --url http://127.0.0.1:8080/notify \\",
        "    --order PO-20261122-0001 --outcome succeeded",
        "  paysdk webhook trigger --gateway vexora --secret-file vexora.secret --url http://127.0.0.1:8080/vx "
            + "--tamper amount",
        "  paysdk webhook trigger --simulator http://127.0.0.1:8701 --order PO-1 --url http://127.0.0.1:8080/notify"})
final class WebhookTriggerCommand implements Callable<Integer> {
  private final Context ctx;

  @Option(names = "--url", required = true, paramLabel = "URL", description = "Where to send the webhook.")
  String url;

  @Option(names = {"-g", "--gateway"}, paramLabel = "GATEWAY",
      description = "agentpay, pen, vexora or hexpay: build the webhook here, in that gateway's format.")
  String gateway;

  @Option(names = "--simulator", paramLabel = "BASE_URL",
      description = "A running paysdk simulate server (its base URL): it sends its own webhook for --order.")
  String simulator;

  @Option(names = "--order", paramLabel = "ORDER_NO", description = "The merchant's order number (default: a new "
      + "test number; with --simulator, required, and the gateway's number works too).")
  String order;

  @Option(names = "--gateway-order", paramLabel = "NO", description = "The gateway's order number (default: a new one).")
  String gatewayOrder;

  @Option(names = "--outcome", paramLabel = "OUTCOME", defaultValue = "succeeded",
      description = "succeeded (default) or failed.")
  String outcome;

  @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "Payout failed",
      description = "The failure reason of a failed order.")
  String reason;

  @Option(names = "--amount", paramLabel = "AMOUNT", description = "The amount as the gateway writes it (AgentPay: "
      + "paise, default 10000; PEN 100.00; Vexora 100000; Hexpay 25.50).")
  String amount;

  @Option(names = "--merchant-id", paramLabel = "ID", defaultValue = "100001",
      description = "PEN's MerchantId, Hexpay's mchNo (default 100001).")
  String merchantId;

  @Option(names = "--app-id", paramLabel = "ID", defaultValue = "0123456789abcdef01234567",
      description = "Hexpay's appId.")
  String appId;

  @Option(names = "--tamper", paramLabel = "HOW", defaultValue = "none",
      description = "none (default), signature (one character changed), amount (changed after signing) or unsigned.")
  String tamper;

  @Mixin
  SecretOptions secrets;

  WebhookTriggerCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    if ((gateway == null) == (simulator == null)) {
      throw new BadInputException("give either --gateway (build the webhook here) or --simulator (a running "
          + "paysdk simulate sends it)");
    }
    WebhookBuilder.Tamper how = WebhookBuilder.Tamper.named(tamper);
    if (simulator != null) {
      return viaSimulator(how);
    }
    Gateway g = Gateway.named(gateway);
    boolean succeeded = switch (outcome.strip().toLowerCase(Locale.ROOT)) {
      case "succeeded", "success" -> true;
      case "failed", "fail" -> false;
      default -> throw new BadInputException("--outcome must be succeeded or failed, is '" + outcome + "'");
    };
    Rule rule = g.ruleFor(null, secrets.hasKey(), secrets.hasSecret());
    Signer signer = rule.usesKey() ? rule.signer(null, secrets.privateKey(ctx), null)
        : rule.signer(secrets.secret(ctx).orElseThrow(() -> new BadInputException(g.cliName + " webhooks are signed "
            + "with a secret: give it with --secret-file FILE, --secret-env NAME or --secret")), null, null);
    long n = System.currentTimeMillis();
    String orderNo = order != null ? order : "PAYSDK-TEST-" + n;
    String gatewayNo = gatewayOrder != null ? gatewayOrder : switch (g) {
      case AGENTPAY -> "Le" + n;
      case PEN -> "PAYOUT" + n;
      case VEXORA -> "vx" + Long.toString(n, 36);
      case HEXPAY -> "P" + n;
    };
    WebhookSender.Outgoing w = WebhookBuilder.build(g, rule, signer, new WebhookBuilder.Order(orderNo, gatewayNo,
        succeeded, amount, merchantId, appId, reason), url, how);
    ctx.out().println("paysdk webhook trigger: " + g.displayName + " webhook for " + orderNo + " ("
        + (succeeded ? "succeeded" : "failed") + (how == WebhookBuilder.Tamper.NONE ? ", signed" : ", tampered: "
        + how.name().toLowerCase(Locale.ROOT)) + ")");
    WebhookSender.Answer a = WebhookSender.send(w, ctx.out());
    boolean acked = a.status() == 200 && a.body().strip().equals(g.webhookAck);
    Report.line(ctx.out(), "result", acked ? "ACKNOWLEDGED" : "NOT ACKNOWLEDGED (the gateway expects 200 and the text "
        + g.webhookAck + ")");
    return acked ? ExitCode.OK : ExitCode.MISMATCH;
  }

  private int viaSimulator(WebhookBuilder.Tamper how) throws Exception {
    if (order == null) {
      throw new BadInputException("--simulator needs --order: the merchant's or the gateway's order number");
    }
    if (how != WebhookBuilder.Tamper.NONE && how != WebhookBuilder.Tamper.SIGNATURE) {
      throw new BadInputException("a simulator tampers with the signature only: --tamper signature");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("order", order);
    p.put("url", url);
    p.put("wrongSignature", how == WebhookBuilder.Tamper.SIGNATURE);
    JsonNode d = AdminClient.post(simulator, "/webhooks/trigger", p);
    boolean acked = AdminClient.printDelivery(d, ctx.out());
    Report.line(ctx.out(), "result", acked ? "ACKNOWLEDGED" : "NOT ACKNOWLEDGED");
    return acked ? ExitCode.OK : ExitCode.MISMATCH;
  }
}
