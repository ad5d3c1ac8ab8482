package dev.paysdk.hexpay;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.ProviderException;

/**
 * The gateway refused to cancel a batch. Only a batch pending review (audit status 0) can be
 * cancelled; once it is executing, rejected, completed, failed or cancelled, it cannot. The
 * message says so next to the gateway's own code and message.
 */
public class BatchCancelRefusedException extends ProviderException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The batch that was not cancelled. */
  private final String batchNo;

  /**
   * @param context the failed call
   * @param batchNo the batch number
   * @param providerCode the gateway's code, or null
   * @param providerMessage the gateway's message, or null
   * @param httpStatus HTTP status of the answer
   */
  public BatchCancelRefusedException(ErrorContext context, String batchNo, String providerCode, String providerMessage,
      int httpStatus) {
    super(context, providerCode, providerMessage, httpStatus);
    this.batchNo = batchNo;
  }

  /** The batch that was not cancelled. */
  public String batchNo() {
    return batchNo;
  }

  @Override
  public String getMessage() {
    return super.getMessage() + "; batch " + batchNo + " was not cancelled: only a batch pending review "
        + "(audit status 0) can be cancelled, query it to see its status";
  }
}
