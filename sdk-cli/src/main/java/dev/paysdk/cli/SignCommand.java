package dev.paysdk.cli;

import dev.paysdk.core.sign.Signer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paysdk sign}: the canonical string and the signature of some parameters, exactly as the SDK signs. */
@Command(name = "sign", mixinStandardHelpOptions = true,
    header = "Sign parameters as the SDK does; print the canonical string and the signature.",
    description = {"Sign parameters exactly as the SDK does, and show the canonical string that was signed.",
        "Input (standard input or --in): JSON, a form or query string (a=1&b=2, or a URL with one), name=value lines "
            + "as the gateway documents write them, or a raw HTTP request; -p adds or replaces parameters."},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_BAD_INPUT, ExitCode.HELP_FAILED},
    footer = {"%nExamples:",
        "  printf 'mchId=LEtest067&mchOrderNo=202503110001&amount=10000&currency=INR' \\",
        "    | paysdk sign --gateway agentpay --secret-env AGENTPAY_SECRET",
        "  paysdk sign --rule C --secret-file vexora.secret --in disbursement.json",
        "  paysdk sign --gateway hexpay --key merchant-private.pem --in order.json --quiet"})
final class SignCommand implements Callable<Integer> {
  private final Context ctx;

  @ArgGroup(multiplicity = "1")
  RuleChoice choice;

  @Mixin
  SecretOptions secrets;

  @Option(names = "--in", paramLabel = "FILE", description = "Read the input from FILE instead of standard input.")
  Path in;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
      description = "A parameter to sign (repeatable); with -p alone, standard input is not read.")
  List<String> params = List.of();

  @Option(names = {"-q", "--quiet"}, description = "Print only the signature.")
  boolean quiet;

  SignCommand(Context ctx) {
    this.ctx = ctx;
  }

  /** {@code --gateway} or {@code --rule}: one of them. */
  static final class RuleChoice {
    @Option(names = {"-g", "--gateway"}, paramLabel = "GATEWAY", required = true,
        description = "agentpay, pen, vexora or hexpay: the rule that gateway signs with (Hexpay: rule B with --key, "
            + "rule A with the app secret otherwise).")
    String gateway;

    @Option(names = "--rule", paramLabel = "RULE", required = true,
        description = "A, B, B-compact or C: a signing rule by name (see the provider notes).")
    String rule;
  }

  @Override
  public Integer call() {
    Fields fields = input();
    Rule rule;
    String origin;
    if (choice.gateway != null) {
      Gateway g = Gateway.named(choice.gateway);
      rule = g.ruleFor(null, secrets.hasKey(), secrets.hasSecret());
      origin = g.cliName + (g == Gateway.PEN ? ", sent in the Sign header" : "");
    } else {
      rule = Rule.named(choice.rule);
      origin = null;
    }
    Signer signer = rule.usesKey() ? rule.signer(null, secrets.privateKey(ctx), null)
        : rule.signer(secrets.secret(ctx).orElseThrow(() -> new BadInputException("rule " + rule.name().charAt(0)
            + " signs with a secret: give it with --secret-file FILE, --secret-env NAME or --secret")), null, null);
    String canonical = rule.canonicalizer.canonicalize(fields.fields());
    String signature = signer.sign(canonical);
    if (quiet) {
      ctx.out().println(signature);
      return ExitCode.OK;
    }
    Report.canonical(ctx.out(), rule, origin, fields, canonical);
    Report.line(ctx.out(), "sign", signature);
    return ExitCode.OK;
  }

  private Fields input() {
    Fields base;
    if (in == null && !params.isEmpty()) {
      base = new Fields(Fields.Source.PARAMETERS, Map.of());
    } else {
      Message m = Message.parse(read());
      if (m.kind == Message.Kind.RESPONSE) {
        throw new BadInputException("sign takes parameters or a request, not a response; verify checks responses");
      }
      base = Fields.ofBody(m.body);
      if (base.isEmpty() && m.kind == Message.Kind.REQUEST) {
        base = new Fields(Fields.Source.QUERY, m.query());
      }
    }
    if (params.isEmpty()) {
      if (base.isEmpty()) {
        throw new BadInputException("nothing to sign: the input holds no parameters");
      }
      return base;
    }
    Map<String, String> extra = new LinkedHashMap<>();
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new BadInputException("-p takes NAME=VALUE, not '" + p + "'");
      }
      extra.put(p.substring(0, eq), p.substring(eq + 1));
    }
    return base.plus(extra, base.isEmpty() ? Fields.Source.PARAMETERS : base.source());
  }

  private byte[] read() {
    return Input.read(ctx, in);
  }
}
