package dev.paysdk.hexpay;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Balances;
import java.util.List;

/** Hexpay balances. Reads: retried on transient failures. Thread-safe. */
public interface HexpayBalances extends Balances {

  /**
   * Every currency's balance ({@code POST /v1/hexpay/balance/query} without {@code currency}).
   *
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong
   * @throws dev.paysdk.core.error.TransportException when no usable answer came after the allowed retries
   */
  List<HexpayBalance> query();

  /**
   * One currency's balance.
   *
   * @param currency {@code USDT} or {@code USDC}
   * @throws dev.paysdk.core.error.InvalidRequestException when the currency is neither (nothing sent)
   * @throws dev.paysdk.core.error.ProviderException when the gateway refused
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong
   * @throws dev.paysdk.core.error.TransportException when no usable answer came after the allowed retries
   */
  List<HexpayBalance> query(String currency);

  /**
   * {@inheritDoc}
   *
   * <p>{@link #query()} in the neutral form.
   */
  @Override
  List<Balance> list();
}
