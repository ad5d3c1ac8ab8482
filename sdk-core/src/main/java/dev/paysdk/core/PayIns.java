package dev.paysdk.core;

/** Neutral pay-in API, implemented by every provider that collects. Thread-safe. */
public interface PayIns {

  /**
   * Creates a pay-in order and returns it with its checkout URL.
   *
   * @param request the request; its {@link PayInRequest#inputErrors()} are reported with the other
   *     field errors
   * @return the pay-in as the gateway created it, usually {@link PayInStatus#CREATED}
   * @throws dev.paysdk.core.error.InvalidRequestException before sending, listing every field error
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused it
   * @throws dev.paysdk.core.error.TransportException when no usable answer came
   */
  PayIn create(PayInRequest request);

  /**
   * Reads a pay-in's current state. A read: retried on transient failures.
   *
   * @param lookup which pay-in
   * @return the pay-in as the gateway reports it now
   * @throws dev.paysdk.core.error.OrderNotFoundException when the gateway says no such order exists
   * @throws dev.paysdk.core.error.ProviderException on any other refusal
   * @throws dev.paysdk.core.error.TransportException when no answer came after the allowed retries
   */
  PayIn retrieve(PayInLookup lookup);

  /**
   * Lists pay-ins. A read: retried on transient failures.
   *
   * @param query the filter and page size
   * @return the first page; {@link Page#autoPaging()} iterates over the following pages lazily
   * @throws dev.paysdk.core.error.InvalidRequestException when the query is not valid for the gateway
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused
   * @throws dev.paysdk.core.error.TransportException when no answer came after the allowed retries
   */
  Page<PayIn> list(PayInQuery query);
}
