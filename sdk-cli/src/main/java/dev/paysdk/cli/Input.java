package dev.paysdk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a command's input: a file, or standard input when none (or {@code -}) is named. */
final class Input {
  private Input() {}

  /**
   * All bytes of {@code file}, or of standard input.
   *
   * @throws BadInputException when they cannot be read
   */
  static byte[] read(Context ctx, Path file) {
    try {
      if (file == null || file.toString().equals("-")) {
        return ctx.in().readAllBytes();
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + (file == null ? "standard input" : file.toString()) + " ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }
}
