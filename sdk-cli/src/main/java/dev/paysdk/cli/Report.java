package dev.paysdk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The lines {@code sign} and {@code verify} share: rule, signed and skipped fields, canonical string. */
final class Report {
  private Report() {}

  static void line(PrintStream out, String label, String text) {
    out.printf("%-10s %s%n", label, text);
  }

  /** The names signed, in input order. */
  static List<String> signed(Rule rule, Map<String, String> fields) {
    List<String> names = new ArrayList<>();
    fields.forEach((k, v) -> {
      if (skipReason(rule, k, v) == null) {
        names.add(k);
      }
    });
    return names;
  }

  /** Why a field is left out of the canonical string, or null when it is signed. */
  static String skipReason(Rule rule, String name, String value) {
    if (name.equals("sign")) {
      return "the signature itself";
    }
    if (rule == Rule.B_COMPACT && name.equals("signType")) {
      return "not signed in the compact form";
    }
    if (value == null) {
      return "null";
    }
    return value.isEmpty() ? "empty" : null;
  }

  /** Prints the rule, the signed and skipped fields and the canonical string (secret as a placeholder). */
  static void canonical(PrintStream out, Rule rule, String ruleOrigin, Fields f, String canonical) {
    line(out, "rule", rule.description + (ruleOrigin == null ? "" : " (" + ruleOrigin + ")"));
    List<String> signed = signed(rule, f.fields());
    line(out, "signed", signed.size() + " field" + (signed.size() == 1 ? "" : "s") + " from " + f.source().label
        + (signed.isEmpty() ? "" : ": " + String.join(", ", signed)));
    List<String> skipped = new ArrayList<>();
    f.fields().forEach((k, v) -> {
      String why = skipReason(rule, k, v);
      if (why != null) {
        skipped.add(k + " (" + why + ")");
      }
    });
    line(out, "skipped", skipped.isEmpty() ? "none" : String.join(", ", skipped));
    line(out, "canonical", Visible.of(canonical) + rule.secretShown);
    long invisible = Visible.count(canonical);
    if (invisible > 0) {
      line(out, "note", invisible + " invisible character" + (invisible == 1 ? "" : "s")
          + " in the values, shown as <TAB>, <LF>, <CR> or <U+XXXX>; they are signed as they are");
    }
    if (!rule.secretShown.isEmpty()) {
      line(out, "", "(<secret> stands for the secret, appended as shown; it is never printed)");
    }
  }
}
