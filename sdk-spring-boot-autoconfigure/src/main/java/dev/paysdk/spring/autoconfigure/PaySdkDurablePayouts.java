package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.PaymentRouter;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.durable.DurablePayouts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application's payouts, journaled: a create is routed like {@code router.payouts().create}
 * and goes through the {@link DurablePayouts} of its gateway, which records the intent before
 * sending and never sends an order the journal already holds. Lookups and reconciliation go to the
 * gateway the lookup names (its provider id) or the one its create was routed to.
 *
 * <pre>{@code
 * @Autowired PaySdkDurablePayouts payouts;
 * Payout p = payouts.create(request);   // safe to call again with the same merchant order number
 * }</pre>
 */
public final class PaySdkDurablePayouts implements Payouts {
  private final PaymentRouter router;
  private final Map<String, DurablePayouts> byProvider = new LinkedHashMap<>();

  PaySdkDurablePayouts(PaymentRouter router, List<DurablePayouts> durables) {
    this.router = router;
    durables.forEach(d -> byProvider.put(d.providerId(), d));
  }

  /** The journaled payouts of one gateway, when it is configured and pays out. */
  public Optional<DurablePayouts> forProvider(String providerId) {
    return Optional.ofNullable(byProvider.get(providerId));
  }

  /**
   * Routes the request and creates it through its gateway's journal.
   *
   * @throws dev.paysdk.core.error.InvalidRequestException when no route accepts it
   * @throws dev.paysdk.core.durable.StoreUnavailableException when the journal cannot record the intent
   *     (nothing was sent)
   */
  @Override
  public Payout create(PayoutRequest request) {
    return journaled(router.route(request).providerId()).create(request);
  }

  @Override
  public Payout retrieve(PayoutLookup lookup) {
    if (lookup.providerId() != null) {
      return journaled(lookup.providerId()).retrieve(lookup);
    }
    return router.payouts().retrieve(lookup);
  }

  /** Reconciles through the gateway the payout was routed to, recording what it finds in the journal. */
  @Override
  public Reconciliation reconcile(String merchantOrderNo) {
    for (DurablePayouts d : byProvider.values()) {
      if (d.entry(merchantOrderNo).isPresent()) {
        return d.reconcile(merchantOrderNo);
      }
    }
    return router.payouts().reconcile(merchantOrderNo);
  }

  private DurablePayouts journaled(String providerId) {
    DurablePayouts d = byProvider.get(providerId);
    if (d == null) {
      throw new IllegalStateException("no payout-capable gateway '" + providerId + "' is configured");
    }
    return d;
  }
}
