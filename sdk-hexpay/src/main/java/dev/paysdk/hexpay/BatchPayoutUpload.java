package dev.paysdk.hexpay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A batch payout upload ({@code POST /v1/hexpay/batchPayment/upload}).
 *
 * <p>The gateway knows a batch only by the batch number it assigns, which the upload's answer
 * carries. If that answer is lost, nothing can look the batch up by a merchant reference: put a
 * reference that is unique per batch in {@link #purpose()} (for example {@code "payroll 2025-09 #0001"})
 * so that the batch can be found in the merchant back office.
 *
 * @param records {@code records}: at least one; copied
 * @param purpose {@code purpose}: at most 256 characters, or null; best a unique reference
 */
public record BatchPayoutUpload(List<BatchPayoutRecord> records, String purpose) {
  /**
   * Copies {@code records}; null becomes empty. Neither an empty list nor a null record throws here:
   * both are reported, with every other field error, when the upload is sent.
   */
  public BatchPayoutUpload {
    // not List.copyOf: it would throw on a null record before validation could name its index
    records = records == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(records));
  }

  /** An upload of {@code records} with {@code purpose}. */
  public static BatchPayoutUpload of(String purpose, List<BatchPayoutRecord> records) {
    return new BatchPayoutUpload(records, purpose);
  }
}
