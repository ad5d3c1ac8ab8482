package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.gateway.MalformedAnswerException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Batch payouts over the exchange. An upload's answer names no merchant reference (a batch has
 * none): it is checked against the upload's record count and its total per currency; query and
 * cancel answers against the batch number asked for. Immutable and thread-safe.
 */
record BatchPayoutsImpl(Exchange<HexpayAnswer> exchange, HexpayProtocol protocol, HexpayConfig config,
    ResponseMapping answers) implements HexpayBatchPayouts {

  @Override
  public BatchUploadResult upload(BatchPayoutUpload upload) {
    Objects.requireNonNull(upload, "upload == null");
    return exchange.call(HexpayOperations.BATCH_UPLOAD, null)
        .validate(v -> RequestValidation.batchUpload(upload, v, config.tronNetworkEnabled()))
        .params(() -> WireMapping.batchUpload(protocol.params(), upload).build())
        .sensitive(addresses(upload))
        .recovery(uploadRecovery(upload.purpose()))
        .run(a -> checked(upload, answers.batchUpload(a.data())));
  }

  /** As every gateway's lookup: null is a NullPointerException, blank an IllegalArgumentException. */
  private static void requireBatchNo(String batchNo) {
    Objects.requireNonNull(batchNo, "batchNo == null");
    if (batchNo.isBlank()) {
      throw new IllegalArgumentException("batchNo is blank");
    }
  }

  /** The recipients' addresses: a refusal or check error echoing one is masked. */
  private static String[] addresses(BatchPayoutUpload upload) {
    List<BatchPayoutRecord> records = upload.records();
    if (records == null) {
      return new String[0]; // reported by the validation
    }
    String[] out = new String[records.size()];
    for (int i = 0; i < records.size(); i++) {
      BatchPayoutRecord r = records.get(i);
      out[i] = r == null ? null : r.recipientAddress();
    }
    return out;
  }

  /**
   * The upload's answer, when it counts the records sent and totals them as sent. An answer listing
   * invalid records may count and total the valid ones only, so it is taken as it is.
   */
  private static BatchUploadResult checked(BatchPayoutUpload upload, BatchUploadResult result) {
    if (!result.checkErrors().isEmpty()) {
      return result;
    }
    if (result.totalCount() != null && result.totalCount() != upload.records().size()) {
      throw new MalformedAnswerException("the answer counts " + result.totalCount() + " records, not the "
          + upload.records().size() + " uploaded");
    }
    if (!result.totalAmounts().isEmpty()) {
      Map<String, BigDecimal> sent = new LinkedHashMap<>();
      String currency = null;
      BigDecimal sum = BigDecimal.ZERO;
      for (BatchPayoutRecord r : upload.records()) {
        // summed per run of one currency (a batch is usually one currency), then per currency
        if (!r.amount().currency().equals(currency)) {
          if (currency != null) {
            sent.merge(currency, sum, BigDecimal::add);
          }
          currency = r.amount().currency();
          sum = BigDecimal.ZERO;
        }
        sum = sum.add(r.amount().amount());
      }
      if (currency != null) {
        sent.merge(currency, sum, BigDecimal::add);
      }
      for (Money total : result.totalAmounts()) {
        BigDecimal expected = sent.get(total.currency());
        if (expected == null || expected.compareTo(total.amount()) != 0) {
          throw new MalformedAnswerException("the answer's total in " + total.currency()
              + " is not the upload's");
        }
      }
    }
    return result;
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

  @Override
  public BatchPayoutDetail query(String batchNo) {
    requireBatchNo(batchNo);
    return exchange.call(HexpayOperations.BATCH_QUERY, null)
        .validate(v -> RequestValidation.batchNo(batchNo, v))
        .params(() -> WireMapping.batchNo(protocol.params(), batchNo).build())
        .expect(AnswerBinding.NONE.providerOrderNo(batchNo).requireNamed())
        .run(a -> answers.batchDetail(a.data()), d -> AnswerBinding.NONE.providerOrderNo(d.batchNo()));
  }

  @Override
  public BatchCancelResult cancel(String batchNo) {
    requireBatchNo(batchNo);
    try {
      return exchange.call(HexpayOperations.BATCH_CANCEL, null)
          .validate(v -> RequestValidation.batchNo(batchNo, v))
          .params(() -> WireMapping.batchNo(protocol.params(), batchNo).build())
          .expect(AnswerBinding.NONE.providerOrderNo(batchNo).requireNamed())
          .recovery("query batch " + batchNo + " to see whether it was cancelled")
          .run(a -> answers.batchCancel(a.data()), c -> AnswerBinding.NONE.providerOrderNo(c.batchNo()));
    } catch (AuthenticationException | OrderNotFoundException e) {
      throw e;
    } catch (ProviderException e) {
      throw new BatchCancelRefusedException(e.context().orElseThrow(), batchNo, e.providerCode(),
          e.providerMessage(), e.httpStatus());
    }
  }
}
