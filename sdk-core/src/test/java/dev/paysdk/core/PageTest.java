package dev.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class PageTest {
  private static final List<List<String>> PAGES = List.of(List.of("a", "b"), List.of("c", "d"), List.of("e"));

  /** Fetches page n (1-based) of {@link #PAGES}, counting calls. */
  private static final class Fetcher implements IntFunction<Page<String>> {
    final AtomicInteger calls = new AtomicInteger();
    final List<Integer> asked = new ArrayList<>();
    final int pageCount;
    final long total;

    Fetcher(int pageCount, long total) {
      this.pageCount = pageCount;
      this.total = total;
    }

    @Override
    public Page<String> apply(int n) {
      calls.incrementAndGet();
      asked.add(n);
      return page(n);
    }

    Page<String> page(int n) {
      return new Page<>(n <= PAGES.size() ? PAGES.get(n - 1) : List.of(), n, 2, total, pageCount, this);
    }
  }

  @Test
  void autoPaging_fetchesEachFollowingPageOnlyWhenTheIterationReachesIt() {
    Fetcher fetcher = new Fetcher(3, 5);
    Page<String> first = fetcher.page(1);

    Iterator<String> it = first.autoPaging().iterator();
    assertThat(fetcher.calls).hasValue(0);
    assertThat(it.next()).isEqualTo("a");
    assertThat(it.next()).isEqualTo("b");
    assertThat(fetcher.calls).hasValue(0);
    assertThat(it.next()).isEqualTo("c");
    assertThat(fetcher.calls).hasValue(1);
    assertThat(it.next()).isEqualTo("d");
    assertThat(fetcher.calls).hasValue(1);
    assertThat(it.hasNext()).isTrue();
    assertThat(fetcher.calls).hasValue(2);
    assertThat(it.next()).isEqualTo("e");
    assertThat(it.hasNext()).isFalse();
    assertThat(fetcher.calls).hasValue(2);
    assertThat(fetcher.asked).containsExactly(2, 3);
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void autoPaging_collectsEveryItemAcrossThreePages() {
    Fetcher fetcher = new Fetcher(3, 5);
    List<String> all = new ArrayList<>();
    fetcher.page(1).autoPaging().forEach(all::add);

    assertThat(all).containsExactly("a", "b", "c", "d", "e");
    assertThat(fetcher.asked).containsExactly(2, 3);
  }

  @Test
  void stream_isLazyToo() {
    Fetcher fetcher = new Fetcher(3, 5);

    assertThat(fetcher.page(1).stream().limit(2)).containsExactly("a", "b");
    assertThat(fetcher.calls).hasValue(0);
  }

  @Test
  void hasNext_withUnknownCounts_followsFullPagesAndStopsAtAShortOne() {
    Fetcher fetcher = new Fetcher(-1, -1);

    assertThat(fetcher.page(1).stream()).containsExactly("a", "b", "c", "d", "e");
    assertThat(fetcher.asked).containsExactly(2, 3);
  }

  @Test
  void hasNext_withOnlyATotal_stopsWhenEveryItemWasSeen() {
    Fetcher fetcher = new Fetcher(-1, 4);

    assertThat(fetcher.page(1).stream()).containsExactly("a", "b", "c", "d");
    assertThat(fetcher.asked).containsExactly(2);
  }

  @Test
  void next_onTheLastPage_throws() {
    Fetcher fetcher = new Fetcher(3, 5);
    Page<String> last = fetcher.page(3);

    assertThat(last.hasNext()).isFalse();
    assertThatThrownBy(last::next).isInstanceOf(NoSuchElementException.class).hasMessageContaining("3");
  }

  @Test
  void emptyPage_hasNoNext() {
    Page<String> empty = new Page<>(List.of(), 1, 20, -1, -1, n -> {
      throw new AssertionError("must not fetch");
    });

    assertThat(empty.hasNext()).isFalse();
    assertThat(empty.autoPaging()).isEmpty();
  }
}
