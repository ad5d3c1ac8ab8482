package dev.paysdk.vexora.internal;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.vexora.VexoraStatus.Kind;
import java.util.Map;

/**
 * The status table: raw transaction status to its meaning and to the neutral payout status. The
 * only place these codes are interpreted. Not a public contract; see
 * {@link dev.paysdk.vexora.VexoraStatus} for the reasons behind each row.
 */
public final class VexoraStatuses {
  private static final Map<String, Kind> KINDS = Map.of(
      "0000", Kind.SUCCESS,
      "0001", Kind.PARTIAL_SUCCESS,
      "0015", Kind.PROCESSING,
      "00029", Kind.FAILED);

  private VexoraStatuses() {}

  /** The meaning of a raw status; {@link Kind#UNRECOGNIZED} for anything not in the table. */
  public static Kind kind(String raw) {
    return raw == null ? Kind.UNRECOGNIZED : KINDS.getOrDefault(raw, Kind.UNRECOGNIZED);
  }

  /** The neutral status of a raw status. */
  public static PayoutStatus payoutStatus(String raw) {
    return switch (kind(raw)) {
      case SUCCESS -> PayoutStatus.SUCCEEDED;
      case PROCESSING -> PayoutStatus.PROCESSING;
      case FAILED -> PayoutStatus.FAILED;
      // partial success is kept as reported: no neutral value says "partly paid"
      case PARTIAL_SUCCESS, UNRECOGNIZED -> PayoutStatus.UNKNOWN;
    };
  }
}
