package dev.paysdk.core;

import java.time.Instant;

/**
 * Filter and page size for listing pay-ins. Every filter is optional.
 *
 * @param createdFrom earliest creation time (inclusive), or null
 * @param createdTo latest creation time (inclusive), or null
 * @param status only pay-ins in this neutral status, or null for all
 * @param pageSize items per page; 0 means the gateway's default
 */
public record PayInQuery(Instant createdFrom, Instant createdTo, PayInStatus status, int pageSize) {
  /**
   * A query.
   *
   * @param createdFrom earliest creation time, or null
   * @param createdTo latest creation time, or null
   * @param status the status to keep, or null
   * @param pageSize items per page, 0 for the gateway's default
   * @throws IllegalArgumentException when {@code pageSize} is negative
   */
  public PayInQuery {
    if (pageSize < 0) {
      throw new IllegalArgumentException("pageSize < 0: " + pageSize);
    }
  }

  /** {@return a query for every pay-in, with the gateway's default page size} */
  public static PayInQuery all() {
    return new PayInQuery(null, null, null, 0);
  }
}
