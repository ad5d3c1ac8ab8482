package dev.paysdk.hexpay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.Money;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.core.internal.WireParams;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * The batch upload writes its records straight into one buffer and validates valid records without
 * building messages: the text must be exactly what one {@link WireParams} per record gives, and the
 * quick check must never pass a record that the full check refuses.
 */
class BatchUploadWireTest {

  /** The records as they were written before: one WireParams object per record, joined. */
  private static String recordsOneByOne(List<BatchPayoutRecord> records) {
    StringJoiner out = new StringJoiner(",", "[", "]");
    for (BatchPayoutRecord r : records) {
      out.add(WireParams.builder()
          .string("recipientAddress", r.recipientAddress())
          .number("paymentAmount", r.amount().toBigDecimal(6))
          .string("paymentCurrency", r.amount().currency())
          .string("networkType", r.network().wireName())
          .string("remarks", r.remarks())
          .string("addressTag", r.addressTag())
          .build().toJson());
    }
    return out.toString();
  }

  @Test
  void records_areWrittenAsOneWireParamsPerRecordWouldWriteThem_withEscapesAndAbsentFields() {
    String[] texts = {null, "", "plain", "quote \" and \\ backslash", "line\nbreak\u0001", "é中\uD83D\uDE00", "\uD83D"};
    Random r = new Random(11L);
    for (int run = 0; run < 500; run++) {
      List<BatchPayoutRecord> records = new ArrayList<>();
      for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
        Money amount = Money.of(BigDecimal.valueOf(1 + r.nextInt(1_000_000), r.nextInt(7)), r.nextBoolean() ? "USDT" : "USDC");
        records.add(new BatchPayoutRecord(texts[r.nextInt(texts.length)], amount,
            HexpayNetwork.values()[r.nextInt(HexpayNetwork.values().length)], texts[r.nextInt(texts.length)],
            texts[r.nextInt(texts.length)]));
      }
      assertThat(WireMapping.records(records)).isEqualTo(recordsOneByOne(records));
    }
  }

  private static List<FieldError> errors(BatchPayoutRecord record, boolean tronEnabled) {
    Validation v = new Validation(ErrorContext.of("hexpay", "batch.upload"));
    RequestValidation.batchUpload(BatchPayoutUpload.of("p", List.of(record)), v, tronEnabled);
    return v.errors();
  }

  private static BatchPayoutRecord record(String address, String amount, String currency, HexpayNetwork network) {
    return new BatchPayoutRecord(address, amount == null ? null : Money.reported(new BigDecimal(amount), currency), network,
        null, null);
  }

  @Test
  void batchValidation_acceptsRecordsAtEveryLimit() {
    for (String amount : new String[] {"0.000001", "99999999999999.999999", "1E+13", "1.000000000", "100"}) {
      assertThat(errors(record("0xabc", amount, "USDT", HexpayNetwork.ETHEREUM), false)).as(amount).isEmpty();
    }
    assertThat(errors(record("0xabc", "1", "USDC", HexpayNetwork.TRON), true)).isEmpty();
  }

  @Test
  void batchValidation_stillNamesEveryErrorOfARecordJustPastALimit() {
    assertThat(errors(record("0xabc", "0.0000001", "USDT", HexpayNetwork.ETHEREUM), false))
        .singleElement().extracting(FieldError::message).asString().contains("has 7 decimals, at most 6 allowed");
    assertThat(errors(record("0xabc", "100000000000000", "USDT", HexpayNetwork.ETHEREUM), false))
        .extracting(FieldError::field).containsExactly("records[0].amount");
    assertThat(errors(record("0xabc", "1E+14", "USDT", HexpayNetwork.ETHEREUM), false))
        .extracting(FieldError::field).containsExactly("records[0].amount");
    assertThat(errors(record("0xabc", "1", "EUR", HexpayNetwork.ETHEREUM), false))
        .extracting(FieldError::message).containsExactly("currency EUR cannot be paid out (USDT or USDC)");
    assertThat(errors(record(" ", "1", "USDT", HexpayNetwork.ETHEREUM), false))
        .extracting(FieldError::field).containsExactly("records[0].recipientAddress");
    assertThat(errors(record("0xabc", null, "USDT", HexpayNetwork.ETHEREUM), false))
        .extracting(FieldError::field).containsExactly("records[0].amount");
    assertThat(errors(record("0xabc", "1", "USDT", null), false))
        .extracting(FieldError::field).containsExactly("records[0].network");
    assertThat(errors(record("0xabc", "1", "USDT", HexpayNetwork.TRON), false))
        .extracting(FieldError::field).containsExactly("records[0].network");
  }
}
