package dev.paysdk.vexora;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.sign.Canonicalizer;
import dev.paysdk.core.sign.Canonicalizers;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.testkit.conformance.GatewayConformance;
import java.math.BigDecimal;
import java.time.Duration;

/** The shared scenario matrix, for Vexora's disbursement. */
class VexoraConformanceTest extends GatewayConformance<VexoraSimulator> {

  @Override
  protected VexoraSimulator startSimulator() {
    return VexoraSimulator.start(SimulatorOptions.builder().autoAdvance(false).webhookTimeCompression(60_000)
        .webhookTimeout(Duration.ofSeconds(2)).build());
  }

  @Override
  protected PaymentClient client(VexoraSimulator sim, String baseUrl, HttpOptions http, Reconciler reconciler) {
    return VexoraClient.builder().baseUrl(baseUrl).merchantId(sim.merchantNo()).secret(sim.appSecret())
        .httpOptions(http).reconciler(reconciler).build();
  }

  @Override
  protected String moneyMovingOperation() {
    return VexoraSimulator.DISBURSEMENT;
  }

  @Override
  protected void sendMoneyMoving(PaymentClient client, String reference, String notifyUrl) {
    client.payouts().create(PayoutRequest.builder().merchantOrderNo(reference).amount(Money.of("150000", "IDR"))
        .payee(Payee.builder().firstName("Rizky").lastName("Pratama").email("rizky.pratama@example.com")
            .phone("081234567890").build())
        .destination(Destination.bankAccount("880123456789012345").build())
        .notifyUrl(notifyUrl).build());
  }

  @Override
  protected int storedAtGateway(String reference) {
    return (int) sim.disbursements().stream().filter(d -> d.tradeNo().equals(reference)).count();
  }

  @Override
  protected boolean reconcileFinds(PaymentClient client, String reference) {
    return client.payouts().reconcile(reference).found();
  }

  @Override
  protected void completeAtGateway(String reference) {
    sim.complete(reference, VexoraSimulator.Outcome.SUCCESS, null);
  }

  @Override
  protected Canonicalizer webhookCanonicalizer() {
    return Canonicalizers.sortedPairs();
  }

  @Override
  protected boolean webhookRuleIsPairs() {
    return true;
  }

  @Override
  protected void makeBalanceShort() {
    sim.setBalance(BigDecimal.ZERO);
  }

  @Override
  protected void armDuplicateWebhook() {
    sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());
  }

  @Override
  protected void sendWithUnreadableAmountAndAMissingField(PaymentClient client, String reference) {
    client.payouts().create(PayoutRequest.builder().merchantOrderNo(reference).amount("150000.001", "IDR")
        .payee(Payee.builder().firstName("Rizky").lastName("Pratama").build())
        .destination(Destination.bankAccount("880123456789012345").build()).build());
  }
}
