package dev.paysdk.pen;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.sign.Canonicalizer;
import dev.paysdk.core.sign.Canonicalizers;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.conformance.GatewayConformance;
import java.time.Duration;

/** The shared scenario matrix, for the PEN payout create. */
class PenConformanceTest extends GatewayConformance<PenPayoutSimulator> {

  @Override
  protected PenPayoutSimulator startSimulator() {
    return PenPayoutSimulator.start(SimulatorOptions.builder().autoAdvance(false).webhookTimeCompression(60_000)
        .webhookTimeout(Duration.ofSeconds(2)).build());
  }

  @Override
  protected PaymentClient client(PenPayoutSimulator sim, String baseUrl, HttpOptions http, Reconciler reconciler) {
    // the simulator's notify URLs are on 127.0.0.1, which the real gateway refuses by default
    return PenPayoutClient.builder().baseUrl(baseUrl).merchantId(sim.merchantId()).secret(sim.secretKey())
        .literalIpNotifyUrlAllowed(true).httpOptions(http).reconciler(reconciler).build();
  }

  @Override
  protected String moneyMovingOperation() {
    return PenPayoutSimulator.PAYOUT_CREATE;
  }

  @Override
  protected void sendMoneyMoving(PaymentClient client, String reference, String notifyUrl) {
    client.payouts().create(PayoutRequest.builder().merchantOrderNo(reference).amount(Money.of("150.00", "PEN"))
        .payee(Payee.builder().name("Rosa Quispe").identityDocument("DNI", "45678912").phone("+51987654321")
            .email("rosa@example.pe").build())
        .destination(Destination.bankAccount("1914567890123").bankId("2").accountType("1")
            .cci("00219400254640654321").build())
        .notifyUrl(notifyUrl).remark("conformance").build());
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
    sim.completeOrder(reference, PenPayoutSimulator.Outcome.SUCCEEDED, null);
  }

  @Override
  protected Canonicalizer webhookCanonicalizer() {
    return Canonicalizers.sortedFragments();
  }

  /** The document shows no signed answer; a Sign header that is present is checked (see PenPayOutTest). */
  @Override
  protected boolean answersAreSigned() {
    return false;
  }

  @Override
  protected void makeBalanceShort() {
    sim.setAvailableBalance(java.math.BigDecimal.ZERO);
  }

  @Override
  protected void sendWithUnreadableAmountAndAMissingField(PaymentClient client, String reference) {
    client.payouts().create(PayoutRequest.builder().merchantOrderNo(reference).amount("150.001", "PEN")
        .payee(Payee.builder().name("Rosa Quispe").build())
        .destination(Destination.bankAccount("1914567890123").bankId("2").accountType("1")
            .cci("00219400254640654321").build())
        .notifyUrl("https://merchant.example/hooks/pen").build());
  }
}
