package dev.paysdk.core.testsupport;

import dev.paysdk.core.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records every wait instead of sleeping, and moves a {@link FakeClock} forward by it when given one. */
public final class RecordingSleeper implements Sleeper {
  private final FakeClock clock;
  private final List<Duration> sleeps = new ArrayList<>();

  public RecordingSleeper() {
    this(null);
  }

  public RecordingSleeper(FakeClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    if (clock != null) {
      clock.advance(duration);
    }
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
