package dev.paysdk.hexpay;

import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.Operation.AnswerSignature;
import dev.paysdk.core.gateway.OperationNames;

/** The gateway's operations, declared once. */
final class HexpayOperations {
  /** Cashier order: creates a pay-in order, so it is sent at most once. */
  static final Operation ORDER_CREATE = Operation.moneyMoving(OperationNames.PAYIN_CREATE, "POST",
      "/v1/hexpay/trade/order", AnswerSignature.IF_PRESENT);
  /** The document marks the order query answer's {@code sign} as required (是), the only answer it does so for. */
  static final Operation TRADE_QUERY = Operation.read(OperationNames.PAYIN_QUERY, "GET", "/v1/hexpay/trade/query",
      AnswerSignature.REQUIRED);
  static final Operation ORDER_LIST = Operation.read(OperationNames.PAYIN_LIST, "GET", "/v1/hexpay/batch/query",
      AnswerSignature.IF_PRESENT);
  static final Operation BALANCE = Operation.read(OperationNames.BALANCE_QUERY, "POST", "/v1/hexpay/balance/query",
      AnswerSignature.IF_PRESENT);
  static final Operation BATCH_UPLOAD = Operation.moneyMoving(OperationNames.BATCH_UPLOAD, "POST",
      "/v1/hexpay/batchPayment/upload", AnswerSignature.IF_PRESENT);
  /** A read, though a POST. */
  static final Operation BATCH_QUERY = Operation.read(OperationNames.BATCH_QUERY, "POST",
      "/v1/hexpay/batchPayment/query", AnswerSignature.IF_PRESENT);
  /** Releases frozen funds: sent at most once. */
  static final Operation BATCH_CANCEL = Operation.moneyMoving(OperationNames.BATCH_CANCEL, "POST",
      "/v1/hexpay/batchPayment/cancel", AnswerSignature.IF_PRESENT);

  private HexpayOperations() {}

  /** A query whose refusal may mean "no such order or batch". */
  static boolean isLookup(Operation op) {
    return op == TRADE_QUERY || op == BATCH_QUERY || op == BATCH_CANCEL;
  }

  /**
   * A call that creates an order under a merchant order number, whose refusal may say "duplicate".
   * A batch has no merchant reference, so a batch upload's "repeated submission" stays a plain refusal.
   */
  static boolean isCreate(Operation op) {
    return op == ORDER_CREATE;
  }
}
