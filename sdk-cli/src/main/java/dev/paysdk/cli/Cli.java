package dev.paysdk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code paysdk} command and its sub-commands. Errors are printed on one line, without a stack
 * trace unless {@code --verbose}; the exit codes are those of {@link ExitCode}.
 */
@Command(name = "paysdk", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    description = "Sign and verify as the gateways do, run their simulators, send test webhooks, check a sandbox.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = ExitCode.HEADING, exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_MISMATCH,
        ExitCode.HELP_BAD_INPUT, ExitCode.HELP_FAILED},
    footer = {"%nExample:", "  paysdk sign --gateway agentpay --secret-env AGENTPAY_SECRET < params.txt",
        "%nEvery command has --help with an example: paysdk sign --help"})
public final class Cli implements Runnable {
  @Spec
  CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error (never a secret).")
  boolean verbose;

  private Cli() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: sign, verify, simulate, webhook, call");
  }

  /** Runs {@code args} in {@code ctx}; returns the exit code. */
  public static int run(Context ctx, String... args) {
    CommandLine cl = commandLine(ctx);
    return cl.execute(args);
  }

  static CommandLine commandLine(Context ctx) {
    Cli root = new Cli();
    CommandLine cl = new CommandLine(root);
    cl.addSubcommand(new SignCommand(ctx));
    cl.addSubcommand(new VerifyCommand(ctx));
    cl.addSubcommand(new SimulateCommand(ctx));
    cl.addSubcommand(new CommandLine(new WebhookCommand())
        .addSubcommand(new WebhookTriggerCommand(ctx))
        .addSubcommand(new WebhookReplayCommand(ctx))
        .addSubcommand(new WebhookListenCommand(ctx)));
    cl.addSubcommand(new CallCommand(ctx));
    cl.setOut(new PrintWriter(ctx.out(), true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(ctx.err(), true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine sub = ex.getCommandLine();
      String message = withoutValues(ex.getMessage(), args);
      ctx.err().println(sub.getCommandName().equals("paysdk") ? "paysdk: " + message
          : "paysdk " + qualifiedName(sub) + ": " + message);
      ctx.err().println("see: paysdk " + (sub == cl ? "" : qualifiedName(sub) + " ") + "--help");
      return ExitCode.BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      boolean bad = ex instanceof BadInputException;
      ctx.err().println("paysdk " + qualifiedName(cmd) + ": " + (bad ? "" : "error: ") + oneLine(ex));
      if (root.verbose) {
        ex.printStackTrace(ctx.err());
      }
      return bad ? ExitCode.BAD_INPUT : ExitCode.FAILED;
    });
    return cl;
  }

  /**
   * A parse error without the arguments' values: a mistyped option ({@code --secrte sk_live_...})
   * makes the parser quote the value that follows it, which may be a secret. Values of 6 or more
   * characters (a gateway or rule name stays readable) become {@code (value hidden)}.
   */
  static String withoutValues(String message, String[] args) {
    if (message == null || args == null) {
      return message;
    }
    String m = message;
    for (String a : args) {
      if (a == null) {
        continue;
      }
      int eq = a.indexOf('=');
      String value = a.startsWith("-") ? (eq > 0 ? a.substring(eq + 1) : null) : a;
      if (value != null && value.length() >= 6) {
        m = m.replace(value, "(value hidden)");
      }
    }
    return m;
  }

  private static String qualifiedName(CommandLine cmd) {
    String name = cmd.getCommandSpec().qualifiedName(" ");
    return name.startsWith("paysdk ") ? name.substring("paysdk ".length()) : name;
  }

  /** The message of a failure and of its causes, on one line. */
  static String oneLine(Throwable t) {
    List<String> parts = new ArrayList<>();
    for (Throwable c = t; c != null && parts.size() < 4; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage();
      boolean plain = c instanceof BadInputException || c instanceof IllegalArgumentException
          || c instanceof IllegalStateException || c instanceof dev.paysdk.core.error.PaymentException;
      String name = c.getClass().getSimpleName();
      String text = plain && m != null ? m : name + (m == null ? "" : ": " + m);
      if (parts.stream().noneMatch(p -> p.contains(text))) {
        parts.add(text);
      }
    }
    return String.join(": ", parts).replaceAll("[\\r\\n]+", " ");
  }

  /** The version of {@code --version}: the jar's Implementation-Version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"paysdk " + (v == null ? "(development build)" : v) + " on Java "
          + System.getProperty("java.version")};
    }
  }
}
