package dev.paysdk.vexora;

import dev.paysdk.core.Balances;

/** Vexora balance query, native and neutral. Thread-safe. */
public interface VexoraBalances extends Balances {

  /**
   * The merchant balance ({@code POST /v1/vexora/queryBalance}). A read: retried on transient
   * HTTP failures, each attempt with a fresh {@code timestamp} and signature. The answer names
   * nothing that could be checked against the request. {@link #list()} returns the same as one
   * neutral {@link dev.paysdk.core.Balance} (unsettled as its pending amount).
   *
   * @throws dev.paysdk.core.error.AuthenticationException when the gateway's rejection says the
   *     signature or merchant is wrong
   * @throws dev.paysdk.core.error.ProviderException when the gateway rejected the query (code {@code 8000}
   *     or any code other than {@code 0000} and {@code 5000})
   * @throws dev.paysdk.core.error.TransportException on code {@code 5000} or when no usable answer came
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong,
   *     or missing while signed answers are required
   */
  VexoraBalance query();
}
