package dev.paysdk.core;

/** Neutral pay-in API, implemented by every provider that collects. Thread-safe. */
public interface PayIns {

  /**
   * Creates a pay-in order and returns it with its checkout URL.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every field error
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused it
   * @throws dev.paysdk.core.error.TransportException when no usable answer came
   */
  PayIn create(PayInRequest request);

  /**
   * Reads a pay-in's current state.
   *
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says no such order exists
   */
  PayIn retrieve(PayInLookup lookup);

  /** Lists pay-ins; the page iterates lazily over following pages. */
  Page<PayIn> list(PayInQuery query);
}
