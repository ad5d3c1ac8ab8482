package dev.paysdk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paysdk webhook replay}: a webhook sent again, byte for byte. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    header = "Send a captured or simulator-delivered webhook again, byte for byte.",
    description = {"Send a webhook again, byte for byte: a captured raw HTTP request (--in: its query string, "
        + "headers and body go to --url), or the last webhook a running paysdk simulate delivered for an order "
        + "(--simulator and --order)."},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:acknowledged (with --gateway or --simulator: the gateway's expected answer; else any 2xx)",
        "1:not acknowledged", ExitCode.HELP_BAD_INPUT, ExitCode.HELP_FAILED},
    footer = {"%nExamples:",
        "  paysdk webhook replay --in captured-callback.http --url http://127.0.0.1:8080/notify --gateway agentpay",
        "  paysdk webhook replay --simulator http://127.0.0.1:8701 --order PO-1 --url http://127.0.0.1:8080/notify"})
final class WebhookReplayCommand implements Callable<Integer> {
  private final Context ctx;

  @Option(names = "--url", required = true, paramLabel = "URL", description = "Where to send it.")
  String url;

  @Option(names = "--in", paramLabel = "FILE", description = "A captured raw HTTP request (- for standard input).")
  Path in;

  @Option(names = "--simulator", paramLabel = "BASE_URL", description = "A running paysdk simulate server.")
  String simulator;

  @Option(names = "--order", paramLabel = "ORDER_NO", description = "With --simulator: the order whose last webhook "
      + "to send again.")
  String order;

  @Option(names = {"-g", "--gateway"}, paramLabel = "GATEWAY",
      description = "With --in: the gateway, to check for its acknowledgement (default: any 2xx).")
  String gateway;

  WebhookReplayCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    if ((in == null) == (simulator == null)) {
      throw new BadInputException("give either --in (a captured request) or --simulator with --order");
    }
    if (simulator != null) {
      if (order == null) {
        throw new BadInputException("--simulator needs --order");
      }
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("order", order);
      p.put("url", url);
      JsonNode d = AdminClient.post(simulator, "/webhooks/replay", p);
      boolean acked = AdminClient.printDelivery(d, ctx.out());
      Report.line(ctx.out(), "result", acked ? "ACKNOWLEDGED" : "NOT ACKNOWLEDGED");
      return acked ? ExitCode.OK : ExitCode.MISMATCH;
    }
    Message m = Message.parse(Input.read(ctx, in));
    if (m.kind != Message.Kind.REQUEST) {
      throw new BadInputException("--in must hold a raw HTTP request: a start line such as POST /notify?a=1 HTTP/1.1, "
          + "headers, a blank line, the body");
    }
    String query = m.rawQuery();
    String target = query.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + query;
    WebhookSender.Answer a = WebhookSender.send(new WebhookSender.Outgoing(m.method, target, m.headers, m.body),
        ctx.out());
    boolean acked;
    if (gateway != null) {
      Gateway g = Gateway.named(gateway);
      acked = a.status() == 200 && a.body().strip().equals(g.webhookAck);
    } else {
      acked = a.status() >= 200 && a.status() < 300;
    }
    Report.line(ctx.out(), "result", acked ? "ACKNOWLEDGED" : "NOT ACKNOWLEDGED");
    return acked ? ExitCode.OK : ExitCode.MISMATCH;
  }
}
