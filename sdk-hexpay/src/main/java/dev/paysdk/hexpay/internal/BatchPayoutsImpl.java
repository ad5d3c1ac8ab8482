package dev.paysdk.hexpay.internal;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.hexpay.BatchCancelRefusedException;
import dev.paysdk.hexpay.BatchCancelResult;
import dev.paysdk.hexpay.BatchPayoutDetail;
import dev.paysdk.hexpay.BatchPayoutUpload;
import dev.paysdk.hexpay.BatchUploadResult;
import dev.paysdk.hexpay.HexpayBatchPayouts;
import java.util.Objects;

/** Batch payouts over {@link Gateway}. Immutable and thread-safe. */
final class BatchPayoutsImpl implements HexpayBatchPayouts {
  private final Gateway gateway;
  private final ResponseMapping answers;

  BatchPayoutsImpl(Gateway gateway, ResponseMapping answers) {
    this.gateway = gateway;
    this.answers = answers;
  }

  @Override
  public BatchUploadResult upload(BatchPayoutUpload upload) {
    Objects.requireNonNull(upload, "upload == null");
    ErrorContext ctx = gateway.context(Op.BATCH_UPLOAD, null);
    Validation v = new Validation(ctx);
    RequestValidation.batchUpload(upload, v, gateway.config().tronNetworkEnabled());
    v.throwIfInvalid();
    try {
      Gateway.Answer answer = gateway.call(Op.BATCH_UPLOAD, WireMapping.batchUpload(gateway.params(), upload), ctx,
          "the batch may have been created: " + uploadRecovery(upload.purpose()));
      return gateway.read(Op.BATCH_UPLOAD, ctx, answer, a -> answers.batchUpload(a.data()));
    } catch (OutcomeUnknownException e) {
      throw outcomeUnknown(ctx, uploadRecovery(upload.purpose()), e);
    } catch (ProviderException e) {
      if (ErrorMapper.isSystemError(e.providerCode(), e.providerMessage())) {
        throw new OutcomeUnknownException(ctx, systemError(e) + ". " + uploadRecovery(upload.purpose()),
            e.httpStatus(), e);
      }
      throw e;
    }
  }

  /** What a system-error answer said, for the message of the outcome-unknown failure it becomes. */
  private static String systemError(ProviderException e) {
    String msg = e.providerMessage() == null || e.providerMessage().isEmpty() ? "" : " \"" + e.providerMessage() + "\"";
    return "the gateway answered code " + e.providerCode() + msg + ", a system error that does not say whether the "
        + "request was executed";
  }

  /**
   * How to find out whether a batch exists: the gateway knows a batch only by its number, which
   * was in the lost answer.
   */
  private static String uploadRecovery(String purpose) {
    String where = purpose == null || purpose.isBlank()
        ? "this upload had no purpose, so compare the frozen balance (balances().query()) with its value before "
            + "the upload and look for a new batch in the merchant back office (next time, put a unique reference "
            + "in purpose)"
        : "look for a batch with purpose '" + purpose + "' in the merchant back office, or compare the frozen "
            + "balance (balances().query()) with its value before the upload";
    return "the batch upload got no usable answer. The gateway has no merchant reference for a batch and can only "
        + "query one by the batch number that answer carried: " + where
        + "; upload again only once sure that no such batch exists";
  }

  /**
   * {@code e} with {@code detail} in its message, keeping its HTTP status; {@code e} itself when it
   * is an answer that failed signature verification (its message already says how to recover, and
   * its cause is the {@link SignatureVerificationException}).
   */
  private static OutcomeUnknownException outcomeUnknown(ErrorContext ctx, String detail, OutcomeUnknownException e) {
    if (e.getCause() instanceof SignatureVerificationException) {
      return e;
    }
    if (e.httpStatus().isPresent()) {
      return new OutcomeUnknownException(ctx, detail + ". Last answer", e.httpStatus().getAsInt(), e);
    }
    String cause = e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName() + ")";
    return new OutcomeUnknownException(ctx, detail + cause, e);
  }

  @Override
  public BatchPayoutDetail query(String batchNo) {
    ErrorContext ctx = gateway.context(Op.BATCH_QUERY, null);
    Validation v = new Validation(ctx);
    RequestValidation.batchNo(batchNo, v);
    v.throwIfInvalid();
    Gateway.Answer answer = gateway.call(Op.BATCH_QUERY, WireMapping.batchNo(gateway.params(), batchNo), ctx);
    return gateway.read(Op.BATCH_QUERY, ctx, answer, a -> answers.batchDetail(a.data()));
  }

  @Override
  public BatchCancelResult cancel(String batchNo) {
    ErrorContext ctx = gateway.context(Op.BATCH_CANCEL, null);
    Validation v = new Validation(ctx);
    RequestValidation.batchNo(batchNo, v);
    v.throwIfInvalid();
    try {
      Gateway.Answer answer = gateway.call(Op.BATCH_CANCEL, WireMapping.batchNo(gateway.params(), batchNo), ctx,
          "the batch may have been cancelled: query batch " + batchNo + " to see whether it was cancelled");
      return gateway.read(Op.BATCH_CANCEL, ctx, answer, a -> answers.batchCancel(a.data()));
    } catch (AuthenticationException | OrderNotFoundException e) {
      throw e;
    } catch (ProviderException e) {
      if (ErrorMapper.isSystemError(e.providerCode(), e.providerMessage())) {
        throw new OutcomeUnknownException(ctx, systemError(e) + ": query batch " + batchNo
            + " to see whether it was cancelled", e.httpStatus(), e);
      }
      throw new BatchCancelRefusedException(ctx, batchNo, e.providerCode(), e.providerMessage(), e.httpStatus());
    } catch (OutcomeUnknownException e) {
      throw outcomeUnknown(ctx, "the cancellation of batch " + batchNo + " got no usable answer: query the batch "
          + "to see whether it was cancelled", e);
    }
  }
}
