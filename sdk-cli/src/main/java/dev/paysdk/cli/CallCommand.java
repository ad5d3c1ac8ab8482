package dev.paysdk.cli;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Capability;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpTransport;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paysdk call}: one read-only call against a sandbox configured like the demo, with the exchange printed masked. */
@Command(name = "call", mixinStandardHelpOptions = true,
    header = "Check a sandbox configuration with one read-only call, printed masked.",
    description = {"Check a sandbox configuration: make one read-only call with the SDK's client, configured by the "
        + "demo's variables (PAYSDK_<GATEWAY>_BASE_URL and the credentials of the README's sandbox table), and print "
        + "the exchange with every secret, signature and personal field masked.",
        "Operations: balance (agentpay, vexora, hexpay); query ORDER_NO (a payout, or a Hexpay pay-in, by the "
            + "merchant's order number, or by the gateway's with --gateway-order)."},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:the call succeeded", "1:the gateway refused it or failed (the message says why)",
        ExitCode.HELP_BAD_INPUT, ExitCode.HELP_FAILED},
    footer = {"%nExample (against a simulator started with paysdk simulate agentpay --env-file sim.env):",
        "  set -a; . ./sim.env; set +a",
        "  paysdk call --gateway agentpay balance",
        "  paysdk call --gateway agentpay query PO-20261122-0001"})
final class CallCommand implements Callable<Integer> {
  private final Context ctx;

  @Option(names = {"-g", "--gateway"}, required = true, paramLabel = "GATEWAY",
      description = "agentpay, pen, vexora or hexpay.")
  String gateway;

  @Parameters(index = "0", paramLabel = "OPERATION", description = "balance or query.")
  String operation;

  @Parameters(index = "1", arity = "0..1", paramLabel = "ORDER_NO", description = "The order to query.")
  String orderNo;

  @Option(names = "--gateway-order", description = "ORDER_NO is the gateway's order number, not the merchant's.")
  boolean gatewayOrder;

  CallCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Gateway g = Gateway.named(gateway);
    String op = operation.toLowerCase(Locale.ROOT);
    if (!op.equals("balance") && !op.equals("query")) {
      throw new BadInputException("the operation must be balance or query, is '" + operation + "'");
    }
    if (op.equals("query") && orderNo == null) {
      throw new BadInputException("query needs the order number: paysdk call --gateway " + g.cliName + " query ORDER_NO");
    }
    PaymentProvider provider = PaymentProvider.find(g.providerId).orElseThrow(() -> new IllegalStateException(
        "the provider " + g.providerId + " is not on the class path"));
    HttpTransport transport = new PrintingTransport(HttpOptions.defaults().createTransport(), ctx.out());
    ProviderSettings settings = ProviderSettings.builder().putAll(SandboxSettings.settings(g, ctx.env()))
        .httpOptions(HttpOptions.builder().transport(transport).build()).build();
    ctx.out().println("paysdk call: " + g.displayName + " " + op + " at " + settings.require("baseUrl"));
    try (transport; PaymentClient client = create(provider, settings)) {
      if (op.equals("balance")) {
        if (!client.supports(Capability.BALANCES)) {
          throw new BadInputException(g.cliName + " has no balance query; try: query ORDER_NO");
        }
        List<Balance> balances = client.balances().list();
        for (Balance b : balances) {
          Report.line(ctx.out(), "balance", b.currency() + ": available " + money(b.available())
              + b.frozenAmount().map(m -> ", frozen " + money(m)).orElse("")
              + b.pendingAmount().map(m -> ", pending " + money(m)).orElse(""));
        }
        Report.line(ctx.out(), "result", "OK: " + balances.size() + " balance" + (balances.size() == 1 ? "" : "s"));
      } else if (client.supports(Capability.PAYOUTS)) {
        Payout p = client.payouts().retrieve(gatewayOrder ? PayoutLookup.byProviderOrderNo(orderNo)
            : PayoutLookup.byMerchantOrderNo(orderNo));
        Report.line(ctx.out(), "payout", p.merchantOrderNo() + p.providerOrderNo().map(n -> " (gateway " + n + ")")
            .orElse("") + ": " + p.status() + " (raw " + p.rawStatus() + ")" + p.amount().map(m -> ", " + money(m))
            .orElse("") + p.fee().map(m -> ", fee " + money(m)).orElse("")
            + p.failureReason().map(r -> ", " + r).orElse(""));
        Report.line(ctx.out(), "result", "OK");
      } else {
        PayIn p = client.payIns().retrieve(gatewayOrder ? PayInLookup.byProviderOrderNo(orderNo)
            : PayInLookup.byMerchantOrderNo(orderNo));
        Report.line(ctx.out(), "pay-in", p.merchantOrderNo() + p.providerOrderNo().map(n -> " (gateway " + n + ")")
            .orElse("") + ": " + p.status() + " (raw " + p.rawStatus() + ")" + p.amount().map(m -> ", " + money(m))
            .orElse(""));
        Report.line(ctx.out(), "result", "OK");
      }
      return ExitCode.OK;
    } catch (PaymentException e) {
      Report.line(ctx.out(), "result", "FAILED: " + e.getClass().getSimpleName() + ": " + Cli.oneLine(e));
      return ExitCode.MISMATCH;
    }
  }

  private static PaymentClient create(PaymentProvider provider, ProviderSettings settings) {
    try {
      return provider.create(settings);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new BadInputException("the " + provider.id() + " settings are not usable: " + e.getMessage(), e);
    }
  }

  private static String money(Money m) {
    return m.amount().toPlainString() + " " + m.currency();
  }

}
