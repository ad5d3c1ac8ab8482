package dev.paysdk.agentpay;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.sign.Canonicalizer;
import dev.paysdk.core.sign.Canonicalizers;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.conformance.GatewayConformance;
import java.time.Duration;

/** The shared scenario matrix, for INR AgentPay's payout apply. */
class AgentPayConformanceTest extends GatewayConformance<AgentPaySimulator> {

  @Override
  protected AgentPaySimulator startSimulator() {
    return AgentPaySimulator.start(SimulatorOptions.builder().autoAdvance(false).webhookTimeCompression(60_000)
        .webhookTimeout(Duration.ofSeconds(2)).build());
  }

  @Override
  protected PaymentClient client(AgentPaySimulator sim, String baseUrl, HttpOptions http, Reconciler reconciler) {
    return AgentPayClient.builder().baseUrl(baseUrl).merchantId(sim.merchantId()).secret(sim.secretKey())
        .httpOptions(http).reconciler(reconciler).build();
  }

  @Override
  protected String moneyMovingOperation() {
    return AgentPaySimulator.PAYOUT_APPLY;
  }

  @Override
  protected void sendMoneyMoving(PaymentClient client, String reference, String notifyUrl) {
    client.payouts().create(PayoutRequest.builder().merchantOrderNo(reference).amount(Money.of("1000", "INR"))
        .payee(Payee.builder().name("Rahul Verma").phone("9876543210").email("rahul@example.in").build())
        .destination(Destination.bankAccount("001234567890").ifsc("HDFC0001234").build())
        .notifyUrl(notifyUrl).build());
  }

  @Override
  protected int storedAtGateway(String reference) {
    return (int) sim.orders().stream().filter(o -> o.merchantOrderNo().equals(reference)).count();
  }

  @Override
  protected boolean reconcileFinds(PaymentClient client, String reference) {
    return client.payouts().reconcile(reference).found();
  }

  @Override
  protected void completeAtGateway(String reference) {
    sim.completeOrder(reference, AgentPaySimulator.Outcome.SUCCEEDED, null);
  }

  @Override
  protected Canonicalizer webhookCanonicalizer() {
    return Canonicalizers.sortedFragments();
  }

  @Override
  protected void makeBalanceShort() {
    sim.setAvailableBalance(0);
  }

  @Override
  protected void sendWithUnreadableAmountAndAMissingField(PaymentClient client, String reference) {
    client.payouts().create(PayoutRequest.builder().merchantOrderNo(reference).amount("1000.123", "INR")
        .payee(Payee.builder().phone("9876543210").build())
        .destination(Destination.bankAccount("001234567890").ifsc("HDFC0001234").build()).build());
  }
}
