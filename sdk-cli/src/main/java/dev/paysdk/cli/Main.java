package dev.paysdk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of {@code java -jar paysdk.jar}: runs one command and exits with its code (0 done or
 * verified, 1 mismatch or refused, 2 bad input, 3 could not run; see {@code paysdk --help}).
 */
public final class Main {
  private Main() {}

  /** Runs the command line {@code args} and exits the JVM with its exit code. */
  public static void main(String[] args) {
    // Jetty (the simulators) and the SDK log through SLF4J: only warnings reach the terminal.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    // Java 17 writes the platform charset; the canonical strings are UTF-8 text.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Context ctx = new Context(System.getenv(), System.in, out, err, true);
    int code = Cli.run(ctx, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
