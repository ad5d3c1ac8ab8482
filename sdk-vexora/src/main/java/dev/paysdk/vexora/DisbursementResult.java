package dev.paysdk.vexora;

import java.util.Optional;

/**
 * The gateway's answer to a disbursement it handled (code {@code 0000}). The payout's state is
 * {@link #status()}; a callback or a query tells how it ends.
 *
 * @param merchantOrderNo the merchant's transaction number (wire {@code data.tradeNo})
 * @param providerOrderNo the gateway's unique transaction number (wire {@code data.platFormTradeNo}),
 *     or null when the answer had none
 * @param status the transaction status as reported ({@code data.status})
 * @param message the gateway's description ({@code data.message}), or null
 * @param remark the request's remark as returned ({@code data.remark}), or null
 * @param reply the answer's envelope ({@code code}, {@code msg}, {@code success}, {@code timestamp})
 */
public record DisbursementResult(String merchantOrderNo, String providerOrderNo, VexoraStatus status,
    String message, String remark, GatewayReply reply) {

  /** The gateway's transaction number, when it sent one. */
  public Optional<String> providerOrderNoIfSent() {
    return Optional.ofNullable(providerOrderNo);
  }
}
