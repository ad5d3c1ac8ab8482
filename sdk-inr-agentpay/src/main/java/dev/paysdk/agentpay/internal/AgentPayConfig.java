package dev.paysdk.agentpay.internal;

import dev.paysdk.core.Reconciler;
import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.sign.SigningRule;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything a client was built with. Immutable. {@link #toString()} leaves the signing rule out.
 *
 * @param baseUrl the gateway's base URL
 * @param merchantId sent as {@code mchId}
 * @param signingRule signs requests, verifies answers and callbacks
 * @param zone time zone of {@code reqTime}
 * @param applyPath path of the payout apply
 * @param queryPath path of the payout query
 * @param balancePath path of the balance query
 * @param orderNotFoundPattern which query refusal means "no such order"
 * @param reconciler timing of reconciliation
 * @param httpOptions transport options
 */
public record AgentPayConfig(BaseUrl baseUrl, String merchantId, SigningRule signingRule, ZoneId zone,
    String applyPath, String queryPath, String balancePath, Pattern orderNotFoundPattern, Reconciler reconciler,
    HttpOptions httpOptions) {

  public AgentPayConfig {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(merchantId, "merchantId == null");
    Objects.requireNonNull(signingRule, "signingRule == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(applyPath, "applyPath == null");
    Objects.requireNonNull(queryPath, "queryPath == null");
    Objects.requireNonNull(balancePath, "balancePath == null");
    Objects.requireNonNull(orderNotFoundPattern, "orderNotFoundPattern == null");
    Objects.requireNonNull(reconciler, "reconciler == null");
    Objects.requireNonNull(httpOptions, "httpOptions == null");
  }

  @Override
  public String toString() {
    return "AgentPayConfig[baseUrl=" + baseUrl + ", merchantId=" + merchantId + ", zone=" + zone + ", " + httpOptions + "]";
  }
}
