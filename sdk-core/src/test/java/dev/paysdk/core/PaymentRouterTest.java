package dev.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OrderNotFoundException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentRouterTest {

  /** A client that records the payouts it was asked to create and knows only the orders it created. */
  static final class FakeClient implements PaymentClient {
    final String id;
    final Set<Capability> capabilities;
    final List<PayoutRequest> created = new ArrayList<>();

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
          return Payout.builder().providerId(id).merchantOrderNo(request.merchantOrderNo())
              .status(PayoutStatus.ACCEPTED).rawStatus("0").build();
        }

        @Override
        public Payout retrieve(PayoutLookup lookup) {
          for (PayoutRequest r : created) {
            if (r.merchantOrderNo().equals(lookup.merchantOrderNo())) {
              return Payout.builder().providerId(id).merchantOrderNo(r.merchantOrderNo())
                  .status(PayoutStatus.PROCESSING).rawStatus("1").build();
            }
          }
          throw new OrderNotFoundException(ErrorContext.of(id, "payout.retrieve", lookup.merchantOrderNo()),
              "404", "not found", 200);
        }
      };
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
  void retrieve_asksEachPayoutCapableClient_untilOneKnowsTheOrder() {
    PaymentRouter router = router();
    router.payouts().create(request("PO-PEN", "10", "PEN", bank()));

    Payout found = router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-PEN"));

    assertThat(found.providerId()).isEqualTo("payout-pen");
    assertThatThrownBy(() -> router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-NONE")))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void unsupportedNeutralApis_throwNamingTheProvider() {
    assertThatThrownBy(collector::payouts).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("collector").hasMessageContaining("PAYOUTS");
    assertThatThrownBy(collector::balances).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("BALANCES");
    assertThatThrownBy(collector::webhooks).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(collector::payIns).isInstanceOf(UnsupportedOperationException.class);
  }
}
