package dev.paysdk.agentpay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PayoutStatus;
import org.junit.jupiter.api.Test;

class AgentPayStatusesTest {

  @Test
  void zero_isAccepted() {
    assertThat(AgentPayStatuses.payoutStatus("0")).isEqualTo(PayoutStatus.ACCEPTED);
  }

  @Test
  void one_isProcessing() {
    assertThat(AgentPayStatuses.payoutStatus("1")).isEqualTo(PayoutStatus.PROCESSING);
  }

  @Test
  void two_isSucceeded() {
    assertThat(AgentPayStatuses.payoutStatus("2")).isEqualTo(PayoutStatus.SUCCEEDED);
  }

  @Test
  void three_isFailed() {
    assertThat(AgentPayStatuses.payoutStatus("3")).isEqualTo(PayoutStatus.FAILED);
  }

  @Test
  void surroundingBlanks_areIgnored() {
    assertThat(AgentPayStatuses.payoutStatus(" 2 ")).isEqualTo(PayoutStatus.SUCCEEDED);
  }

  @Test
  void theTable_mapsExactlyTheFourDocumentedCodes() {
    assertThat(AgentPayStatuses.PAYOUT.entries()).containsExactly(java.util.Map.entry("0", PayoutStatus.ACCEPTED),
        java.util.Map.entry("1", PayoutStatus.PROCESSING), java.util.Map.entry("2", PayoutStatus.SUCCEEDED),
        java.util.Map.entry("3", PayoutStatus.FAILED));
  }

  @Test
  void anythingElse_isUnknown() {
    for (String raw : new String[] {"4", "-1", "02", "2.0", "SUCCESS", "", null}) {
      assertThat(AgentPayStatuses.payoutStatus(raw)).as(raw).isEqualTo(PayoutStatus.UNKNOWN);
    }
  }
}
