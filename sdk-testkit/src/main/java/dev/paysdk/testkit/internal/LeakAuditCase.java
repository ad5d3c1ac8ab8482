package dev.paysdk.testkit.internal;

import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The frame of PaySDK's own leak audit tests (not a merchant API): every log line of a test is
 * captured at every level ({@link LeakAuditSupport}, whose provider the module's tests register), and
 * every result, exception and log line the test scans is checked for the audit's distinctive values.
 */
public abstract class LeakAuditCase {
  /** What the test scanned, and what leaked. */
  protected final LeakAuditSupport.Leaks leaks = new LeakAuditSupport.Leaks();

  @BeforeEach
  void startLeakCapture() {
    LeakAuditSupport.startCapture();
  }

  @AfterEach
  void stopLeakCapture() {
    LeakAuditSupport.stopCapture(); // what leaked is reported by assertNoLeak, as the test's failure
  }

  /** Fails with the report when anything scanned so far, the log lines included, leaked. */
  protected void assertNoLeak() {
    leaks.logs("logs", LeakAuditSupport.LOGS);
    if (!leaks.found.isEmpty()) {
      throw new AssertionError(leaks.report());
    }
  }

  /** Runs {@code call}, scanning its result ({@link #scanResult}) or the exception it threw. */
  protected Object attempt(String where, Supplier<?> call) {
    try {
      Object r = call.get();
      scanResult(where, r);
      return r;
    } catch (RuntimeException e) {
      leaks.throwable(where, e);
      return e;
    }
  }

  /** Scans a call's result: its {@code toString()}; a gateway's test adds what the result holds. */
  protected void scanResult(String where, Object result) {
    leaks.object(where + " result", result);
  }
}
