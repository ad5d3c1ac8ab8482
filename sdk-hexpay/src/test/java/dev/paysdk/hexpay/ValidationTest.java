package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidationTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();

  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  private final HexpayClient client = TestSupport.client(wm, MERCHANT, PLATFORM).build();

  @AfterEach
  void nothingWasSent() {
    assertThat(wm.getAllServeEvents()).as("requests sent").isEmpty();
  }

  private static List<FieldError> errors(ThrowingCallable call) {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, call);
    assertThat(e).as("InvalidRequestException").isNotNull();
    assertThat(e.getMessage()).contains("nothing was sent");
    return e.errors();
  }

  private static String message(List<FieldError> errors, String field) {
    return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst()
        .orElseThrow(() -> new AssertionError("no error for " + field + " in " + errors));
  }

  private static CashierOrder.Builder validOrder() {
    return CashierOrder.builder().merchantOrderNo("o-1").amount(Money.of("11", "USDC")).network(HexpayNetwork.SOLANA)
        .merchantUserId("u-1").goods(new Goods("T-shirt", "Blue", "shop"));
  }

  @Test
  void createOrder_whenEveryRequiredFieldIsMissing_reportsThemAllAtOnce() {
    List<FieldError> errors = errors(() -> client.payIns().createOrder(CashierOrder.builder().build()));

    assertThat(errors).extracting(FieldError::field)
        .containsExactly("merchantOrderNo", "amount", "network", "merchantUserId", "goods");
    assertThat(errors).allSatisfy(e -> assertThat(e.message()).isEqualTo("is required"));
  }

  @Test
  void createOrder_whenFieldsAreTooLong_reportsEveryDocumentedMaximum() {
    String url = "https://shop.example/" + "a".repeat(236);
    List<FieldError> errors = errors(() -> client.payIns().createOrder(validOrder()
        .merchantOrderNo("o".repeat(65))
        .merchantUserId("u".repeat(33))
        .defaultCurrency("CURRENCY-11")
        .notifyUrl(url)
        .successUrl(url)
        .failUrl(url)
        .clientIp("1".repeat(33))
        .build()));

    assertThat(errors).extracting(FieldError::field).containsExactly("merchantOrderNo", "defaultCurrency",
        "merchantUserId", "notifyUrl", "successUrl", "failUrl", "clientIp");
    assertThat(message(errors, "merchantOrderNo")).isEqualTo("is 65 characters long, at most 64 allowed");
    assertThat(message(errors, "notifyUrl")).isEqualTo("is 257 characters long, at most 256 allowed");
    assertThat(message(errors, "clientIp")).isEqualTo("is 33 characters long, at most 32 allowed");
  }

  @Test
  void createOrder_atTheMaximumLengths_isAccepted() {
    // the document's answer, for the amount asked here (an answer naming another amount is not believed)
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order")).willReturn(okJson(fixture("trade-order-response.json")
        .replace("\"amount\": 11", "\"amount\": 12345678901234.123456").replace("\"currency\": \"USDC\"", "\"currency\": \"USDT\""))));
    String url = "https://shop.example/" + "a".repeat(235);

    client.payIns().createOrder(validOrder().merchantOrderNo("o".repeat(64)).merchantUserId("u".repeat(32))
        .notifyUrl(url).clientIp("1".repeat(32)).amount(Money.of("12345678901234.123456", "USDT")).build());

    assertThat(wm.getAllServeEvents()).hasSize(1);
    wm.resetRequests();
  }

  @Test
  void createOrder_whenAUrlIsNotHttp_rejectsIt() {
    List<FieldError> errors = errors(() -> client.payIns().createOrder(validOrder().notifyUrl("ftp://x/y").build()));

    assertThat(message(errors, "notifyUrl")).contains("not an absolute http or https URL");
  }

  @Test
  void createOrder_whenTheAmountHasMoreThanSixDecimals_rejectsIt() {
    Money amount = Money.reported(new BigDecimal("1.1234567"), "USDT");

    List<FieldError> errors = errors(() -> client.payIns().createOrder(validOrder().amount(amount).build()));

    assertThat(message(errors, "amount")).isEqualTo("1.1234567 USDT has 7 decimals, at most 6 allowed");
  }

  @Test
  void createOrder_whenTheAmountHasMoreThanTwentyDigits_rejectsIt() {
    Money amount = Money.of("123456789012345.5", "USDT");

    List<FieldError> errors = errors(() -> client.payIns().createOrder(validOrder().amount(amount).build()));

    assertThat(message(errors, "amount")).contains("15 digits before the decimal point").contains("at most 20 digits");
  }

  @Test
  void createOrder_whenTheAmountIsZeroOrNegative_rejectsIt() {
    assertThat(message(errors(() -> client.payIns().createOrder(validOrder().amount(Money.zero("USDT")).build())),
        "amount")).isEqualTo("must be positive, is 0.000000");
    assertThat(message(errors(() -> client.payIns().createOrder(validOrder()
        .amount(Money.reported(new BigDecimal("-1"), "USDT")).build())), "amount")).isEqualTo("must be positive, is -1");
  }

  @Test
  void createOrder_onTron_isRejectedAsUnderMaintenance() {
    List<FieldError> errors = errors(() -> client.payIns().createOrder(validOrder().network(HexpayNetwork.TRON).build()));

    assertThat(message(errors, "network")).startsWith("Tron is under maintenance at the gateway")
        .contains("tronNetworkEnabled(true)");
  }

  @Test
  void createOrder_onTron_isSentWhenTheClientOptsIn() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order")).willReturn(okJson(fixture("trade-order-response.json"))));

    TestSupport.client(wm, MERCHANT, PLATFORM).tronNetworkEnabled(true).build()
        .payIns().createOrder(validOrder().network(HexpayNetwork.TRON).build());

    assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).contains("\"network\":\"Tron\"");
    wm.resetRequests();
  }

  @Test
  void createOrder_whenGoodsLackTheirFields_namesEachOne() {
    List<FieldError> errors = errors(() -> client.payIns().createOrder(validOrder().goods(new Goods(null, " ", null))
        .build()));

    assertThat(errors).extracting(FieldError::field).containsExactly("goods.name", "goods.detail", "goods.type");
  }

  @Test
  void create_neutral_namesTheNeutralFields() {
    PayInRequest request = PayInRequest.builder().merchantOrderNo("o-1").amount(Money.of("1", "USDT"))
        .network("Bitcoin").build();

    List<FieldError> errors = errors(() -> client.payIns().create(request));

    assertThat(errors).extracting(FieldError::field).containsExactly("network", "customerId", "description");
    assertThat(message(errors, "network")).isEqualTo("'Bitcoin' is not a network of the gateway "
        + "(Solana, Ethereum, Polygon, Arbitrum, Binance_smart_chain, Tron)");
  }

  @Test
  void create_neutral_withoutNetworkOrAmount_reportsBoth() {
    List<FieldError> errors = errors(() -> client.payIns().create(PayInRequest.builder().merchantOrderNo("o")
        .customerId("c").description("d").build()));

    assertThat(errors).extracting(FieldError::field).containsExactly("network", "amount");
  }

  @Test
  void query_whenNumbersAreTooLong_rejectsThem() {
    List<FieldError> errors = errors(() -> client.payIns().query(new PayInLookup("m".repeat(65), "P".repeat(31))));

    assertThat(errors).extracting(FieldError::field).containsExactly("providerOrderNo", "merchantOrderNo");
  }

  @Test
  void listOrders_whenFiltersAreInvalid_reportsThemAll() {
    List<FieldError> errors = errors(() -> client.payIns().listOrders(OrderListQuery.builder()
        .state(PayInStatus.UNKNOWN).settleState(SettleState.UNKNOWN).page(0).pageSize(0)
        .createdFrom(Instant.parse("2025-09-11T00:00:00Z")).createdTo(Instant.parse("2025-09-10T00:00:00Z"))
        .build()));

    assertThat(errors).extracting(FieldError::field)
        .containsExactly("state", "settleState", "page", "pageSize", "createdFrom");
  }

  @Test
  void list_neutral_namesTheStatusFilter() {
    List<FieldError> errors = errors(() -> client.payIns().list(new PayInQuery(null, null, PayInStatus.UNKNOWN, 0)));

    assertThat(errors).extracting(FieldError::field).containsExactly("status");
  }

  @Test
  void balance_inACurrencyOtherThanUsdtOrUsdc_isRejected() {
    List<FieldError> errors = errors(() -> client.balances().query("EUR"));

    assertThat(message(errors, "currency")).isEqualTo("'EUR' is not a balance currency (USDT or USDC)");
  }

  @Test
  void upload_withoutRecords_isRejected() {
    List<FieldError> errors = errors(() -> client.batchPayouts().upload(BatchPayoutUpload.of("p", List.of())));

    assertThat(message(errors, "records")).isEqualTo("a batch needs at least one record");
  }

  @Test
  void upload_reportsEachRecordsErrorsWithItsIndex() {
    List<BatchPayoutRecord> records = List.of(
        BatchPayoutRecord.of("T1", Money.of("1", "USDT"), HexpayNetwork.SOLANA),
        BatchPayoutRecord.of(null, Money.of("1", "EUR"), null),
        BatchPayoutRecord.of("T3", Money.reported(new BigDecimal("0.0000001"), "USDC"), HexpayNetwork.TRON),
        BatchPayoutRecord.of("T4", Money.zero("USDT"), HexpayNetwork.POLYGON));

    List<FieldError> errors = errors(() -> client.batchPayouts().upload(
        BatchPayoutUpload.of("x".repeat(257), records)));

    assertThat(errors).extracting(FieldError::field).containsExactly(
        "records[1].recipientAddress", "records[1].amount", "records[1].network",
        "records[2].amount", "records[2].network",
        "records[3].amount",
        "purpose");
    assertThat(message(errors, "records[1].amount")).isEqualTo("currency EUR cannot be paid out (USDT or USDC)");
    assertThat(message(errors, "records[2].amount")).contains("7 decimals");
    assertThat(message(errors, "records[2].network")).startsWith("Tron is under maintenance");
    assertThat(message(errors, "records[3].amount")).startsWith("must be positive");
    assertThat(message(errors, "purpose")).isEqualTo("is 257 characters long, at most 256 allowed");
  }

  @Test
  void upload_withANullRecord_reportsItByIndexWithTheOtherErrors() {
    List<BatchPayoutRecord> records = new java.util.ArrayList<>();
    records.add(BatchPayoutRecord.of("T1", Money.of("1", "USDT"), HexpayNetwork.SOLANA));
    records.add(null);
    records.add(BatchPayoutRecord.of("T3", Money.of("1", "EUR"), HexpayNetwork.SOLANA));

    List<FieldError> errors = errors(() -> client.batchPayouts().upload(BatchPayoutUpload.of("p", records)));

    assertThat(errors).extracting(FieldError::field).containsExactly("records[1]", "records[2].amount");
    assertThat(message(errors, "records[1]")).isEqualTo("is null");
  }

  @Test
  void upload_onTron_isSentWhenTheClientOptsIn() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload"))
        .willReturn(okJson(fixture("batch-upload-response.json"))));

    TestSupport.client(wm, MERCHANT, PLATFORM).tronNetworkEnabled(true).build().batchPayouts()
        .upload(BatchPayoutUpload.of("p", List.of(BatchPayoutRecord.of("T1", Money.of("10.5", "USDT"), HexpayNetwork.TRON),
            BatchPayoutRecord.of("T2", Money.of("20.3", "USDC"), HexpayNetwork.TRON))));

    assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).contains("\"networkType\":\"Tron\"");
    wm.resetRequests();
  }

  @Test
  void batchQueryAndCancel_withoutOrWithATooLongBatchNumber_areRejected() {
    // as every gateway's lookup: null is a NullPointerException, blank an IllegalArgumentException
    assertThatThrownBy(() -> client.batchPayouts().query(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("batchNo == null");
    assertThatThrownBy(() -> client.batchPayouts().cancel(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(message(errors(() -> client.batchPayouts().cancel("B".repeat(65))), "batchNo"))
        .isEqualTo("is 65 characters long, at most 64 allowed");
  }
}
