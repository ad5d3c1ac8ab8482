package dev.paysdk.core;

import java.util.Objects;

/**
 * The payouts of a {@link PaymentRouter}: a create goes to the routed client (whose route is
 * remembered before it is sent, so that an unknown outcome can be reconciled with the same client);
 * a retrieve or a reconcile goes to the one client that owns the payout.
 */
final class RoutedPayouts implements Payouts {
  private final PaymentRouter router;

  RoutedPayouts(PaymentRouter router) {
    this.router = router;
  }

  @Override
  public Payout create(PayoutRequest request) {
    PaymentClient client = router.route(request);
    if (request.merchantOrderNo() != null && !request.merchantOrderNo().isBlank()) {
      router.remember(request.merchantOrderNo(), client);
    }
    return client.payouts().create(request);
  }

  @Override
  public Payout retrieve(PayoutLookup lookup) {
    Objects.requireNonNull(lookup, "lookup == null");
    return router.owner(lookup, "payout.retrieve").payouts().retrieve(lookup);
  }

  /** The owning client's own reconciliation, with the reconciler it was built with. */
  @Override
  public Reconciliation reconcile(String merchantOrderNo) {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo == null");
    PayoutLookup lookup = PayoutLookup.byMerchantOrderNo(merchantOrderNo);
    return router.owner(lookup, "payout.reconcile").payouts().reconcile(merchantOrderNo);
  }

  @Override
  public String toString() {
    return "RoutedPayouts[" + router.routes() + "]";
  }
}
