package dev.paysdk.agentpay;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Balances;
import java.util.List;

/** The merchant's INR balance, natively ({@link #query}) and through the neutral {@link Balances}. Thread-safe. */
public interface AgentPayBalances extends Balances {

  /**
   * Queries the balance ({@code POST /api/agentpay/query_balance}). A read: retried on connection
   * failures, timeouts, HTTP 429 and 5xx, each attempt with a fresh {@code reqTime} and signature.
   * The document's answer carries no signature, so an unsigned answer is read; a {@code sign} that is
   * present must verify. The answer names nothing that identifies the request.
   *
   * @throws dev.paysdk.core.error.AuthenticationException when the gateway refuses the merchant id or
   *     signature (or answers HTTP 401/403)
   * @throws dev.paysdk.core.error.ProviderException for any other refusal
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong
   * @throws dev.paysdk.core.error.TransportException when no usable answer came within the retries
   *     (including an unreadable answer, an amount out of bounds or not whole paise, an answer without
   *     {@code availableAmount}, or a refusal saying the gateway itself failed)
   * @throws IllegalStateException when the client was closed
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
