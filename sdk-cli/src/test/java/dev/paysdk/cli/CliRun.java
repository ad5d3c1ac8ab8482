package dev.paysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs a command in process, with its own input, variables and captured output. */
final class CliRun {
  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CliRun run(String stdin, String... args) {
    return run(Map.of(), stdin, args);
  }

  static CliRun run(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Context ctx = new Context(env, new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    int code = Cli.run(ctx, args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The text after {@code label} on its line of the report, such as the signature after {@code sign}. */
  String value(String label) {
    for (String line : out.split("\n")) {
      if (line.startsWith(label + " ") && line.length() > 11) {
        return line.substring(11).strip();
      }
    }
    throw new AssertionError("no line '" + label + "' in:\n" + out + err);
  }

  /** Asserts that neither output holds {@code secret}. */
  CliRun printsNothingOf(String secret) {
    assertThat(out).doesNotContain(secret);
    assertThat(err).doesNotContain(secret);
    return this;
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
  }
}
