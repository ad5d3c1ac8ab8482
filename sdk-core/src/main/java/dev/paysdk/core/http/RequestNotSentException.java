package dev.paysdk.core.http;

import java.io.IOException;

/**
 * Thrown by an {@link HttpTransport} when a request provably never left this machine: no byte of it
 * was written to a connection (connection refused, unknown host, no route to host). Only this
 * failure lets PaySDK resend a money-moving request.
 */
public class RequestNotSentException extends IOException {
  private static final long serialVersionUID = 1L;

  public RequestNotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
