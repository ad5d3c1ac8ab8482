package dev.paysdk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code paysdk webhook}: the parent of {@code trigger} and {@code replay}. */
@Command(name = "webhook", mixinStandardHelpOptions = true,
    header = "Send a signed, tampered or captured webhook to an endpoint.", synopsisSubcommandLabel = "(trigger | replay | listen)",
    description = "Send a gateway's webhook to an endpoint: a new, signed (or deliberately tampered) one with "
        + "trigger, or a captured or simulator-delivered one again with replay; or receive and verify them with listen.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:the endpoint acknowledged the webhook as the gateway expects",
        "1:it did not (another status or answer)", ExitCode.HELP_BAD_INPUT, ExitCode.HELP_FAILED},
    footer = {"%nExample:", "  paysdk webhook trigger --gateway agentpay --secret-env AGENTPAY_SECRET "
        + "--url http://127.0.0.1:8080/webhooks/agentpay --order PO-1 --outcome failed"})
final class WebhookCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command: trigger, replay or listen");
  }
}
