package dev.paysdk.spring.autoconfigure;

import java.util.Map;
import java.util.Optional;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** Routes each gateway's exact webhook path (any method) to its endpoint. */
final class WebhookRoutes implements RouterFunction<ServerResponse> {
  private final Map<String, WebhookEndpoint> byPath;

  WebhookRoutes(Map<String, WebhookEndpoint> byPath) {
    this.byPath = Map.copyOf(byPath);
  }

  @Override
  public Optional<HandlerFunction<ServerResponse>> route(ServerRequest request) {
    WebhookEndpoint endpoint = byPath.get(request.requestPath().pathWithinApplication().value());
    return endpoint == null ? Optional.empty() : Optional.of(endpoint::handle);
  }

  /** The paths served. */
  Map<String, WebhookEndpoint> paths() {
    return byPath;
  }

  @Override
  public String toString() {
    return "PaySDK webhooks " + byPath.keySet();
  }
}
