package dev.paysdk.testkit.internal;

/** One simulated gateway operation. Called on a server thread; implementations synchronize their state. */
@FunctionalInterface
public interface Endpoint {
  SimResponse handle(SimRequest request) throws Exception;
}
