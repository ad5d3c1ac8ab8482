package dev.paysdk.core;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list, and the way to the following ones. {@link #autoPaging()} iterates over every
 * item of this page and the following pages, fetching each page only when the iteration reaches it.
 *
 * <pre>{@code
 * for (PayIn p : hexpay.payIns().list(PayInQuery.all()).autoPaging()) { ... }
 * }</pre>
 *
 * @param <T> item type
 */
public final class Page<T> {
  private final List<T> items;
  private final int pageNumber;
  private final int pageSize;
  private final long total;
  private final int pageCount;
  private final IntFunction<Page<T>> fetcher;

  /**
   * A page. Built by provider modules; merchants receive pages from list calls.
   *
   * @param items this page's items
   * @param pageNumber 1-based number of this page
   * @param pageSize page size asked for
   * @param total total number of items, or -1 when the gateway does not say
   * @param pageCount total number of pages, or -1 when the gateway does not say
   * @param fetcher fetches a page by its 1-based number; used for following pages
   * @throws NullPointerException when {@code items} or {@code fetcher} is null
   */
  public Page(List<T> items, int pageNumber, int pageSize, long total, int pageCount, IntFunction<Page<T>> fetcher) {
    this.items = List.copyOf(items);
    this.pageNumber = pageNumber;
    this.pageSize = pageSize;
    this.total = total;
    this.pageCount = pageCount;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher == null");
  }

  /** {@return the items of this page only, unmodifiable; empty on an empty page} */
  public List<T> items() {
    return items;
  }

  /** {@return the 1-based number of this page} */
  public int pageNumber() {
    return pageNumber;
  }

  /** {@return the page size asked for; 0 when the gateway's default was asked for} */
  public int pageSize() {
    return pageSize;
  }

  /** {@return the total number of items across all pages, or -1 when the gateway does not say} */
  public long total() {
    return total;
  }

  /** {@return the total number of pages, or -1 when the gateway does not say} */
  public int pageCount() {
    return pageCount;
  }

  /**
   * Whether a following page exists: a known page count beyond this one, a known total beyond this
   * page, or (when neither is known) a full page. An empty page has no following page.
   *
   * @return true when {@link #next()} can fetch another page
   */
  public boolean hasNext() {
    if (items.isEmpty()) {
      return false;
    }
    if (pageCount >= 0) {
      return pageNumber < pageCount;
    }
    if (total >= 0) {
      return (long) pageNumber * pageSize < total;
    }
    return pageSize > 0 && items.size() >= pageSize;
  }

  /**
   * Fetches the following page (a read: retried by the provider on transient failures).
   *
   * @return the following page
   * @throws NoSuchElementException when there is none
   * @throws dev.paysdk.core.error.PaymentException as the list call that made this page
   */
  public Page<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("page " + pageNumber + " is the last one");
    }
    return fetcher.apply(pageNumber + 1);
  }

  /**
   * Every item from this page on, fetching following pages lazily: each page is fetched when the
   * iteration reaches it, and a failed fetch is thrown from the iterator.
   *
   * @return an iterable that can be iterated more than once (each time from this page on)
   */
  public Iterable<T> autoPaging() {
    return () -> new Iterator<>() {
      private Page<T> page = Page.this;
      private int index;

      @Override
      public boolean hasNext() {
        while (index >= page.items.size()) {
          if (!page.hasNext()) {
            return false;
          }
          page = page.next();
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.items.get(index++);
      }
    };
  }

  /** {@return {@link #autoPaging()} as a sequential, ordered stream} */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(autoPaging().iterator(), Spliterator.ORDERED), false);
  }
}
