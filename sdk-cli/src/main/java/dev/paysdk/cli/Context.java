package dev.paysdk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * What a command reads and writes: the environment variables, standard input and output, and
 * whether it runs as its own process (only then does {@code simulate} install a shutdown hook).
 * Tests build one with their own streams and variables to run a command in process.
 *
 * @param env environment variables
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param ownProcess true when the command is the whole process ({@link Main})
 */
public record Context(Map<String, String> env, InputStream in, PrintStream out, PrintStream err, boolean ownProcess) {
  public Context {
    env = Map.copyOf(env);
  }
}
