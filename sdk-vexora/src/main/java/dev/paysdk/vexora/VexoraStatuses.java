package dev.paysdk.vexora;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.gateway.StatusTable;
import dev.paysdk.vexora.VexoraStatus.Kind;

/**
 * The status table: raw transaction status to its meaning and to the neutral payout status. The
 * only place these codes are interpreted; see {@link VexoraStatus} for the reasons behind each row.
 */
final class VexoraStatuses {
  static final StatusTable<Kind> KINDS = StatusTable.builder(Kind.UNRECOGNIZED)
      .map("0000", Kind.SUCCESS)
      .map("0001", Kind.PARTIAL_SUCCESS)
      .map("0015", Kind.PROCESSING)
      .map("00029", Kind.FAILED)
      .build();

  // partial success is kept as reported: no neutral value says "partly paid"
  static final StatusTable<PayoutStatus> PAYOUT = StatusTable.builder(PayoutStatus.UNKNOWN)
      .map("0000", PayoutStatus.SUCCEEDED)
      .map("0001", PayoutStatus.UNKNOWN)
      .map("0015", PayoutStatus.PROCESSING)
      .map("00029", PayoutStatus.FAILED)
      .build();

  private VexoraStatuses() {}

  /** The meaning of a raw status; {@link Kind#UNRECOGNIZED} for anything not in the table. */
  static Kind kind(String raw) {
    return KINDS.of(raw);
  }

  /** The neutral status of a raw status; {@link PayoutStatus#UNKNOWN} for anything not in the table. */
  static PayoutStatus payoutStatus(String raw) {
    return PAYOUT.of(raw);
  }
}
