package dev.paysdk.pen.internal;

import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.pen.PenSigner;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A client's settings, as the builder resolved them. Immutable.
 *
 * @param defaultNotifyUrl notify URL for requests without one, or null
 */
public record PenConfig(BaseUrl baseUrl, String merchantId, PenSigner signer, CciRule cciRule,
    boolean literalIpNotifyUrlAllowed, String defaultNotifyUrl, ZoneId gatewayZone, Set<String> orderNotFoundCodes) {

  public PenConfig {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(merchantId, "merchantId == null");
    Objects.requireNonNull(signer, "signer == null");
    Objects.requireNonNull(cciRule, "cciRule == null");
    Objects.requireNonNull(gatewayZone, "gatewayZone == null");
    orderNotFoundCodes = Set.copyOf(orderNotFoundCodes);
  }
}
