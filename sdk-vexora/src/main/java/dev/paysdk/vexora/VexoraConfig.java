package dev.paysdk.vexora;

import dev.paysdk.core.Reconciler;
import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.sign.SigningRule;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client's Vexora settings, as the builder checked them (HTTP options and the observer go to the
 * exchange). {@link #toString()} leaves out the signing rule, which holds the secret.
 */
record VexoraConfig(BaseUrl baseUrl, String merchantNo, SigningRule signingRule, String currency,
    AmountFormat amountFormat, Pattern mobilePattern, UnsignedWebhookPolicy unsignedWebhooks,
    boolean requireSignedResponses, Pattern orderNotFoundPattern, OrderNoGenerator orderNoGenerator,
    Reconciler reconciler) {

  VexoraConfig {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(merchantNo, "merchantNo == null");
    Objects.requireNonNull(signingRule, "signingRule == null");
    Objects.requireNonNull(currency, "currency == null");
    Objects.requireNonNull(amountFormat, "amountFormat == null");
    Objects.requireNonNull(mobilePattern, "mobilePattern == null");
    Objects.requireNonNull(unsignedWebhooks, "unsignedWebhooks == null");
    Objects.requireNonNull(orderNotFoundPattern, "orderNotFoundPattern == null");
    Objects.requireNonNull(orderNoGenerator, "orderNoGenerator == null");
    Objects.requireNonNull(reconciler, "reconciler == null");
  }

  @Override
  public String toString() {
    return "baseUrl=" + baseUrl + ", merchantNo=" + merchantNo + ", currency=" + currency + ", amountFormat="
        + amountFormat + ", mobilePattern=" + mobilePattern + ", unsignedWebhooks=" + unsignedWebhooks
        + ", requireSignedResponses=" + requireSignedResponses;
  }
}
