package dev.paysdk.vexora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.paysdk.vexora.VexoraDisburseTest.answer;
import static dev.paysdk.vexora.VexoraTestSupport.MERCHANT_NO;
import static dev.paysdk.vexora.VexoraTestSupport.client;
import static dev.paysdk.vexora.VexoraTestSupport.md5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.vexora.VexoraTestSupport.RecordingSleeper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VexoraBalanceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String PATH = "/indonesia/v1/vexora/queryBalance";

  private VexoraClient vexora;

  @BeforeEach
  void setUp() {
    vexora = client(wm.baseUrl() + "/indonesia", new RecordingSleeper()).build();
  }

  private static void stub(String body) {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static Money idr(String amount) {
    return Money.reported(new BigDecimal(amount), "IDR");
  }

  @Test
  void query_sendsMerchantHeaderAndSignedTimestamp_andReadsNumbers() {
    stub(answer("0000", "success", "{\"availableAmount\":1250000.50,\"freezeAmount\":0,\"unsettledAmount\":30000}"));

    VexoraBalance b = vexora.balances().query();

    String sign = md5("timestamp=1719876543210test-secret");
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("merchantNo", equalTo(MERCHANT_NO))
        .withRequestBody(equalTo("{\"timestamp\":\"1719876543210\",\"sign\":\"" + sign + "\"}")));
    assertThat(b.available()).isEqualTo(idr("1250000.50"));
    assertThat(b.available().amount().toPlainString()).isEqualTo("1250000.50");
    assertThat(b.frozen()).isEqualTo(idr("0"));
    assertThat(b.unsettled()).isEqualTo(idr("30000"));
    assertThat(b.reply().code()).isEqualTo("0000");
  }

  @Test
  void query_readsAmountsSentAsStrings() {
    stub(answer("0000", "success", "{\"availableAmount\":\"1250000.50\",\"freezeAmount\":\"100.00\",\"unsettledAmount\":\"0.00\"}"));

    VexoraBalance b = vexora.balances().query();

    assertThat(b.available()).isEqualTo(idr("1250000.50"));
    assertThat(b.frozenAmount()).contains(idr("100"));
    assertThat(b.unsettledAmount()).contains(idr("0"));
  }

  @Test
  void query_whenOnlyAvailableIsSent_leavesTheOthersAbsent() {
    stub(answer("0000", "success", "{\"availableAmount\":\"500\"}"));

    VexoraBalance b = vexora.balances().query();

    assertThat(b.frozenAmount()).isEmpty();
    assertThat(b.unsettledAmount()).isEmpty();
  }

  @Test
  void list_givesOneNeutralBalanceInTheClientCurrency() {
    stub(answer("0000", "success", "{\"availableAmount\":1000,\"freezeAmount\":\"20\",\"unsettledAmount\":\"30\"}"));

    List<Balance> balances = vexora.balances().list();

    assertThat(balances).containsExactly(new Balance("IDR", idr("1000"), idr("20"), idr("30"), null));
  }

  @Test
  void query_whenCode8000_isProviderException() {
    stub(answer("8000", "Sign error", "null"));

    assertThatThrownBy(() -> vexora.balances().query()).isInstanceOf(ProviderException.class)
        .hasMessageContaining("8000").hasMessageContaining("Sign error");
  }

  @Test
  void query_whenAFrontGivesUpWithAnUnreadable408Or499_isTransportException_butAnUnreadable400IsARefusal() {
    for (int status : new int[] {408, 425, 499}) {
      wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status).withBody("<html>gave up</html>")));
      assertThatThrownBy(() -> vexora.balances().query()).as("HTTP %d", status)
          .isExactlyInstanceOf(TransportException.class);
    }
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400).withBody("<html>bad request</html>")));
    assertThatThrownBy(() -> vexora.balances().query()).isInstanceOf(ProviderException.class);
  }

  @Test
  void query_whenCode5000_isTransportException() {
    stub(answer("5000", "System error", "null"));

    assertThatThrownBy(() -> vexora.balances().query()).isInstanceOf(TransportException.class);
  }

  @Test
  void query_whenAvailableIsNotANumber_isTransportException() {
    stub(answer("0000", "success", "{\"availableAmount\":\"n/a\"}"));

    assertThatThrownBy(() -> vexora.balances().query()).isInstanceOf(TransportException.class)
        .hasMessageContaining("availableAmount");
  }

  @Test
  void query_retriedAfterHttp503_sendsEachAttemptWithAFreshTimestampAndSignature() {
    wm.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ready"));
    wm.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("ready")
        .willReturn(aResponse().withBody(answer("0000", "success", "{\"availableAmount\":\"500\"}"))));
    AtomicLong ticks = new AtomicLong(VexoraTestSupport.TIMESTAMP);
    Clock ticking = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochMilli(ticks.addAndGet(1000));
      }
    };
    VexoraClient client = client(wm.baseUrl() + "/indonesia", new RecordingSleeper()).clock(ticking).build();

    assertThat(client.balances().query().available()).isEqualTo(idr("500"));

    List<Map<String, String>> sent = wm.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
        .map(r -> RawJson.object(r.getBodyAsString())).toList();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).get("timestamp")).isNotEqualTo(sent.get(0).get("timestamp"));
    assertThat(sent.get(1).get("sign")).isNotEqualTo(sent.get(0).get("sign"));
    for (Map<String, String> body : sent) {
      assertThat(body.get("sign")).isEqualTo(md5("timestamp=" + body.get("timestamp") + "test-secret"));
    }
  }

  @Test
  void query_whenTheAnswerIsUnsigned_isNotBelievedByDefault() {
    stub(VexoraDisburseTest.unsignedAnswer("0000", "success", "{\"availableAmount\":\"500\"}"));

    assertThatThrownBy(() -> vexora.balances().query()).isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("no signature");
  }

  @Test
  void query_whenSignedAnswersAreNotRequired_readsAnUnsignedAnswer() {
    VexoraClient lenient = client(wm.baseUrl() + "/indonesia", new RecordingSleeper()).requireSignedResponses(false)
        .build();
    stub(VexoraDisburseTest.unsignedAnswer("0000", "success", "{\"availableAmount\":\"500\"}"));

    assertThat(lenient.balances().query().available()).isEqualTo(idr("500"));
  }

  @Test
  void query_whenAnAmountIsAnAbsurdNumber_failsAtOnceAsAnUnreadableAnswer() {
    stub(answer("0000", "success", "{\"availableAmount\":1e999999999}"));

    long start = System.nanoTime();
    assertThatThrownBy(() -> vexora.balances().query()).isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("availableAmount");
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void query_whenCode8000SaysTheSignatureIsWrong_isAnAuthenticationFailure() {
    stub(answer("8000", "signature verification failed", "null"));

    assertThatThrownBy(() -> vexora.balances().query()).isInstanceOf(AuthenticationException.class);
  }
}
