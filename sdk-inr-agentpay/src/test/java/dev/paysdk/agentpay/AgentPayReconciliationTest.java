package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.paysdk.agentpay.Fixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** After an apply whose outcome is unknown: query by merchant order number until the order's fate is known. */
class AgentPayReconciliationTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  static final String APPLY = "/api/agentpay/apply";
  static final String QUERY = "/api/pay/orderquery";

  private static AgentPayClient.Builder client(Duration notFoundGrace) {
    Reconciler reconciler = Reconciler.builder().notFoundGrace(notFoundGrace)
        .clock(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC)).sleeper(d -> {}).build();
    return Fixtures.client(wm).reconciler(reconciler);
  }

  private static AgentPayPayouts payouts(Duration notFoundGrace) {
    return client(notFoundGrace).build().payouts();
  }

  @Test
  void reconcile_afterAnApplyTimedOut_findsTheOrder_withoutResendingTheApply() {
    wm.stubFor(post(APPLY).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"status\":1}")).withFixedDelay(1000)));
    wm.stubFor(post(QUERY).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"202503110001\","
        + "\"agentpayOrderId\":\"Le198311136382210\",\"amount\":10000,\"fee\":1200,\"status\":1}"))));
    AgentPayPayouts payouts = client(Duration.ZERO).readTimeout(Duration.ofMillis(300)).build().payouts();

    assertThatThrownBy(() -> payouts.apply(AgentPayApplyTest.documentExample()))
        .isInstanceOf(OutcomeUnknownException.class);
    Reconciliation r = payouts.reconcile("202503110001");

    assertThat(r.found()).isTrue();
    assertThat(r.payout().status()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(r.payout().providerOrderNo()).contains("Le198311136382210");
    assertThat(received(wm, APPLY)).hasSize(1);
    assertThat(received(wm, QUERY).get(0).getBodyAsString()).startsWith("mchId=LEtest067&mchOrderNo=202503110001&reqTime=");
  }

  @Test
  void reconcile_whenTheGatewaySaysTheOrderDoesNotExist_reportsNotFound() {
    wm.stubFor(post(QUERY).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"Order not exist\"}")));

    Reconciliation r = payouts(Duration.ZERO).reconcile("202503110001");

    assertThat(r.notFound()).isTrue();
  }

  @Test
  void reconcile_whenTheQueryIsRefusedForAnotherReasonThatSaysNotFound_neverReportsNotFound() {
    wm.stubFor(post(QUERY).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"Order channel not found\"}")));

    assertThatThrownBy(() -> payouts(Duration.ZERO).reconcile("202503110001"))
        .isExactlyInstanceOf(ProviderException.class)
        .satisfies(e -> assertThat(((ProviderException) e).providerMessage()).isEqualTo("Order channel not found"));
  }

  @Test
  void reconcile_whenTheMerchantIsRefused_throwsAuthentication_notNotFound() {
    wm.stubFor(post(QUERY).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"Order query failed: mchId not exist\"}")));

    assertThatThrownBy(() -> payouts(Duration.ZERO).reconcile("202503110001"))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void reconcile_whenTheOrderAppearsAfterANotFound_findsIt() {
    wm.stubFor(post(QUERY).inScenario("late").whenScenarioStateIs(STARTED)
        .willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"order not found\"}")).willSetStateTo("visible"));
    wm.stubFor(post(QUERY).inScenario("late").whenScenarioStateIs("visible")
        .willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"202503110001\",\"status\":2}"))));

    Reconciliation r = payouts(Duration.ofSeconds(10)).reconcile("202503110001");

    assertThat(r.payoutIfFound()).hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(PayoutStatus.SUCCEEDED));
    assertThat(received(wm, QUERY)).hasSize(2);
  }

  @Test
  void reconcile_whenAnAnswerHasNoStatusYet_keepsAsking() {
    wm.stubFor(post(QUERY).inScenario("status").whenScenarioStateIs(STARTED)
        .willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"202503110001\"}"))).willSetStateTo("known"));
    wm.stubFor(post(QUERY).inScenario("status").whenScenarioStateIs("known")
        .willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"202503110001\",\"status\":3,"
            + "\"errorMessage\":\"Invalid IFSC\"}"))));

    Reconciliation r = payouts(Duration.ZERO).reconcile("202503110001");

    assertThat(r.payout().status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(r.payout().failureReason()).contains("Invalid IFSC");
  }

  @Test
  void reconcile_neverConcludesFailed_fromAnUnsignedAnswer_andWaitsForASignedOne() {
    wm.stubFor(post(QUERY).inScenario("forged").whenScenarioStateIs(STARTED)
        .willReturn(okJson("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"202503110001\",\"status\":3}"))
        .willSetStateTo("signed"));
    wm.stubFor(post(QUERY).inScenario("forged").whenScenarioStateIs("signed")
        .willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"202503110001\",\"status\":2}"))));

    Reconciliation r = payouts(Duration.ZERO).reconcile("202503110001");

    assertThat(r.payout().status()).isEqualTo(PayoutStatus.SUCCEEDED);
    assertThat(received(wm, QUERY)).hasSize(2);
  }
}
