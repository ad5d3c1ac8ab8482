package dev.paysdk.vexora.internal;

import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.vexora.AmountFormat;
import dev.paysdk.vexora.OrderNoGenerator;
import dev.paysdk.vexora.UnsignedWebhookPolicy;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client's settings, as the builder checked them. {@link #toString()} leaves out the signing rule,
 * which holds the secret. Not a public contract.
 */
public record VexoraConfig(BaseUrl baseUrl, HttpOptions http, String merchantNo, SigningRule signingRule,
    String currency, AmountFormat amountFormat, Pattern mobilePattern, UnsignedWebhookPolicy unsignedWebhooks,
    boolean requireSignedResponses, Pattern orderNotFoundMessage, OrderNoGenerator orderNoGenerator) {

  /**
   * Checks that every setting is present.
   *
   * @throws NullPointerException when one is null
   */
  public VexoraConfig {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(http, "http == null");
    Objects.requireNonNull(merchantNo, "merchantNo == null");
    Objects.requireNonNull(signingRule, "signingRule == null");
    Objects.requireNonNull(currency, "currency == null");
    Objects.requireNonNull(amountFormat, "amountFormat == null");
    Objects.requireNonNull(mobilePattern, "mobilePattern == null");
    Objects.requireNonNull(unsignedWebhooks, "unsignedWebhooks == null");
    Objects.requireNonNull(orderNotFoundMessage, "orderNotFoundMessage == null");
    Objects.requireNonNull(orderNoGenerator, "orderNoGenerator == null");
  }

  @Override
  public String toString() {
    return "VexoraConfig[baseUrl=" + baseUrl + ", merchantNo=" + merchantNo + ", currency=" + currency
        + ", amountFormat=" + amountFormat + ", mobilePattern=" + mobilePattern + ", unsignedWebhooks="
        + unsignedWebhooks + ", requireSignedResponses=" + requireSignedResponses + ", " + http + "]";
  }
}
