package dev.paysdk.vexora;

import dev.paysdk.core.PayoutStatus;
import java.util.Optional;

/**
 * The gateway's answer to a disbursement it handled (code {@code 0000}). The payout's state is
 * {@link #vexoraStatus()} (the gateway's code and its meaning; {@link #rawStatus()} and the neutral
 * {@link #status()} read it too); a callback or a query tells how it ends. The message is the
 * gateway's text with control characters removed and the request's account number, phone, email
 * and names masked.
 *
 * @param merchantOrderNo the merchant's transaction number (wire {@code data.tradeNo})
 * @param providerOrderNo the gateway's unique transaction number (wire {@code data.platFormTradeNo}),
 *     or null when the answer had none
 * @param vexoraStatus the transaction status as reported ({@code data.status})
 * @param message the gateway's description ({@code data.message}, sanitised), or null
 * @param remark the request's remark as returned ({@code data.remark}), or null
 * @param reply the answer's envelope ({@code code}, {@code msg}, {@code success}, {@code timestamp})
 */
public record DisbursementResult(String merchantOrderNo, String providerOrderNo, VexoraStatus vexoraStatus,
    String message, String remark, GatewayReply reply) {

  /** The gateway's transaction number, when it sent one. */
  public Optional<String> providerOrderNoIfSent() {
    return Optional.ofNullable(providerOrderNo);
  }

  /** The status exactly as the gateway reported it, such as {@code 0015}. */
  public String rawStatus() {
    return vexoraStatus.raw();
  }

  /**
   * The neutral payout status of {@link #vexoraStatus()} ({@link VexoraStatus#payoutStatus()}):
   * {@code 0001} and unlisted codes are {@link PayoutStatus#UNKNOWN}.
   */
  public PayoutStatus status() {
    return vexoraStatus.payoutStatus();
  }

  /**
   * The neutral payout status.
   *
   * @deprecated use {@link #status()}, the name every PaySDK result gives its neutral status
   */
  @Deprecated
  public PayoutStatus payoutStatus() {
    return vexoraStatus.payoutStatus();
  }
}
