package dev.paysdk.pen;

import static dev.paysdk.testkit.internal.LeakAuditSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.testkit.internal.LeakAuditSupport.Leaks;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookReceiver;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.paysdk.testkit.internal.LeakAuditCase;
import dev.paysdk.testkit.internal.LeakAuditSupport;

/** Leak audit: secrets and personal data in logs (TRACE included), exceptions and toString(). */
class PenLeakAuditTest extends LeakAuditCase {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static PenPayoutSimulator sim() {
    return PenPayoutSimulator.builder().secretKey(SECRET).options(SimulatorOptions.builder()
        .processingDelay(Duration.ofMillis(20)).completionDelay(Duration.ofMillis(30)).build()).start();
  }

  private static PenPayoutClient.Builder clientOf(PenPayoutSimulator sim) {
    return PenPayoutClient.builder().baseUrl(sim.baseUrl()).merchantId(sim.merchantId()).secretKey(sim.secretKey())
        .literalIpNotifyUrlAllowed(true).readTimeout(Duration.ofSeconds(2)).sleeper(d -> { });
  }

  static final String PEN_ACCOUNT = "9182736455012";
  static final String PEN_PHONE = "+51987501234";
  static final String DNI = "45678123";

  private static PayoutRequest bank(String orderNo, String notifyUrl) {
    return PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of("150.00", "PEN"))
        .payee(Payee.builder().name(NAME).identityDocument("DNI", DNI).phone(PEN_PHONE).email(EMAIL).build())
        .destination(Destination.bankAccount(PEN_ACCOUNT).bankId("2").accountType("1").cci(CCI).build())
        .notifyUrl(notifyUrl).build();
  }


  @Test
  void successfulFlow_payoutQueryBalanceWebhookReconcile_leakNothing() {
    try (PenPayoutSimulator sim = sim()) {
      PenPayoutClient.Builder builder = clientOf(sim);
      PenPayoutClient client = builder.build();
      leaks.forbid("pen account", PEN_ACCOUNT).forbid("pen phone", "987501234").forbid("dni", DNI);
      leaks.object("builder", builder);
      leaks.object("client", client);
      leaks.object("payouts()", client.payouts());
      leaks.object("webhooks()", client.webhooks());
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        PayoutRequest req = bank("APLEAKOK1", hook.url());
        leaks.object("PayoutRequest", req);
        attempt("create bank", () -> client.payouts().create(req));
        attempt("create 2", () -> client.payouts().create(bank("APLEAKOK2", hook.url())));
        WebhookEvent e1 = hook.awaitEvent(e -> "APLEAKOK1".equals(e.merchantOrderNo()) && e.payoutStatus().isPresent()
            && e.payoutStatus().get().isFinal(), WAIT);
        leaks.object("webhook event", e1);
        leaks.object("webhook event fields", e1.fields());
        leaks.object("webhook provider event", e1.providerEvent(PenPayoutNotification.class));
        attempt("retrieve", () -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("APLEAKOK1")));
        attempt("native query", () -> client.payouts().query(PenPayoutQuery.byMerchantOrderNo("APLEAKOK1")));
        attempt("reconcile", () -> client.payouts().reconcile("APLEAKOK2"));
        hook.rejections().forEach(r -> leaks.throwable("receiver rejection", r));
      }
    }
    assertNoLeak();
  }

  @Test
  void validationFailure_malformedAccountPhoneEmailVpa_doesNotEchoTheValues() {
    leaks.forbid("pen account", PEN_ACCOUNT).forbid("pen phone", "987501234").forbid("dni", DNI);
    try (PenPayoutSimulator sim = sim()) {
      PenPayoutClient client = clientOf(sim).build();
      attempt("invalid bank", () -> client.payouts().create(PayoutRequest.builder().merchantOrderNo("APLEAKBAD1")
          .amount(Money.of("150.00", "PEN"))
          .payee(Payee.builder().name(NAME + "\u0001<>").identityDocument("DNI", DNI + "X!").email(EMAIL + "@@")
              .phone(PEN_PHONE + "x").build())
          .destination(Destination.bankAccount(PEN_ACCOUNT + "-X!").bankId("2").accountType("1").cci(CCI + "X").build())
          .notifyUrl("http://127.0.0.1:1/n").build()));
      attempt("bad cci", () -> client.payouts().create(bank("APLEAKBAD2", "http://127.0.0.1:1/n").toBuilder()
          .destination(Destination.bankAccount(PEN_ACCOUNT).bankId("2").accountType("1").cci(CCI.substring(1)).build())
          .build()));
      attempt("too long account", () -> client.payouts().create(bank("APLEAKBAD3", "http://127.0.0.1:1/n").toBuilder()
          .destination(Destination.bankAccount(ACCOUNT + ACCOUNT).bankId("2").accountType("1").cci(CCI).build()).build()));
    }
    assertNoLeak();
  }

  @Test
  void failedPayout_reasonEchoingAccountAndName_unknownOutcome_signatureFailures_webhookRejection() {
    // the failure reason comes back by query and webhook, where the SDK does not hold the payee's
    // name: numbers and addresses are masked by their look, a name cannot be
    leaks.withoutNames();
    leaks.forbid("pen account", PEN_ACCOUNT).forbid("pen phone", "987501234").forbid("dni", DNI);
    String echo = "Beneficiary " + NAME + " account " + PEN_ACCOUNT + " cci " + CCI + " dni " + DNI + " phone " + PEN_PHONE + " closed\r\n"
        + FORGED;
    try (PenPayoutSimulator sim = sim()) {
      PenPayoutClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        sim.nextPayoutOutcome(PenPayoutSimulator.Outcome.FAILED, echo);
        attempt("create (will fail)", () -> client.payouts().create(bank("APLEAKFAIL1", hook.url())));
        WebhookEvent ev = hook.awaitEvent(e -> "APLEAKFAIL1".equals(e.merchantOrderNo()) && "FAIL".equals(e.rawStatus()),
            WAIT);
        leaks.object("failed webhook event", ev);
        leaks.object("failed webhook provider event", ev.providerEvent(PenPayoutNotification.class));
        attempt("retrieve failed", () -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("APLEAKFAIL1")));
        attempt("native query failed", () -> client.payouts().query(PenPayoutQuery.byMerchantOrderNo("APLEAKFAIL1")));
        attempt("reconcile failed", () -> client.payouts().reconcile("APLEAKFAIL1"));
        sim.sendWebhook("APLEAKFAIL1", hook.url(), true);
        hook.rejections().forEach(r -> leaks.throwable("receiver rejection", r));
      }
      sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.resetAfterStore());
      attempt("create reset-after-store", () -> client.payouts().create(bank("APLEAKUNK1", "http://127.0.0.1:1/n")));
      attempt("reconcile unknown", () -> client.payouts().reconcile("APLEAKUNK1"));
      sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.wrongSignature());
      attempt("create wrong signature", () -> client.payouts().create(bank("APLEAKSIG1", "http://127.0.0.1:1/n")));
      sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.malformedBody());
      attempt("create malformed", () -> client.payouts().create(bank("APLEAKMAL1", "http://127.0.0.1:1/n")));
      sim.faults().once(PenPayoutSimulator.PAYOUT_QUERY, Fault.wrongSignature());
      attempt("query wrong signature", () -> client.payouts().query(PenPayoutQuery.byMerchantOrderNo("APLEAKFAIL1")));
      PenPayoutClient wrong = clientOf(sim).secretKey(SECRET + "_WRONG").build();
      attempt("create wrong secret", () -> wrong.payouts().create(bank("APLEAKSIG2", "http://127.0.0.1:1/n")));
      attempt("forged callback", () -> client.webhooks().verify(WebhookRequest.builder().method("POST")
          .contentType("application/json")
          .body("{\"merchantOrderNo\":\"APLEAKFAIL1\",\"orderStatus\":\"FAIL\",\"amount\":\"150.00\",\"accountNo\":\""
              + PEN_ACCOUNT + "\",\"cci\":\"" + CCI + "\",\"name\":\"" + NAME + "\",\"resultDesc\":\"" + PEN_ACCOUNT
              + "\\r\\n" + FORGED + "\",\"sign\":\"0123456789ABCDEF0123456789ABCDEF\"}").build()));
    }
    assertNoLeak();
  }
}
