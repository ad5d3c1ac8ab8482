package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.sign.Canonicalizer;
import dev.paysdk.core.sign.Canonicalizers;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.conformance.GatewayConformance;
import java.time.Duration;

/**
 * The shared scenario matrix, for Hexpay's cashier order: the money-moving call that carries a
 * merchant order number (a batch upload has none, so it cannot be reconciled by one; its rows are in
 * the batch payout tests).
 */
class HexpayConformanceTest extends GatewayConformance<HexpaySimulator> {

  @Override
  protected HexpaySimulator startSimulator() {
    return HexpaySimulator.start(SimulatorOptions.builder().autoAdvance(false).webhookTimeCompression(60_000)
        .webhookTimeout(Duration.ofSeconds(2)).build());
  }

  @Override
  protected PaymentClient client(HexpaySimulator sim, String baseUrl, HttpOptions http, Reconciler reconciler) {
    return HexpayClient.builder().baseUrl(baseUrl).merchantId(sim.mchNo()).appId(sim.appId())
        .merchantPrivateKey(sim.merchantPrivateKeyPem()).platformPublicKey(sim.platformPublicKeyPem())
        .secret(sim.appSecret()).httpOptions(http).build();
  }

  @Override
  protected String moneyMovingOperation() {
    return HexpaySimulator.PAYIN_ORDER;
  }

  @Override
  protected void sendMoneyMoving(PaymentClient client, String reference, String notifyUrl) {
    client.payIns().create(PayInRequest.builder().merchantOrderNo(reference).amount(Money.of("5.5", "USDC"))
        .customerId("customer-7").description("Gift card").network("polygon").notifyUrl(notifyUrl).build());
  }

  @Override
  protected int storedAtGateway(String reference) {
    return (int) sim.payIns().stream().filter(p -> p.merchantOrderNo().equals(reference)).count();
  }

  /** Pay-ins have no reconciler: the query is asked until it answers, "not found" believed at once. */
  @Override
  protected boolean reconcileFinds(PaymentClient client, String reference) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      try {
        client.payIns().retrieve(PayInLookup.byMerchantOrderNo(reference));
        return true;
      } catch (OrderNotFoundException e) {
        return false;
      } catch (TransportException e) {
        if (System.nanoTime() > deadline) {
          throw new OutcomeUnknownException(e.context().orElseThrow(), "could not ask", e);
        }
      }
    }
  }

  @Override
  protected void completeAtGateway(String reference) {
    sim.pay(sim.payIn(reference).orElseThrow().payOrderId());
  }

  @Override
  protected Canonicalizer webhookCanonicalizer() {
    return Canonicalizers.sortedFragments();
  }

  @Override
  protected void armDuplicateWebhook() {
    sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());
  }

  @Override
  protected void sendWithUnreadableAmountAndAMissingField(PaymentClient client, String reference) {
    client.payIns().create(PayInRequest.builder().merchantOrderNo(reference).amount("5.1234567", "USDC")
        .customerId("customer-7").description("Gift card").build());
  }
}
