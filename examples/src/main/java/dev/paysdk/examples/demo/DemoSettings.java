package dev.paysdk.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's configuration, from environment variables. With none set, every gateway runs against
 * its embedded simulator. A gateway whose {@code PAYSDK_<GATEWAY>_BASE_URL} is set runs against
 * that endpoint (a merchant's sandbox) with the credentials of the other variables instead.
 */
public final class DemoSettings {
  /** The gateways, in the order the demo runs them. */
  public static final Set<String> ALL = new LinkedHashSet<>(Arrays.asList("agentpay", "pen", "vexora", "hexpay"));

  private final Map<String, String> env;
  private DemoJournal journal;

  public DemoSettings(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** {@code PAYSDK_DEMO_PROVIDERS}, default all; unknown names are an error. */
  public Set<String> providers() {
    String list = get("PAYSDK_DEMO_PROVIDERS").orElse(null);
    if (list == null) {
      return ALL;
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (String p : list.split(",")) {
      String name = p.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (!ALL.contains(name)) {
        throw new IllegalArgumentException("PAYSDK_DEMO_PROVIDERS names an unknown gateway '" + name
            + "'; known: " + String.join(",", ALL));
      }
      chosen.add(name);
    }
    return chosen;
  }

  /** True when the gateway runs against a real endpoint rather than its simulator. */
  public boolean isRemote(String gateway) {
    return get("PAYSDK_" + gateway.toUpperCase(Locale.ROOT) + "_BASE_URL").isPresent();
  }

  /** {@code PAYSDK_DEMO_PUBLIC_URL}: base of the notify URLs as a remote gateway reaches them (a tunnel). */
  public Optional<String> publicUrl() {
    return get("PAYSDK_DEMO_PUBLIC_URL");
  }

  /** {@code PAYSDK_DEMO_PORT}: the webhook endpoint's port, default any free port. */
  public int port() {
    return get("PAYSDK_DEMO_PORT").map(Integer::parseInt).orElse(0);
  }

  /**
   * {@code PAYSDK_DEMO_JOURNAL}: a directory for an embedded database holding the payout journal;
   * when set, every payout goes through the journal (opened on first use, closed by {@link #close()}).
   */
  public synchronized Optional<DemoJournal> journal() {
    if (journal == null && get("PAYSDK_DEMO_JOURNAL").isPresent()) {
      journal = new DemoJournal(Path.of(get("PAYSDK_DEMO_JOURNAL").get()));
    }
    return Optional.ofNullable(journal);
  }

  /** Closes the journal's database, when one was opened. */
  public synchronized void close() {
    if (journal != null) {
      journal.close();
      journal = null;
    }
  }

  /** A variable, when set and not blank. */
  public Optional<String> get(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  /**
   * A required variable.
   *
   * @throws IllegalStateException naming it
   */
  public String require(String name) {
    return get(name).orElseThrow(() -> new IllegalStateException(name + " is required when the gateway runs "
        + "against a real endpoint"));
  }

  /** A key given as PEM text, bare base64, or the path of a file holding either. */
  public String requireKey(String name) {
    String value = require(name);
    if (value.contains("-----BEGIN") || !looksLikePath(value)) {
      return value;
    }
    try {
      return Files.readString(Path.of(value));
    } catch (IOException e) {
      throw new UncheckedIOException(name + " names a file that cannot be read", e);
    }
  }

  private static boolean looksLikePath(String value) {
    return value.startsWith("/") || value.startsWith("./") || value.startsWith("~") || value.endsWith(".pem")
        || Files.exists(Path.of(value));
  }
}
