package dev.paysdk.hexpay.internal;

/**
 * The gateway's operations: path, method, money safety, whether a successful answer must be
 * signed, and the operation name in errors.
 */
enum Op {
  ORDER_CREATE("payIn.createOrder", "/v1/hexpay/trade/order", false, true, false),
  // The document lists the query answer's sign as required (是), the only answer it does so for.
  TRADE_QUERY("payIn.query", "/v1/hexpay/trade/query", true, false, true),
  ORDER_LIST("payIn.list", "/v1/hexpay/batch/query", true, false, false),
  BALANCE("balance.query", "/v1/hexpay/balance/query", false, false, false),
  BATCH_UPLOAD("batchPayout.upload", "/v1/hexpay/batchPayment/upload", false, true, false),
  BATCH_QUERY("batchPayout.query", "/v1/hexpay/batchPayment/query", false, false, false),
  BATCH_CANCEL("batchPayout.cancel", "/v1/hexpay/batchPayment/cancel", false, true, false);

  private final String operation;
  private final String path;
  private final boolean get;
  private final boolean sentAtMostOnce;
  private final boolean signatureRequired;

  Op(String operation, String path, boolean get, boolean sentAtMostOnce, boolean signatureRequired) {
    this.operation = operation;
    this.path = path;
    this.get = get;
    this.sentAtMostOnce = sentAtMostOnce;
    this.signatureRequired = signatureRequired;
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

  /**
   * The document marks the answer's {@code sign} as required: a successful answer ({@code code} 0)
   * without one is rejected. A refusal may still come unsigned, as the platform sends them.
   */
  boolean signatureRequired() {
    return signatureRequired;
  }

  /** A query whose refusal may mean "no such order or batch". */
  boolean isLookup() {
    return this == TRADE_QUERY || this == BATCH_QUERY || this == BATCH_CANCEL;
  }
}
