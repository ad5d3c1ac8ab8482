package dev.paysdk.pen;

import dev.paysdk.core.Reconciler;
import dev.paysdk.core.http.BaseUrl;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A client's settings, as the builder resolved them. Immutable.
 *
 * @param defaultNotifyUrl notify URL for requests without one, or null
 * @param orderNotFoundCodes query answer codes that mean "no such order"
 * @param orderNotFoundPattern which whole refusal message means "no such order"
 * @param guessedFinalStatuses whether the guessed failure and cancellation status names are read
 *     ({@link PenStatuses})
 * @param signedAnswersRequired whether every handled answer must carry a valid {@code Sign} header
 */
record PenConfig(BaseUrl baseUrl, String merchantId, PenSigner signer, CciRule cciRule,
    boolean literalIpNotifyUrlAllowed, String defaultNotifyUrl, ZoneId gatewayZone, Set<String> orderNotFoundCodes,
    Pattern orderNotFoundPattern, boolean guessedFinalStatuses, boolean signedAnswersRequired, Reconciler reconciler) {

  PenConfig {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(merchantId, "merchantId == null");
    Objects.requireNonNull(signer, "signer == null");
    Objects.requireNonNull(cciRule, "cciRule == null");
    Objects.requireNonNull(gatewayZone, "gatewayZone == null");
    orderNotFoundCodes = Set.copyOf(orderNotFoundCodes);
    Objects.requireNonNull(orderNotFoundPattern, "orderNotFoundPattern == null");
    Objects.requireNonNull(reconciler, "reconciler == null");
  }

  /** The neutral status of {@code orderStatus} under this client's status setting. */
  dev.paysdk.core.PayoutStatus status(String orderStatus) {
    return PenStatuses.toPayoutStatus(orderStatus, guessedFinalStatuses);
  }
}
