package dev.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PaymentRouterTest {

  /**
   * A client that records the payouts it was asked to create and knows only the orders it created.
   * It counts every lookup and reconcile it is asked, can be made to fail every lookup, and has its
   * own reconcile (as gateway clients do, with their configured reconciler).
   */
  static final class FakeClient implements PaymentClient {
    final String id;
    final Set<Capability> capabilities;
    final List<PayoutRequest> created = new ArrayList<>();
    final AtomicInteger retrieves = new AtomicInteger();
    final List<String> ownReconciles = new ArrayList<>();
    boolean lookupsFail;
    boolean createsTimeOut;

    FakeClient(String id, Capability... capabilities) {
      this.id = id;
      this.capabilities = capabilities.length == 0 ? Set.of() : EnumSet.of(capabilities[0], capabilities);
    }

    @Override
    public String providerId() {
      return id;
    }

    @Override
    public Set<Capability> capabilities() {
      return capabilities;
    }

    @Override
    public Payouts payouts() {
      if (!supports(Capability.PAYOUTS)) {
        return PaymentClient.super.payouts();
      }
      return new Payouts() {
        @Override
        public Payout create(PayoutRequest request) {
          created.add(request);
          if (createsTimeOut) {
            throw new OutcomeUnknownException(ErrorContext.of(id, "payout.create", request.merchantOrderNo()),
                "no answer after the request was sent (timeout)", null);
          }
          return Payout.builder().providerId(id).merchantOrderNo(request.merchantOrderNo())
              .status(PayoutStatus.ACCEPTED).rawStatus("0").build();
        }

        @Override
        public Payout retrieve(PayoutLookup lookup) {
          retrieves.incrementAndGet();
          if (lookupsFail) {
            throw new TransportException(ErrorContext.of(id, "payout.retrieve", lookup.merchantOrderNo()),
                "HTTP 500 after 3 attempts", 500, null);
          }
          for (PayoutRequest r : created) {
            if (r.merchantOrderNo().equals(lookup.merchantOrderNo())) {
              return Payout.builder().providerId(id).merchantOrderNo(r.merchantOrderNo())
                  .status(PayoutStatus.PROCESSING).rawStatus("1").build();
            }
          }
          throw new OrderNotFoundException(ErrorContext.of(id, "payout.retrieve", lookup.merchantOrderNo()),
              "404", "not found", 200);
        }

        @Override
        public Reconciliation reconcile(String merchantOrderNo) {
          ownReconciles.add(merchantOrderNo);
          return new Reconciliation(merchantOrderNo, retrieve(PayoutLookup.byMerchantOrderNo(merchantOrderNo)));
        }
      };
    }

    @Override
    public PayIns payIns() {
      if (!supports(Capability.PAYINS)) {
        return PaymentClient.super.payIns();
      }
      return new PayIns() {
        @Override
        public PayIn create(PayInRequest request) {
          throw new UnsupportedOperationException("not in this test");
        }

        @Override
        public PayIn retrieve(PayInLookup lookup) {
          return PayIn.builder().providerId(id).merchantOrderNo(lookup.merchantOrderNo())
              .status(PayInStatus.PAYING).rawStatus("1").build();
        }

        @Override
        public Page<PayIn> list(PayInQuery query) {
          throw new UnsupportedOperationException("not in this test");
        }
      };
    }

    @Override
    public Webhooks webhooks() {
      if (!supports(Capability.WEBHOOKS)) {
        return PaymentClient.super.webhooks();
      }
      return request -> WebhookEvent.builder().providerId(id).type(WebhookEvent.Type.PAYOUT_STATUS).rawStatus("2")
          .deduplicationKey(id + ":1").ack(WebhookAck.plainText("success")).build();
    }
  }

  private final FakeClient agentPay = new FakeClient("inr-agentpay", Capability.PAYOUTS, Capability.WEBHOOKS);
  private final FakeClient pen = new FakeClient("payout-pen", Capability.PAYOUTS);
  private final FakeClient hexpay = new FakeClient("hexpay", Capability.PAYOUTS, Capability.PAYINS);
  private final FakeClient vexora = new FakeClient("vexora", Capability.PAYOUTS);
  private final FakeClient collector = new FakeClient("collector", Capability.PAYINS);

  private static PayoutRequest request(String order, String amount, String currency, Destination destination) {
    return PayoutRequest.builder().merchantOrderNo(order).amount(Money.of(amount, currency)).destination(destination)
        .build();
  }

  private static Destination bank() {
    return Destination.bankAccount("123456789012").ifsc("HDFC0001234").build();
  }

  private PaymentRouter router() {
    return PaymentRouter.builder()
        .routeCurrencyAndDestination("USDT", Destination.Kind.BANK_ACCOUNT, vexora)
        .routeDestination(Destination.Kind.CRYPTO_WALLET, hexpay)
        .routeCurrency("INR", agentPay)
        .routeCurrency("PEN", pen)
        .client(collector)
        .build();
  }

  @Test
  void route_byCurrency_sendsTheCreateToThatCurrencysClient() {
    PaymentRouter router = router();

    Payout inr = router.payouts().create(request("PO-INR", "100", "INR", bank()));
    Payout soles = router.payouts().create(request("PO-PEN", "10.50", "PEN", bank()));

    assertThat(inr.providerId()).isEqualTo("inr-agentpay");
    assertThat(soles.providerId()).isEqualTo("payout-pen");
    assertThat(agentPay.created).extracting(PayoutRequest::merchantOrderNo).containsExactly("PO-INR");
    assertThat(pen.created).extracting(PayoutRequest::merchantOrderNo).containsExactly("PO-PEN");
    assertThat(hexpay.created).isEmpty();
  }

  @Test
  void route_byDestinationKind_winsWhenItsRuleComesFirst() {
    PaymentRouter router = router();
    PayoutRequest crypto = request("PO-C", "11", "INR", Destination.cryptoWallet("So1anaAddr", "Solana", null));

    assertThat(router.route(crypto)).isSameAs(hexpay);
    router.payouts().create(crypto);
    assertThat(hexpay.created).hasSize(1);
    assertThat(agentPay.created).isEmpty();
  }

  @Test
  void route_byCurrencyAndDestination_needsBoth() {
    PaymentRouter router = router();

    assertThat(router.route(request("PO-1", "5", "USDT", bank()))).isSameAs(vexora);
    assertThatThrownBy(() -> router.route(request("PO-2", "5", "USDT", Destination.upi("a@b"))))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void client_byProviderId_findsRoutedAndRegisteredClients() {
    PaymentRouter router = router();

    assertThat(router.client("vexora")).isSameAs(vexora);
    assertThat(router.client("collector")).isSameAs(collector);
    router.client("payout-pen").payouts().create(request("PO-X", "1", "USD", bank()));
    assertThat(pen.created).hasSize(1);
  }

  @Test
  void client_withAnUnknownProviderId_namesTheKnownOnes() {
    assertThatThrownBy(() -> router().client("nope"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("'nope'")
        .hasMessageContaining("collector, hexpay, inr-agentpay, payout-pen, vexora");
  }

  @Test
  void route_whenNoRuleAccepts_listsEveryRoute_andNamesTheOrder() {
    PayoutRequest euros = request("PO-EUR", "10", "EUR", Destination.upi("name@bank"));

    assertThatThrownBy(() -> router().payouts().create(euros))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("PO-EUR")
        .hasMessageContaining("EUR").hasMessageContaining("UPI")
        .hasMessageContaining("currency USDT and destination BANK_ACCOUNT -> vexora")
        .hasMessageContaining("destination CRYPTO_WALLET -> hexpay")
        .hasMessageContaining("currency INR -> inr-agentpay")
        .hasMessageContaining("currency PEN -> payout-pen")
        .satisfies(e -> assertThat(((InvalidRequestException) e).hasErrorFor("route")).isTrue());
    assertThat(agentPay.created).isEmpty();
    assertThat(pen.created).isEmpty();
  }

  @Test
  void route_withoutAnyRoute_saysSo() {
    PaymentRouter empty = PaymentRouter.builder().build();

    assertThatThrownBy(() -> empty.route(request("PO-1", "1", "INR", bank())))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("(none)");
  }

  @Test
  void route_customRule_isTriedInOrder() {
    PaymentRouter router = PaymentRouter.builder()
        .route("large INR -> payout-pen", r -> r.amount().amount().compareTo(new java.math.BigDecimal("1000")) > 0, pen)
        .routeCurrency("INR", agentPay)
        .build();

    assertThat(router.route(request("PO-1", "5000", "INR", bank()))).isSameAs(pen);
    assertThat(router.route(request("PO-2", "50", "INR", bank()))).isSameAs(agentPay);
    assertThat(router.routes()).extracting(PaymentRouter.Route::description)
        .containsExactly("large INR -> payout-pen", "currency INR -> inr-agentpay");
  }

  @Test
  void retrieve_ofAPayoutCreatedThroughTheRouter_asksOnlyTheClientItWasRoutedTo() {
    PaymentRouter router = router();
    agentPay.lookupsFail = true;                         // the INR gateway answers 500 to every query
    router.payouts().create(request("PO-PEN", "10", "PEN", bank()));

    Payout found = router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-PEN"));

    assertThat(found.providerId()).isEqualTo("payout-pen");
    assertThat(agentPay.retrieves).hasValue(0);
    assertThat(vexora.retrieves).hasValue(0);
    assertThat(hexpay.retrieves).hasValue(0);
    assertThat(pen.retrieves).hasValue(1);
  }

  @Test
  void reconcile_ofAPayoutWhoseCreateEndedInAnUnknownOutcome_runsTheOwningClientsOwnReconcile_only() {
    PaymentRouter router = router();
    agentPay.lookupsFail = true;
    pen.createsTimeOut = true;
    PayoutRequest soles = request("PO-PEN-7", "10", "PEN", bank());
    assertThatThrownBy(() -> router.payouts().create(soles)).isInstanceOf(OutcomeUnknownException.class);

    Reconciliation r = router.payouts().reconcile("PO-PEN-7");

    assertThat(r.found()).isTrue();
    assertThat(r.payout().providerId()).isEqualTo("payout-pen");
    assertThat(pen.ownReconciles).containsExactly("PO-PEN-7");
    assertThat(agentPay.retrieves).hasValue(0);
    assertThat(agentPay.ownReconciles).isEmpty();
  }

  @Test
  void retrieveAndReconcile_withAProviderIdOnTheLookup_goToThatClient_evenWhenTheRouteWasNeverSeen() {
    PaymentRouter router = router();
    agentPay.lookupsFail = true;
    pen.payouts().create(request("PO-ELSEWHERE", "10", "PEN", bank()));   // created by another process

    Payout found = router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-ELSEWHERE").withProviderId("payout-pen"));
    Reconciliation byId = router.payouts("payout-pen").reconcile("PO-ELSEWHERE");

    assertThat(found.providerId()).isEqualTo("payout-pen");
    assertThat(byId.found()).isTrue();
    assertThat(pen.ownReconciles).containsExactly("PO-ELSEWHERE");
    assertThat(agentPay.retrieves).hasValue(0);
  }

  @Test
  void reconcile_withTheRequest_routesItAgain_andRunsThatClientsOwnReconcile() {
    PaymentRouter forgetful = PaymentRouter.builder().routeCurrency("INR", agentPay).routeCurrency("PEN", pen)
        .rememberedRoutes(0).build();
    agentPay.lookupsFail = true;
    PayoutRequest soles = request("PO-RESTART", "10", "PEN", bank());
    forgetful.payouts().create(soles);

    Reconciliation r = forgetful.reconcile(soles);

    assertThat(r.payout().providerId()).isEqualTo("payout-pen");
    assertThat(pen.ownReconciles).containsExactly("PO-RESTART");
    assertThat(agentPay.retrieves).hasValue(0);
  }

  @Test
  void theProviderIdOfAnUnknownOutcome_isEnoughToReconcileLater() {
    PaymentRouter router = router();
    pen.createsTimeOut = true;
    OutcomeUnknownException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(OutcomeUnknownException.class,
        () -> router.payouts().create(request("PO-QUEUED", "10", "PEN", bank())));

    Reconciliation later = router.payouts(unknown.providerId()).reconcile(unknown.merchantOrderNo());

    assertThat(later.payout().providerId()).isEqualTo("payout-pen");
    assertThat(pen.ownReconciles).containsExactly("PO-QUEUED");
  }

  @Test
  void retrieve_ofAPayoutTheRouterCannotPlace_failsAtOnce_namingTheWaysToSayIt_andAsksNoGateway() {
    PaymentRouter router = router();

    assertThatThrownBy(() -> router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-NONE")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("PO-NONE")
        .hasMessageContaining("withProviderId").hasMessageContaining("router.payouts(id)")
        .hasMessageContaining("hexpay, inr-agentpay, payout-pen, vexora")
        .satisfies(e -> assertThat(((InvalidRequestException) e).hasErrorFor("providerId")).isTrue());
    assertThatThrownBy(() -> router.payouts().reconcile("PO-NONE")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("payout.reconcile");
    for (FakeClient c : List.of(agentPay, pen, hexpay, vexora)) {
      assertThat(c.retrieves).hasValue(0);
      assertThat(c.ownReconciles).isEmpty();
    }
  }

  @Test
  void retrieve_withASinglePayoutClient_needsNoProviderId() {
    PaymentRouter router = PaymentRouter.builder().routeCurrency("PEN", pen).client(collector).build();
    pen.payouts().create(request("PO-ONLY", "10", "PEN", bank()));

    assertThat(router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-ONLY")).providerId()).isEqualTo("payout-pen");
    assertThatThrownBy(() -> router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-MISSING")))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void rememberedRoutes_isBounded_theOldestRouteIsForgottenFirst() {
    PaymentRouter router = PaymentRouter.builder().routeCurrency("INR", agentPay).routeCurrency("PEN", pen)
        .rememberedRoutes(2).build();
    router.payouts().create(request("PO-1", "10", "PEN", bank()));
    router.payouts().create(request("PO-2", "10", "PEN", bank()));
    router.payouts().create(request("PO-3", "10", "INR", bank()));

    assertThatThrownBy(() -> router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-1")))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-2")).providerId()).isEqualTo("payout-pen");
    assertThat(router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-3")).providerId()).isEqualTo("inr-agentpay");
    assertThatThrownBy(() -> PaymentRouter.builder().rememberedRoutes(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void payInsAndWebhooks_byProviderId_reachThatClient() {
    PaymentRouter router = router();

    PayIn payIn = router.payIns("hexpay").retrieve(PayInLookup.byMerchantOrderNo("PI-1"));
    WebhookEvent event = router.webhooks("inr-agentpay").verify(WebhookRequest.builder().build());

    assertThat(payIn.providerId()).isEqualTo("hexpay");
    assertThat(event.providerId()).isEqualTo("inr-agentpay");
    assertThat(router.payIns("collector")).isNotNull();
    assertThatThrownBy(() -> router.payIns("payout-pen")).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("payout-pen");
    assertThatThrownBy(() -> router.webhooks("vexora")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> router.balances("vexora")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> router.webhooks("nope")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void aProviderIdThatIsNoPlainIdentifier_isNotRepeatedInTheMessage() {
    assertThatThrownBy(() -> router().webhooks("x\r\n[forged] log line"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageNotContaining("forged")
        .hasMessageContaining("not a plain identifier");
  }

  @Test
  void payoutLookup_carriesAnOptionalProviderId() {
    PayoutLookup plain = new PayoutLookup("PO-1", null);
    PayoutLookup named = plain.withProviderId("payout-pen");

    assertThat(plain.providerId()).isNull();
    assertThat(named.providerId()).isEqualTo("payout-pen");
    assertThat(named.merchantOrderNo()).isEqualTo("PO-1");
    assertThat(named.withProviderId(null)).isEqualTo(plain);
    assertThatThrownBy(() -> plain.withProviderId(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unsupportedNeutralApis_throwNamingTheProvider() {
    assertThatThrownBy(collector::payouts).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("collector").hasMessageContaining("PAYOUTS");
    assertThatThrownBy(collector::balances).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("BALANCES");
    assertThatThrownBy(collector::webhooks).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(pen::payIns).isInstanceOf(UnsupportedOperationException.class);
  }
}
