package dev.paysdk.examples.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The readable account the demo prints: one section per gateway, one line per step. */
public final class Report {
  private final PrintStream out;
  private final List<String> failures = new ArrayList<>();
  private String section;

  public Report(PrintStream out) {
    this.out = out;
  }

  /** Starts a gateway's section. */
  public void section(String title, String where) {
    section = title;
    out.println();
    out.println(title + "  (" + where + ")");
  }

  /** One step: what was done, and what came of it. */
  public void step(String what, String outcome) {
    out.printf("  %-16s %s%n", what, outcome);
  }

  /** A failed expectation: printed, and the demo will exit non-zero. */
  public void fail(String reason) {
    failures.add(section + ": " + reason);
    out.printf("  %-16s %s%n", "FAILED", reason);
  }

  public void line(String text) {
    out.println(text);
  }

  public List<String> failures() {
    return List.copyOf(failures);
  }

  public boolean ok() {
    return failures.isEmpty();
  }
}
