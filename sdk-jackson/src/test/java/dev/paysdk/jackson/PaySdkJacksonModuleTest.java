package dev.paysdk.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaySdkJacksonModuleTest {
  private final ObjectMapper mapper = JsonMapper.builder().addModule(new PaySdkJacksonModule()).build();

  static Payout fullPayout() {
    return Payout.builder().providerId("inr-agentpay").merchantOrderNo("PO-1").providerOrderNo("Le1")
        .amount(Money.of("100.00", "INR")).fee(Money.reported(new BigDecimal("12.000"), "INR"))
        .status(PayoutStatus.FAILED).rawStatus("3").failureReason("account closed")
        .createdAt(Instant.parse("2026-11-22T06:14:35.123Z")).completedAt(Instant.parse("2026-11-22T06:15:00Z"))
        .rawResponse("{\"code\":0}").build();
  }

  static PayIn fullPayIn() {
    return PayIn.builder().providerId("hexpay").merchantOrderNo("PI-1").providerOrderNo("P179")
        .amount(Money.of("25.50", "USDT")).paidAmount(Money.reported(new BigDecimal("25.500000"), "USDT"))
        .status(PayInStatus.SUCCEEDED).rawStatus("2").checkoutUrl("https://pay.example/c?id=1")
        .createdAt(Instant.parse("2026-11-22T06:14:35Z")).paidAt(Instant.parse("2026-11-22T06:16:00Z"))
        .rawResponse("{}").build();
  }

  @Test
  void money_isWrittenAsAmountStringAndCurrency_keepingItsScale() throws Exception {
    assertThat(mapper.writeValueAsString(Money.of("100.00", "INR"))).isEqualTo("{\"amount\":\"100.00\",\"currency\":\"INR\"}");
    assertThat(mapper.writeValueAsString(Money.of("100", "INR"))).isEqualTo("{\"amount\":\"100\",\"currency\":\"INR\"}");
  }

  @Test
  void money_roundTrips_withScaleSignAndEveryReportedDecimal() throws Exception {
    for (Money m : List.of(Money.of("100.00", "INR"), Money.reported(new BigDecimal("-0.12345678"), "USDC"),
        Money.zero("JPY"), Money.reported(new BigDecimal("1000000000000000000000.01"), "PEN"))) {
      Money back = mapper.readValue(mapper.writeValueAsString(m), Money.class);
      assertThat(back.amount()).isEqualTo(m.amount()); // BigDecimal.equals: scale included
      assertThat(back.amount().scale()).isEqualTo(m.amount().scale());
      assertThat(back.currency()).isEqualTo(m.currency());
    }
  }

  @Test
  void money_readsANumberAmountExactly_asWritten() throws Exception {
    Money m = mapper.readValue("{\"amount\":100.10,\"currency\":\"PEN\"}", Money.class);
    assertThat(m.amount()).isEqualTo(new BigDecimal("100.10"));
  }

  @Test
  void money_withUnknownCurrencyOrNonNumericAmount_isRefusedNamingTheField() {
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1\",\"currency\":\"XXQ\"}", Money.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("unknown currency 'XXQ'");
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"ten\",\"currency\":\"INR\"}", Money.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("money.amount 'ten' is not a decimal number");
    assertThatThrownBy(() -> mapper.readValue("{\"currency\":\"INR\"}", Money.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("money.amount is required");
  }

  @Test
  void money_withAnAbsurdMagnitude_isRefusedBeforeAnyArithmetic() {
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1e100000000\",\"currency\":\"INR\"}", Money.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("more than 30 digits");
  }

  @Test
  void payout_isWrittenWithEveryFieldAsDocumented() throws Exception {
    Map<String, Object> tree = mapper.readValue(mapper.writeValueAsString(fullPayout()), new TypeReference<>() {});
    assertThat(tree).containsExactly(
        Map.entry("providerId", "inr-agentpay"), Map.entry("merchantOrderNo", "PO-1"), Map.entry("providerOrderNo", "Le1"),
        Map.entry("amount", Map.of("amount", "100.00", "currency", "INR")),
        Map.entry("fee", Map.of("amount", "12.000", "currency", "INR")),
        Map.entry("status", "FAILED"), Map.entry("rawStatus", "3"), Map.entry("failureReason", "account closed"),
        Map.entry("createdAt", "2026-11-22T06:14:35.123Z"), Map.entry("completedAt", "2026-11-22T06:15:00Z"),
        Map.entry("rawResponse", "{\"code\":0}"));
  }

  @Test
  void payout_roundTripsLosslessly_fullAndMinimal() throws Exception {
    Payout minimal = Payout.builder().providerId("vexora").status(PayoutStatus.UNKNOWN).build();
    for (Payout p : List.of(fullPayout(), minimal)) {
      Payout back = mapper.readValue(mapper.writeValueAsString(p), Payout.class);
      assertThat(back).usingRecursiveComparison().isEqualTo(p);
    }
    assertThat(mapper.writeValueAsString(minimal)).isEqualTo("{\"providerId\":\"vexora\",\"status\":\"UNKNOWN\"}");
  }

  @Test
  void payIn_roundTripsLosslessly() throws Exception {
    PayIn back = mapper.readValue(mapper.writeValueAsString(fullPayIn()), PayIn.class);
    assertThat(back).usingRecursiveComparison().isEqualTo(fullPayIn());
    assertThat(back.paidAmount().orElseThrow().amount().toString()).isEqualTo("25.500000");
  }

  @Test
  void balances_roundTripAsAList_withTheirOptionalAmounts() throws Exception {
    List<Balance> balances = List.of(
        new Balance("INR", Money.reported(new BigDecimal("1000000.00"), "INR"), Money.zero("INR"), null,
            Money.reported(new BigDecimal("1000000.00"), "INR")),
        new Balance("USDT", Money.reported(new BigDecimal("10000"), "USDT"), null, null, null));
    String json = mapper.writeValueAsString(balances);
    assertThat(json).isEqualTo("[{\"currency\":\"INR\",\"available\":{\"amount\":\"1000000.00\",\"currency\":\"INR\"},"
        + "\"frozen\":{\"amount\":\"0.00\",\"currency\":\"INR\"},\"total\":{\"amount\":\"1000000.00\",\"currency\":\"INR\"}},"
        + "{\"currency\":\"USDT\",\"available\":{\"amount\":\"10000\",\"currency\":\"USDT\"}}]");
    List<Balance> back = mapper.readValue(json, new TypeReference<List<Balance>>() {});
    assertThat(back).usingRecursiveFieldByFieldElementComparator().isEqualTo(balances);
  }

  @Test
  void statuses_areWrittenByName() throws Exception {
    assertThat(mapper.writeValueAsString(PayoutStatus.SUCCEEDED)).isEqualTo("\"SUCCEEDED\"");
    assertThat(mapper.readValue("\"CLOSED\"", PayInStatus.class)).isEqualTo(PayInStatus.CLOSED);
  }

  @Test
  void payout_withAnUnknownStatusOrMissingProvider_isRefusedNamingTheField() {
    assertThatThrownBy(() -> mapper.readValue("{\"providerId\":\"x\",\"status\":\"DONE\"}", Payout.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("payout.status 'DONE' is not one of");
    assertThatThrownBy(() -> mapper.readValue("{\"status\":\"FAILED\"}", Payout.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("payout.providerId is required");
    assertThatThrownBy(() -> mapper.readValue("{\"providerId\":\"x\",\"status\":\"FAILED\",\"createdAt\":\"yesterday\"}",
        Payout.class)).isInstanceOf(DatabindException.class).hasMessageContaining("not an ISO-8601 instant");
  }

  @Test
  void withoutRawResponses_leavesTheGatewayAnswerOut() throws Exception {
    ObjectMapper m = JsonMapper.builder().addModule(PaySdkJacksonModule.withoutRawResponses()).build();
    assertThat(m.writeValueAsString(fullPayout())).doesNotContain("rawResponse").contains("\"failureReason\"");
    assertThat(m.writeValueAsString(fullPayIn())).doesNotContain("rawResponse");
  }

  @Test
  void module_isFoundByServiceLoader() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(PaySdkJacksonModule.class.getName());
    assertThat(found.writeValueAsString(Money.of("1.50", "PEN"))).isEqualTo("{\"amount\":\"1.50\",\"currency\":\"PEN\"}");
  }
}
