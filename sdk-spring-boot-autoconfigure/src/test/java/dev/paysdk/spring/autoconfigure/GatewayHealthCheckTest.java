package dev.paysdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.SignatureVerificationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayHealthCheckTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
  private static final List<Balance> BALANCES = List.of(new Balance("INR", Money.zero("INR"), null, null, null));

  @Test
  void aGatewayAnsweringTheBalanceQuery_isUp_withoutAnyAmountInTheDetails() {
    FakeClient c = FakeClient.builder("inr-agentpay").balances(() -> BALANCES).build();
    GatewayHealthCheck.Result r = new GatewayHealthCheck(c, null, Duration.ZERO, CLOCK).check();
    assertThat(r.up()).isTrue();
    assertThat(r.details()).containsEntry("check", "balance.query").containsEntry("currencies", 1)
        .doesNotContainKey("error");
    assertThat(r.details().toString()).doesNotContain("0.00");
  }

  @Test
  void refusedCredentials_areDown_sayingSo() {
    FakeClient c = FakeClient.builder("vexora").balances(() -> {
      throw new AuthenticationException(ErrorContext.of("vexora", "balance.query"), "1001",
          "merchant does not exist", 200);
    }).build();
    GatewayHealthCheck.Result r = new GatewayHealthCheck(c, null, Duration.ZERO, CLOCK).check();
    assertThat(r.up()).isFalse();
    assertThat(r.details()).containsEntry("reason", "the gateway refused the credentials");
  }

  @Test
  void aGatewayWithoutBalances_isUpWhenItAnswersNotFoundForAnOrderThatDoesNotExist() {
    FakeClient c = FakeClient.builder("payout-pen").payouts(l -> {
      throw new OrderNotFoundException(ErrorContext.of("payout-pen", "payout.query", l.merchantOrderNo()), "404",
          "order does not exist", 200);
    }).build();
    assertThat(new GatewayHealthCheck(c, null, Duration.ZERO, CLOCK).check().up()).isTrue();
  }

  @Test
  void aProbeOrderWhoseSignedAnswerDoesNotVerify_isDown() {
    FakeClient ok = FakeClient.builder("hexpay").balances(() -> BALANCES)
        .payIns(l -> PayIn.builder().providerId("hexpay").merchantOrderNo(l.merchantOrderNo())
            .status(PayInStatus.SUCCEEDED).build()).build();
    assertThat(new GatewayHealthCheck(ok, "PROBE-1", Duration.ZERO, CLOCK).check().details())
        .containsEntry("signedAnswer", "verified");

    FakeClient bad = FakeClient.builder("hexpay").balances(() -> BALANCES).payIns(l -> {
      throw new SignatureVerificationException(ErrorContext.of("hexpay", "payIn.query", l.merchantOrderNo()),
          "the answer's signature does not match");
    }).build();
    GatewayHealthCheck.Result r = new GatewayHealthCheck(bad, "PROBE-1", Duration.ZERO, CLOCK).check();
    assertThat(r.up()).isFalse();
    assertThat(r.details()).containsEntry("reason", "a signed answer did not verify with the configured keys")
        .doesNotContainKey("signedAnswer");
  }

  @Test
  void aResult_isReusedWithinItsTimeToLive() {
    FakeClient c = FakeClient.builder("inr-agentpay").balances(() -> BALANCES).build();
    GatewayHealthCheck check = new GatewayHealthCheck(c, null, Duration.ofSeconds(10), CLOCK);
    check.check();
    check.check();
    assertThat(c.calls).hasValue(1);
  }
}
