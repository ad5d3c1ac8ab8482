package dev.paysdk.hexpay.internal;

/** The gateway's operations: path, method, money safety, and the operation name in errors. */
enum Op {
  ORDER_CREATE("payIn.createOrder", "/v1/hexpay/trade/order", false, true),
  TRADE_QUERY("payIn.query", "/v1/hexpay/trade/query", true, false),
  ORDER_LIST("payIn.list", "/v1/hexpay/batch/query", true, false),
  BALANCE("balance.query", "/v1/hexpay/balance/query", false, false),
  BATCH_UPLOAD("batchPayout.upload", "/v1/hexpay/batchPayment/upload", false, true),
  BATCH_QUERY("batchPayout.query", "/v1/hexpay/batchPayment/query", false, false),
  BATCH_CANCEL("batchPayout.cancel", "/v1/hexpay/batchPayment/cancel", false, true);

  private final String operation;
  private final String path;
  private final boolean get;
  private final boolean sentAtMostOnce;

  Op(String operation, String path, boolean get, boolean sentAtMostOnce) {
    this.operation = operation;
    this.path = path;
    this.get = get;
    this.sentAtMostOnce = sentAtMostOnce;
  }

  String operation() {
    return operation;
  }

  String path() {
    return path;
  }

  /** GET with the parameters in the query string; otherwise a JSON POST. */
  boolean get() {
    return get;
  }

  /** Creates or changes something: resent only when it provably never left. */
  boolean sentAtMostOnce() {
    return sentAtMostOnce;
  }

  /** A query whose refusal may mean "no such order or batch". */
  boolean isLookup() {
    return this == TRADE_QUERY || this == BATCH_QUERY || this == BATCH_CANCEL;
  }
}
