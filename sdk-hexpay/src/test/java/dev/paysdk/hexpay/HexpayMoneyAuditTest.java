package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Money audit of Hexpay batch payouts and cashier pay-ins: at most 6 decimals, decimal(20,6), never rounded. */
class HexpayMoneyAuditTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();
  private static final String ADDRESS = "TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE";

  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  private final HexpayClient client = TestSupport.client(wm, MERCHANT, PLATFORM).build();

  @BeforeEach
  void stubs() {
    // a valid request is sent; its answer does not matter here, only the body sent
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload")).willReturn(aResponse().withStatus(500)));
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order")).willReturn(aResponse().withStatus(500)));
  }

  private InvalidRequestException rejected(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("rejection before sending").isInstanceOf(InvalidRequestException.class);
    assertThat(wm.getAllServeEvents()).as("requests sent").isEmpty();
    return (InvalidRequestException) t;
  }

  private String sentBody(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("not a validation error").isNotInstanceOf(InvalidRequestException.class);
    return TestSupport.onlyRequest(wm).getBodyAsString();
  }

  private static BatchPayoutRecord record(Money amount) {
    return BatchPayoutRecord.of(ADDRESS, amount, HexpayNetwork.SOLANA);
  }

  private static CashierOrder.Builder order(Money amount) {
    return CashierOrder.builder().merchantOrderNo("o-1").amount(amount).network(HexpayNetwork.SOLANA)
        .merchantUserId("u-1").goods(new Goods("T-shirt", "Blue", "shop"));
  }

  // ---------------------------------------------------------------- batch payouts

  @ParameterizedTest
  @CsvSource({"10.50, 10.5", "100.000000, 100", "1E+3, 1000", "0.000001, 0.000001",
      "99999999999999.999999, 99999999999999.999999"})
  void upload_exactAmounts_sentExactly(String amount, String wire) {
    String body = sentBody(() -> client.batchPayouts().upload(BatchPayoutUpload.of("p",
        List.of(record(Money.of(new BigDecimal(amount), "USDT"))))));
    assertThat(body).contains("\"paymentAmount\":" + wire + ",");
  }

  @Test
  void upload_whenOneInexactRecordHidesAmong10000_rejectsNamingItsIndex() {
    List<BatchPayoutRecord> records = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      records.add(record(Money.of("1.5", i % 2 == 0 ? "USDT" : "USDC")));
    }
    records.add(7_777, record(Money.reported(new BigDecimal("1.1234567"), "USDT")));
    InvalidRequestException e = rejected(() -> client.batchPayouts().upload(BatchPayoutUpload.of("p", records)));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("records[7777].amount");
  }

  @Test
  void upload_badAmounts_eachRejectedNamingTheRecord() {
    List<BatchPayoutRecord> records = List.of(
        record(Money.zero("USDT")),
        record(Money.reported(new BigDecimal("-0.000000"), "USDT")),
        record(Money.reported(new BigDecimal("-1"), "USDC")),
        record(Money.of("100", "USD")),
        record(Money.of("100", "INR")),
        record(Money.of("1E+14", "USDT")),          // 15 integer digits: over decimal(20,6)
        record(Money.of("1e20", "USDT")),
        record(null),
        new BatchPayoutRecord(" ", Money.of("1", "USDT"), null, null, null));
    InvalidRequestException e = rejected(() -> client.batchPayouts().upload(BatchPayoutUpload.of("p", records)));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("records[0].amount", "records[1].amount",
        "records[2].amount", "records[3].amount", "records[4].amount", "records[5].amount", "records[6].amount",
        "records[7].amount", "records[8].recipientAddress", "records[8].network");
  }

  @Test
  void upload_emptyOrNullBatch_rejected_andPurposeBoundAt256() {
    assertThat(rejected(() -> client.batchPayouts().upload(BatchPayoutUpload.of("p", List.of()))).errors())
        .extracting(FieldError::field).containsExactly("records");
    assertThat(rejected(() -> client.batchPayouts().upload(BatchPayoutUpload.of("p", null))).errors())
        .extracting(FieldError::field).containsExactly("records");
    assertThat(rejected(() -> client.batchPayouts().upload(BatchPayoutUpload.of("p".repeat(257),
        List.of(record(Money.of("1", "USDT")))))).errors()).extracting(FieldError::field).containsExactly("purpose");
  }

  @Test
  void upload_10000RecordsOfTheLargestAmount_totalBeyondLong_sentExactly() {
    List<BatchPayoutRecord> records = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      records.add(record(Money.of("99999999999999.999999", "USDT")));
    }
    String body = sentBody(() -> client.batchPayouts().upload(BatchPayoutUpload.of("p", records)));
    assertThat(body.split("\"paymentAmount\":99999999999999.999999,", -1)).hasSize(10_001);
  }

  // ---------------------------------------------------------------- cashier pay-in

  @ParameterizedTest
  @CsvSource({"11, USDC, 11", "10.500000, USDT, 10.5", "1E+3, USDT, 1000", "1000, JPY, 1000", "1.234, KWD, 1.234"})
  void createOrder_exactAmounts_sentExactly(String amount, String currency, String wire) {
    String body = sentBody(() -> client.payIns().createOrder(order(Money.of(new BigDecimal(amount), currency)).build()));
    assertThat(body).contains("\"amount\":" + wire + ",").contains("\"currency\":\"" + currency + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.1234567", "0", "-1", "-0.00", "100000000000000", "1e20"})
  void createOrder_badAmounts_rejectedNamingAmount(String amount) {
    assertThat(rejected(() -> client.payIns().createOrder(order(Money.reported(new BigDecimal(amount), "USDT"))
        .build())).errors()).extracting(FieldError::field).containsExactly("amount");
  }

  @Test
  void create_neutralAmountText_badValuesRejectedUnderAmountFields_goodOneSent() {
    PayInRequest.Builder base = PayInRequest.builder().merchantOrderNo("o-1").customerId("u-1")
        .description("T-shirt").network("Solana");
    assertThat(rejected(() -> client.payIns().create(base.amount("1.1234567", "USDT").build())).errors())
        .extracting(FieldError::field).containsExactly("amount");
    assertThat(rejected(() -> client.payIns().create(base.amount("1", "usdt").build())).errors())
        .extracting(FieldError::field).containsExactly("amount.currency");
    assertThat(rejected(() -> client.payIns().create(base.amount("1", "ABC").build())).errors())
        .extracting(FieldError::field).containsExactly("amount.currency");
    String body = sentBody(() -> client.payIns().create(base.amount("1e2", "USDT").build()));
    assertThat(body).contains("\"amount\":100,");
  }

  @Test
  void createOrder_whenEverythingIsWrong_reportsEveryFieldAtOnce() {
    InvalidRequestException e = rejected(() -> client.payIns().createOrder(CashierOrder.builder()
        .merchantOrderNo("o".repeat(65)).amount(Money.reported(new BigDecimal("1.1234567"), "USDT"))
        .merchantUserId("u".repeat(33)).notifyUrl("ftp://x.example/n").build()));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("merchantOrderNo", "amount", "network",
        "merchantUserId", "goods", "notifyUrl");
  }
}
