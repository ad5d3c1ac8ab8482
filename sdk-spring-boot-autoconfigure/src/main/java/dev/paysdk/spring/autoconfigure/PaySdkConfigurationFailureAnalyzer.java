package dev.paysdk.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link PaySdkConfigurationException} into Spring Boot's "APPLICATION FAILED TO START"
 * report: what is wrong, naming the property, and what to do. Registered in
 * {@code META-INF/spring.factories}.
 */
public class PaySdkConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<PaySdkConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PaySdkConfigurationException cause) {
    return new FailureAnalysis("PaySDK configuration: " + cause.getMessage(),
        "Set or correct " + String.join(", ", cause.properties()) + " (application properties, or environment "
            + "variables such as PAYSDK_HEXPAY_APPID for paysdk.hexpay.app-id).", cause);
  }
}
