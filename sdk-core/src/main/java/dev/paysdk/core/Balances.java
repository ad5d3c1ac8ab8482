package dev.paysdk.core;

import java.util.List;

/** Neutral balance API. Thread-safe. */
public interface Balances {

  /**
   * The merchant's balances, one per currency. A read: retried on transient failures.
   *
   * @return the balances, in the gateway's order; empty when the gateway reports none
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused
   * @throws dev.paysdk.core.error.TransportException when no answer came after the allowed retries
   */
  List<Balance> list();
}
