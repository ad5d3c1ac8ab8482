package dev.paysdk.core.gateway;

/**
 * PaySDK's one vocabulary of operation names, used in every error's context
 * ({@link dev.paysdk.core.error.PaymentException#operation()}), in log lines and in observations,
 * whatever the gateway calls the operation.
 */
public final class OperationNames {
  /** Sends a payout (AgentPay apply, PEN payOut, Vexora disbursement). */
  public static final String PAYOUT_CREATE = "payout.create";
  /** Reads one payout. */
  public static final String PAYOUT_QUERY = "payout.query";
  /** Reconciles a payout whose outcome was unknown. */
  public static final String PAYOUT_RECONCILE = "payout.reconcile";
  /** Reads the merchant's balances. */
  public static final String BALANCE_QUERY = "balance.query";
  /** Creates a pay-in order (a checkout). */
  public static final String PAYIN_CREATE = "payin.create";
  /** Reads one pay-in order. */
  public static final String PAYIN_QUERY = "payin.query";
  /** Lists pay-in orders. */
  public static final String PAYIN_LIST = "payin.list";
  /** Uploads a batch of payouts. */
  public static final String BATCH_UPLOAD = "batch.upload";
  /** Reads a batch of payouts. */
  public static final String BATCH_QUERY = "batch.query";
  /** Cancels a batch of payouts. */
  public static final String BATCH_CANCEL = "batch.cancel";
  /** A payout status webhook. */
  public static final String WEBHOOK_PAYOUT = "webhook.payout";
  /** A pay-in status webhook. */
  public static final String WEBHOOK_PAYIN = "webhook.payin";

  private OperationNames() {}
}
