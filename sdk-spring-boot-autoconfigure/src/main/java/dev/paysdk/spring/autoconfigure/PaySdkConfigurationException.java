package dev.paysdk.spring.autoconfigure;

import java.util.List;

/**
 * A {@code paysdk.*} property is missing, blank, unresolved, unknown or invalid: the application
 * does not start. The message names the property and says what to do; it never holds a value.
 */
public class PaySdkConfigurationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> properties;

  /**
   * @param properties the properties at fault, such as {@code paysdk.hexpay.app-id}
   * @param message what is wrong and how to fix it
   * @param cause the SDK's own failure, or null
   */
  public PaySdkConfigurationException(List<String> properties, String message, Throwable cause) {
    super(message, cause);
    this.properties = List.copyOf(properties);
  }

  /** The properties at fault. */
  public List<String> properties() {
    return properties;
  }
}
