package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.agentpay.Fixtures.md5Upper;
import static dev.paysdk.agentpay.Fixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentPayBalanceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  static final String PATH = "/api/agentpay/query_balance";

  private static AgentPayBalances balances() {
    return Fixtures.client(wm).build().balances();
  }

  @Test
  void query_sendsMerchantIdAndReqTime_signed() {
    // The document's example reqTime "20211111" is not in its own yyyyMMddHHmmss format; the clock's time is sent.
    assertThat(Fixtures.requestExample("balance-request.txt")).containsKeys("mchId", "reqTime", "sign");
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.wireJson("balance-response.jsx"))));

    balances().query();

    LoggedRequest r = received(wm, PATH).get(0);
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.getBodyAsString()).isEqualTo("mchId=LEtest067&reqTime=20250311182001&sign="
        + md5Upper("mchId=LEtest067&reqTime=20250311182001&key=test-secret"));
  }

  @Test
  void query_readsTheDocumentsUnsignedAnswer_asInrFromPaise() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.wireJson("balance-response.jsx"))));

    AgentPayBalance b = balances().query();

    assertThat(b.total()).isEqualTo(Money.reportedMinor(1410065308, "INR"));
    assertThat(b.total().amount()).isEqualByComparingTo("14100653.08");
    assertThat(b.frozen()).isEqualTo(Money.reportedMinor(157999, "INR"));
    assertThat(b.available()).isEqualTo(Money.reportedMinor(1409907309, "INR"));
    assertThat(b.pending()).isEqualTo(Money.zero("INR"));
    assertThat(b.unsettled()).isEqualTo(Money.zero("INR"));
    assertThat(b.busNo()).isEqualTo("FLBTEST064");
    assertThat(b.retCode()).isEqualTo("SUCCESS");
    assertThat(b.message()).isNull();
  }

  @Test
  void list_givesOneNeutralInrBalance() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.wireJson("balance-response.jsx"))));

    List<Balance> list = balances().list();

    assertThat(list).hasSize(1);
    Balance b = list.get(0);
    assertThat(b.currency()).isEqualTo("INR");
    assertThat(b.available()).isEqualTo(Money.reportedMinor(1409907309, "INR"));
    assertThat(b.frozenAmount()).contains(Money.reportedMinor(157999, "INR"));
    assertThat(b.pendingAmount()).contains(Money.zero("INR"));
    assertThat(b.totalAmount()).contains(Money.reportedMinor(1410065308, "INR"));
  }

  @Test
  void query_whenTheAnswerIsSigned_verifiesIt() {
    String canonical = "amount=1410065308&availableAmount=1409907309&busNo=FLBTEST064&frozenAmount=157999"
        + "&pendingAmount=0&retCode=SUCCESS&unsettledAmount=0&key=test-secret";
    String signed = Fixtures.wireJson("balance-response.jsx").replace("\"unsettledAmount\": 0",
        "\"unsettledAmount\": 0,\n\"sign\": \"" + md5Upper(canonical) + "\"");
    wm.stubFor(post(PATH).willReturn(okJson(signed)));
    assertThat(balances().query().available()).isEqualTo(Money.reportedMinor(1409907309, "INR"));

    wm.stubFor(post(PATH).willReturn(okJson(signed.replace("1409907309", "1509907309"))));
    assertThatThrownBy(() -> balances().query()).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void query_whenTheAnswerHasNoAvailableAmount_throwsTransportException() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"SUCCESS\",\"amount\":100}")));

    assertThatThrownBy(() -> balances().query())
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("availableAmount");
  }

  @Test
  void query_whenTheMerchantIsUnknown_throwsAuthentication() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"Merchant does not exist\"}")));

    assertThatThrownBy(() -> balances().query())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("[inr-agentpay] balance.query");
  }

  @Test
  void query_whenTheGatewayAnswers503Once_retries() {
    wm.stubFor(post(PATH).inScenario("503").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(post(PATH).inScenario("503").whenScenarioStateIs("up")
        .willReturn(okJson(Fixtures.wireJson("balance-response.jsx"))));

    assertThat(balances().query().busNo()).isEqualTo("FLBTEST064");
    assertThat(received(wm, PATH)).hasSize(2);
  }

  @Test
  void query_whenRetried_sendsAFreshReqTimeAndSignature() {
    Fixtures.SteppingClock clock = new Fixtures.SteppingClock(Fixtures.NOW);
    wm.stubFor(post(PATH).inScenario("503").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(post(PATH).inScenario("503").whenScenarioStateIs("up")
        .willReturn(okJson(Fixtures.wireJson("balance-response.jsx"))));

    Fixtures.client(wm).clock(clock).sleeper(d -> clock.advance(java.time.Duration.ofSeconds(1))).build()
        .balances().query();

    List<LoggedRequest> requests = received(wm, PATH);
    assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsExactly(
        "mchId=LEtest067&reqTime=20250311182001&sign=" + md5Upper("mchId=LEtest067&reqTime=20250311182001&key=test-secret"),
        "mchId=LEtest067&reqTime=20250311182002&sign=" + md5Upper("mchId=LEtest067&reqTime=20250311182002&key=test-secret"));
  }

  @Test
  void query_whenAnAmountIsAHugeExponent_throwsTransportException_namingTheField() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"SUCCESS\",\"availableAmount\":1e999999999}")));

    assertThatThrownBy(() -> balances().query())
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("availableAmount");
  }

  @Test
  void query_whenTheAnswerGivesAFieldTwice_throwsTransportException() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"SUCCESS\",\"availableAmount\":1,\"availableAmount\":2}")));

    assertThatThrownBy(() -> balances().query()).isExactlyInstanceOf(TransportException.class);
  }
}
