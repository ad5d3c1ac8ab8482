package dev.paysdk.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Leak audit support for PaySDK's own tests (not a merchant API): an SLF4J provider (registered by
 * a module's tests only, through META-INF/services in its src/test/resources) that records every log event of every logger at every
 * level including TRACE while {@link #capturing} is on, and a scanner that looks for the audit's
 * distinctive values in log lines, exception chains and toString() texts.
 */
public final class LeakAuditSupport {
  /** Distinctive values: none may appear in full anywhere (the secret not even partly). */
  public static final String ACCOUNT = "918273645500123";
  public static final String CCI = "00219300918273645512";
  public static final String PHONE = "9876501234";
  public static final String EMAIL = "leak.check@example.com";
  public static final String FIRST = "Zyxwv";
  public static final String LAST = "Qutsr";
  public static final String NAME = FIRST + " " + LAST;
  public static final String VPA = "zyxwvleak@okaxis";
  public static final String WALLET = "TLeakChk9qW3rX5yZ7aB2cD4eF6gH8jK1m";
  public static final String SECRET = "sk_live_LEAKCHECK_123";
  /** Text a hostile gateway appends after a line break, to forge a log line. */
  public static final String FORGED = "FORGED-LOG-LINE";

  public static volatile boolean capturing;
  public static final List<String> LOGS = Collections.synchronizedList(new ArrayList<>());

  private LeakAuditSupport() {}

  public static void startCapture() {
    LOGS.clear();
    capturing = true;
  }

  public static List<String> stopCapture() {
    capturing = false;
    synchronized (LOGS) {
      return new ArrayList<>(LOGS);
    }
  }

  /** Collects every place a forbidden value or a forged line shows up. */
  public static final class Leaks {
    private final Map<String, String> forbidden = new java.util.LinkedHashMap<>();
    public final List<String> found = new ArrayList<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    public Leaks() {
      forbidden.put("account", ACCOUNT);
      forbidden.put("cci", CCI);
      forbidden.put("phone", PHONE);
      forbidden.put("email", EMAIL);
      forbidden.put("name", NAME);
      forbidden.put("first name", FIRST);
      forbidden.put("last name", LAST);
      forbidden.put("vpa", VPA);
      forbidden.put("wallet", WALLET);
      forbidden.put("secret", SECRET);
      forbidden.put("secret (part)", "LEAKCHECK");
    }

    /**
     * Stops looking for the payee's name: for texts the SDK cannot mask it in, a gateway's free text
     * (a failure reason) read by a query or a webhook, where the SDK does not hold the name and masks
     * what it can recognise by its look (account-like numbers, e-mail and UPI addresses).
     */
    public Leaks withoutNames() {
      forbidden.remove("name");
      forbidden.remove("first name");
      forbidden.remove("last name");
      return this;
    }

    public Leaks forbid(String what, String value) {
      forbidden.put(what, value);
      return this;
    }

    /** Scans a text: forbidden values (case-insensitively) and a control character before FORGED. */
    public void text(String where, String text) {
      if (text == null) {
        return;
      }
      String lower = text.toLowerCase(Locale.ROOT);
      forbidden.forEach((what, value) -> {
        if (lower.contains(value.toLowerCase(Locale.ROOT))) {
          found.add(where + " leaks " + what + " '" + value + "': " + shorten(text));
        }
      });
      int i = text.indexOf(FORGED);
      while (i > 0) {
        char c = text.charAt(i - 1);
        if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || (c >= 0x80 && c < 0xa0)) {
          found.add(where + " carries a gateway control character (0x" + Integer.toHexString(c)
              + ") before " + FORGED + ": " + shorten(text));
          break;
        }
        i = text.indexOf(FORGED, i + 1);
      }
    }

    /** Scans an object's toString(). */
    public void object(String where, Object o) {
      if (o == null || !seen.add(o)) {
        return;
      }
      if (o instanceof Throwable t) {
        throwable(where, t);
        return;
      }
      text(where + " toString()", String.valueOf(o));
    }

    /** Scans every message and toString() of an exception's chain and suppressed exceptions. */
    public void throwable(String where, Throwable t) {
      Throwable c = t;
      int depth = 0;
      while (c != null && depth++ < 20) {
        text(where + " [" + c.getClass().getSimpleName() + "].getMessage()", c.getMessage());
        text(where + " [" + c.getClass().getSimpleName() + "].toString()", c.toString());
        text(where + " [" + c.getClass().getSimpleName() + "].getLocalizedMessage()", c.getLocalizedMessage());
        if (c instanceof dev.paysdk.core.error.InvalidRequestException ire) {
          for (dev.paysdk.core.error.FieldError fe : ire.errors()) {
            text(where + " FieldError " + fe.field(), fe.toString());
          }
        }
        for (Throwable s : c.getSuppressed()) {
          throwable(where + " suppressed", s);
        }
        c = c.getCause() == c ? null : c.getCause();
      }
    }

    /** Scans the captured log lines. */
    public void logs(String where, List<String> lines) {
      for (String l : lines) {
        text(where + " log", l);
        // a log line must hold no gateway line break at all
        if (l.contains(FORGED) && (l.indexOf('\n') >= 0 || l.indexOf('\r') >= 0)) {
          found.add(where + " log line holds a CR/LF with forged text: " + shorten(l));
        }
      }
    }

    public String report() {
      return found.isEmpty() ? "no leak" : String.join("\n", new java.util.LinkedHashSet<>(found));
    }

    private static String shorten(String s) {
      String v = s.replace("\r", "\\r").replace("\n", "\\n");
      return v.length() > 600 ? v.substring(0, 600) + "..." : v;
    }
  }

  /** The capturing provider. */
  public static final class Provider implements SLF4JServiceProvider {
    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, CapturingLogger::new);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
      return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
      return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
      return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
      return "2.0.99";
    }

    @Override
    public void initialize() {}
  }

  public static final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override public boolean isTraceEnabled() { return capturing; }
    @Override public boolean isDebugEnabled() { return capturing; }
    @Override public boolean isInfoEnabled() { return capturing; }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public boolean isErrorEnabled() { return true; }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
        Throwable throwable) {
      // the SDK's loggers only (the simulators' and receivers' Jetty logs are not the SDK's)
      if (!capturing || !name.startsWith("dev.paysdk")) {
        return;
      }
      StringBuilder sb = new StringBuilder().append(level).append(' ').append(name).append(" - ")
          .append(MessageFormatter.basicArrayFormat(messagePattern, arguments));
      Throwable t = throwable;
      int depth = 0;
      while (t != null && depth++ < 20) {
        sb.append(" | ").append(t);
        t = t.getCause();
      }
      LOGS.add(sb.toString());
    }
  }
}
