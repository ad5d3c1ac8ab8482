package dev.paysdk.core.http;

import java.io.IOException;

/**
 * Sends one HTTP request, once. PaySDK's retry, deadline and money-safety rules sit above this
 * interface, so an implementation must not retry by itself, least of all a request marked
 * {@link HttpRequest#moneyMoving()}. Must be safe for concurrent use.
 *
 * <p>{@link dev.paysdk.core.http.okhttp.OkHttpTransport} is the default. Another implementation
 * plugs into every client builder through {@code transport(...)}.
 */
@FunctionalInterface
public interface HttpTransport extends AutoCloseable {

  /**
   * Sends {@code request} and reads the whole answer.
   *
   * @throws RequestNotSentException when the request provably never left this machine (connection
   *     refused, unknown host, no route): it is safe to send again
   * @throws IOException for any other failure: the request may have reached the server
   */
  HttpResponse execute(HttpRequest request) throws IOException;

  /**
   * Releases the connections and threads this transport owns. A transport that wraps a client
   * owned by the caller (such as {@code OkHttpTransport.builder().okHttpClient(...)}) releases
   * nothing of it. Idempotent. Default: nothing to release.
   */
  @Override
  default void close() {}
}
