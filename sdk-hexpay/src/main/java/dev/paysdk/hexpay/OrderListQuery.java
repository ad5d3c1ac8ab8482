package dev.paysdk.hexpay;

import dev.paysdk.core.PayInStatus;
import java.time.Instant;

/**
 * Filters and paging of {@code GET /v1/hexpay/batch/query} (the pay-in order list). Every field is
 * optional. Times are sent as {@code yyyy-MM-dd HH:mm:ss} in the client's zone, to the second.
 * Immutable.
 *
 * <pre>{@code
 * OrderListQuery q = OrderListQuery.builder()
 *     .createdFrom(Instant.parse("2025-09-10T00:00:00Z"))
 *     .createdTo(Instant.parse("2025-09-10T23:59:59Z"))
 *     .state(PayInStatus.SUCCEEDED)
 *     .pageSize(50)
 *     .build();
 * for (OrderListItem item : hexpay.payIns().listOrders(q).autoPaging()) { ... }
 * }</pre>
 */
public final class OrderListQuery {
  private final Instant createdFrom;
  private final Instant createdTo;
  private final PayInStatus state;
  private final SettleState settleState;
  private final Integer bizCode;
  private final Integer page;
  private final Integer pageSize;

  private OrderListQuery(Builder b) {
    this.createdFrom = b.createdFrom;
    this.createdTo = b.createdTo;
    this.state = b.state;
    this.settleState = b.settleState;
    this.bizCode = b.bizCode;
    this.page = b.page;
    this.pageSize = b.pageSize;
  }

  /** A new builder; every field starts unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every order, first page, the gateway's page size. */
  public static OrderListQuery all() {
    return builder().build();
  }

  /** A builder holding this query's values. */
  public Builder toBuilder() {
    return new Builder().createdFrom(createdFrom).createdTo(createdTo).state(state).settleState(settleState)
        .bizCode(bizCode).page(page).pageSize(pageSize);
  }

  /** The same query for another 1-based page. */
  public OrderListQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** {@code createdStart}: earliest creation time (inclusive), or null. */
  public Instant createdFrom() {
    return createdFrom;
  }

  /** {@code createdEnd}: latest creation time (inclusive), or null. */
  public Instant createdTo() {
    return createdTo;
  }

  /** {@code state}: only orders in this state, or null. {@link PayInStatus#UNKNOWN} is rejected. */
  public PayInStatus state() {
    return state;
  }

  /** {@code settleState}: only orders in this settlement state, or null. */
  public SettleState settleState() {
    return settleState;
  }

  /** {@code bizCode}: only orders of this channel, or null. */
  public Integer bizCode() {
    return bizCode;
  }

  /** {@code current}: the 1-based page, or null for the gateway default (1). */
  public Integer page() {
    return page;
  }

  /** {@code size}: orders per page, or null for the gateway default (10). */
  public Integer pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "OrderListQuery[createdFrom=" + createdFrom + ", createdTo=" + createdTo + ", state=" + state
        + ", settleState=" + settleState + ", bizCode=" + bizCode + ", page=" + page + ", pageSize=" + pageSize + "]";
  }

  /** Builder; every setter accepts null (meaning "not set"). */
  public static final class Builder {
    private Instant createdFrom;
    private Instant createdTo;
    private PayInStatus state;
    private SettleState settleState;
    private Integer bizCode;
    private Integer page;
    private Integer pageSize;

    private Builder() {}

    /** See {@link OrderListQuery#createdFrom()}. */
    public Builder createdFrom(Instant v) {
      this.createdFrom = v;
      return this;
    }

    /** See {@link OrderListQuery#createdTo()}. */
    public Builder createdTo(Instant v) {
      this.createdTo = v;
      return this;
    }

    /** See {@link OrderListQuery#state()}. */
    public Builder state(PayInStatus v) {
      this.state = v;
      return this;
    }

    /** See {@link OrderListQuery#settleState()}. */
    public Builder settleState(SettleState v) {
      this.settleState = v;
      return this;
    }

    /** See {@link OrderListQuery#bizCode()}. */
    public Builder bizCode(Integer v) {
      this.bizCode = v;
      return this;
    }

    /** See {@link OrderListQuery#page()}. */
    public Builder page(Integer v) {
      this.page = v;
      return this;
    }

    /** See {@link OrderListQuery#pageSize()}. */
    public Builder pageSize(Integer v) {
      this.pageSize = v;
      return this;
    }

    /** The query; checked when it is sent. */
    public OrderListQuery build() {
      return new OrderListQuery(this);
    }
  }
}
