package dev.paysdk.agentpay;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Balances;
import java.util.List;

/** The merchant's INR balance, natively ({@link #query}) and through the neutral {@link Balances}. Thread-safe. */
public interface AgentPayBalances extends Balances {

  /**
   * Queries the balance ({@code POST /api/agentpay/query_balance}). A read: retried on connection
   * failures, timeouts, HTTP 429 and 5xx.
   *
   * @throws dev.paysdk.core.error.AuthenticationException when the gateway refuses the merchant id or signature
   * @throws dev.paysdk.core.error.ProviderException for any other refusal
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong
   * @throws dev.paysdk.core.error.TransportException when no usable answer came within the retries
   *     (including an answer without {@code availableAmount})
   */
  AgentPayBalance query();

  /**
   * One INR balance, from {@link #query}.
   *
   * @throws dev.paysdk.core.error.PaymentException as {@link #query}
   */
  @Override
  List<Balance> list();
}
