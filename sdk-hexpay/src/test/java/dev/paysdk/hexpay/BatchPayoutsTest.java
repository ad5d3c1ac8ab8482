package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.paysdk.hexpay.TestSupport.assertSameFieldsIgnoringSign;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static dev.paysdk.hexpay.TestSupport.onlyRequest;
import static dev.paysdk.hexpay.TestSupport.rsaSign;
import static dev.paysdk.hexpay.TestSupport.rsaVerifies;
import static dev.paysdk.hexpay.TestSupport.signOf;
import static dev.paysdk.hexpay.TestSupport.withSignAdded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchPayoutsTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();
  private static final KeyPair OTHER = TestSupport.rsaKeyPair();
  private static final String RECORDS = "[{\"recipientAddress\":\"TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE\","
      + "\"paymentAmount\":10.5,\"paymentCurrency\":\"USDT\",\"networkType\":\"Binance_smart_chain\","
      + "\"remarks\":\"Payout remark 1\",\"addressTag\":\"tag1\"},"
      + "{\"recipientAddress\":\"TSNEZdKsoDHQMeZwihtdoBiN46zP8ulvDE\",\"paymentAmount\":20.3,"
      + "\"paymentCurrency\":\"USDC\",\"networkType\":\"Binance_smart_chain\",\"remarks\":\"Payout remark 2\","
      + "\"addressTag\":\"tag2\"}]";

  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  private HexpayClient client() {
    return TestSupport.client(wm, MERCHANT, PLATFORM).build();
  }

  private static BatchPayoutUpload documentSampleUpload() {
    return BatchPayoutUpload.of("Batch payout test", List.of(
        new BatchPayoutRecord("TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE", Money.of("10.50", "USDT"),
            HexpayNetwork.BINANCE_SMART_CHAIN, "Payout remark 1", "tag1"),
        new BatchPayoutRecord("TSNEZdKsoDHQMeZwihtdoBiN46zP8ulvDE", Money.of("20.30", "USDC"),
            HexpayNetwork.BINANCE_SMART_CHAIN, "Payout remark 2", "tag2")));
  }

  @Test
  void upload_withTheDocumentSample_signsTheRecordsAsTheCompactJsonSentAndReadsTheShortfall() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload"))
        .willReturn(okJson(fixture("batch-upload-response.json"))));

    BatchUploadResult result = client().batchPayouts().upload(documentSampleUpload());

    String canonical = "appId=68760330a2cf0af37c52a073&mchNo=M1752564528&purpose=Batch payout test"
        + "&records=" + RECORDS + "&signType=RSA2&version=v1.0&";
    String body = onlyRequest(wm).getBodyAsString();
    assertThat(body).isEqualTo("{\"mchNo\":\"M1752564528\",\"appId\":\"68760330a2cf0af37c52a073\","
        + "\"records\":" + RECORDS + ",\"purpose\":\"Batch payout test\",\"signType\":\"RSA2\",\"version\":\"v1.0\","
        + "\"sign\":\"" + rsaSign(MERCHANT.getPrivate(), canonical) + "\"}");
    assertThat(rsaVerifies(MERCHANT.getPublic(), canonical, signOf(body))).isTrue();
    assertSameFieldsIgnoringSign(body, fixture("batch-upload-request.json"));

    assertThat(result.batchNo()).isEqualTo("BP20250905123456789");
    assertThat(result.totalCount()).isEqualTo(2);
    assertThat(result.totalAmounts()).containsExactly(Money.of("10.50", "USDT"), Money.of("20.30", "USDC"));
    assertThat(result.applyTime()).isEqualTo(Instant.parse("2025-09-05T14:30:25Z"));
    assertThat(result.checkErrors()).isEmpty();
    assertThat(result.balanceChecks()).hasSize(1);
    BalanceCheck check = result.balanceChecks().get(0);
    assertThat(check.currency()).isEqualTo("USDT");
    assertThat(check.paymentAmount()).isEqualTo(Money.of("10.50", "USDT"));
    assertThat(check.fee()).isEqualTo(Money.of("0.50", "USDT"));
    assertThat(check.total()).isEqualTo(Money.of("11.00", "USDT"));
    assertThat(check.available()).isEqualTo(Money.of("5.00", "USDT"));
    assertThat(check.satisfied()).isFalse();
    assertThat(check.rawSatisfied()).isZero();
    assertThat(check.validCount()).isEqualTo(1);
    assertThat(check.errorCount()).isZero();
    assertThat(check.shortfall()).isEqualTo(Money.of("6", "USDT"));
    assertThat(result.shortfalls()).containsExactly(check);
    assertThat(result.balanceSufficient()).isFalse();
    assertThat(result.runnable()).isFalse();
  }

  @Test
  void upload_readsEachValidationErrorWithItsRecordIndex() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload")).willReturn(okJson("{\"code\":0,\"data\":{"
        + "\"batchNo\":\"BP1\",\"totalCount\":2,\"totalAmount\":[],\"applyTime\":\"2025-09-05 14:30:25\","
        + "\"checkErrorList\":[{\"rowIndex\":1,\"recipientAddress\":\"bad\",\"errorMsg\":\"地址格式错误\"},"
        + "\"record 2: amount too small\"],\"checkBalanceList\":[]},\"msg\":\"SUCCESS\"}")));

    BatchUploadResult result = client().batchPayouts().upload(documentSampleUpload());

    assertThat(result.checkErrors()).hasSize(2);
    BatchCheckError first = result.checkErrors().get(0);
    assertThat(first.index()).isEqualTo(1);
    assertThat(first.recipientAddress()).isEqualTo("bad");
    assertThat(first.message()).isEqualTo("地址格式错误");
    assertThat(first.fields()).containsEntry("errorMsg", "地址格式错误");
    assertThat(result.checkErrors().get(1).message()).isEqualTo("record 2: amount too small");
    assertThat(result.balanceSufficient()).isTrue();
    assertThat(result.runnable()).isFalse();
  }

  @Test
  void upload_whenTheGatewayAnswers500_throwsOutcomeUnknownSayingHowToFindTheBatchAndNeverResends() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload")).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> client().batchPayouts().upload(documentSampleUpload()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("[hexpay] batch.upload")
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("purpose 'Batch payout test'")
        .hasMessageContaining("merchant back office")
        .hasMessageContaining("frozen balance")
        .hasMessageContaining("do not resend")
        .satisfies(e -> assertThat(((OutcomeUnknownException) e).httpStatus()).hasValue(500));
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void upload_whenTheConnectionDropsWithoutPurpose_saysToUseAUniquePurposeNextTime() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    BatchPayoutUpload upload = new BatchPayoutUpload(documentSampleUpload().records(), null);

    assertThatThrownBy(() -> client().batchPayouts().upload(upload))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("put a unique reference in purpose");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void upload_whenTheGatewayAnswersASystemError_throwsOutcomeUnknownNotARefusal() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload"))
        .willReturn(okJson("{\"code\":10,\"msg\":\"系统异常[timeout]\"}")));

    assertThatThrownBy(() -> client().batchPayouts().upload(documentSampleUpload()))
        .isInstanceOf(OutcomeUnknownException.class)
        .isNotInstanceOf(ProviderException.class)
        .hasMessageContaining("code 10")
        .hasMessageContaining("系统异常[timeout]")
        .hasMessageContaining("purpose 'Batch payout test'")
        .hasMessageContaining("do not resend");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void upload_whenAnErrorNamesARecipientAddress_itsToStringMasksIt() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload")).willReturn(okJson("{\"code\":0,\"data\":{"
        + "\"batchNo\":\"BP1\",\"totalCount\":2,\"totalAmount\":[],\"checkErrorList\":[{\"rowIndex\":0,"
        + "\"recipientAddress\":\"TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE\","
        + "\"errorMsg\":\"address TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE is invalid\"}],\"checkBalanceList\":[]},"
        + "\"msg\":\"SUCCESS\"}")));

    BatchUploadResult result = client().batchPayouts().upload(documentSampleUpload());

    BatchCheckError error = result.checkErrors().get(0);
    assertThat(error.recipientAddress()).isEqualTo("TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE");
    assertThat(error.toString())
        .isEqualTo("BatchCheckError[index=0, recipientAddress=********lvDE, message=address ********lvDE is invalid]");
    assertThat(result.toString()).doesNotContain("TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE");
  }

  @Test
  void upload_whenA2xxAnswerCannotBeRead_throwsOutcomeUnknown() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload"))
        .willReturn(okJson("{\"code\":0,\"data\":{\"batchNo\":\"BP1\",\"totalAmount\":{}}}")));

    assertThatThrownBy(() -> client().batchPayouts().upload(documentSampleUpload()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("purpose 'Batch payout test'");
  }

  @Test
  void upload_whenTheAnswersSignatureDoesNotVerify_throwsOutcomeUnknownWithTheRecoveryAndTheSignatureFailure() {
    String forged = rsaSign(OTHER.getPrivate(), "batchNo=BP20250905123456789&");
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload"))
        .willReturn(okJson(withSignAdded(fixture("batch-upload-response.json"), forged))));

    assertThatThrownBy(() -> client().batchPayouts().upload(documentSampleUpload()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("[hexpay] batch.upload")
        .hasMessageContaining("the answer's signature did not verify")
        .hasMessageContaining("the request may have been executed")
        .hasMessageContaining("purpose 'Batch payout test'")
        .hasMessageContaining("merchant back office")
        .hasMessageContaining("frozen balance")
        .hasMessageContaining("do not resend")
        .hasMessageNotContaining(forged)
        .hasCauseInstanceOf(SignatureVerificationException.class);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void upload_withoutPurpose_whenTheAnswerIsMd5SignedWithoutAnAppSecret_saysToUseAUniquePurposeNextTime() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload")).willReturn(okJson(
        withSignAdded(fixture("batch-upload-response.json"), "54F8ADD6BD9BC8867DCB319329F587FE"))));
    BatchPayoutUpload upload = new BatchPayoutUpload(documentSampleUpload().records(), null);

    assertThatThrownBy(() -> client().batchPayouts().upload(upload))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("appSecret(...)")
        .hasMessageContaining("put a unique reference in purpose")
        .hasCauseInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void upload_whenABalanceCheckReportsOnlyItsCurrency_readsTheCurrencyAndNoShortfall() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload")).willReturn(okJson("{\"code\":0,\"data\":{"
        + "\"batchNo\":\"BP1\",\"totalCount\":2,\"totalAmount\":[],\"checkErrorList\":[],"
        + "\"checkBalanceList\":[{\"paymentCurrency\":\"USDT\",\"isSatisfy\":0}]},\"msg\":\"SUCCESS\"}")));

    BatchUploadResult result = client().batchPayouts().upload(documentSampleUpload());

    BalanceCheck check = result.balanceChecks().get(0);
    assertThat(check.currency()).isEqualTo("USDT");
    assertThat(check.total()).isNull();
    assertThat(check.paymentAmount()).isNull();
    assertThat(check.satisfied()).isFalse();
    assertThat(check.shortfall()).isEqualTo(Money.zero("USDT"));
    assertThat(result.balanceSufficient()).isFalse();
  }

  @Test
  void upload_whenTheAnswersSignatureVerifies_acceptsIt() {
    String data = fixture("batch-upload-response.json");
    data = data.substring(data.indexOf("\"data\": ") + 8, data.indexOf(",\n\"msg\""));
    String canonical = "code=0&data=" + data + "&msg=SUCCESS&";
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload")).willReturn(okJson(
        withSignAdded(fixture("batch-upload-response.json"), rsaSign(PLATFORM.getPrivate(), canonical)))));

    BatchUploadResult result = TestSupport.client(wm, MERCHANT, PLATFORM)
        .responseSignatureScope(ResponseSignatureScope.ENVELOPE_FIELDS).build()
        .batchPayouts().upload(documentSampleUpload());

    assertThat(result.batchNo()).isEqualTo("BP20250905123456789");
  }

  @Test
  void upload_whenRefused_throwsProviderExceptionNothingCreated() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/upload"))
        .willReturn(okJson("{\"code\":9999,\"msg\":\"批量代付未开通\"}")));

    assertThatThrownBy(() -> client().batchPayouts().upload(documentSampleUpload()))
        .isExactlyInstanceOf(ProviderException.class)
        .hasMessageContaining("批量代付未开通");
  }

  @Test
  void query_withTheDocumentSample_sendsTheSignedBodyAndReadsEveryRecord() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/query"))
        .willReturn(okJson(fixture("batch-query-response.json"))));

    BatchPayoutDetail detail = client().batchPayouts().query("BP20250905123456789");

    String canonical = "appId=68760330a2cf0af37c52a073&batchNo=BP20250905123456789&mchNo=M1752564528"
        + "&signType=RSA2&version=v1.0&";
    String body = onlyRequest(wm).getBodyAsString();
    assertThat(body).isEqualTo("{\"mchNo\":\"M1752564528\",\"appId\":\"68760330a2cf0af37c52a073\","
        + "\"batchNo\":\"BP20250905123456789\",\"signType\":\"RSA2\",\"version\":\"v1.0\",\"sign\":\""
        + rsaSign(MERCHANT.getPrivate(), canonical) + "\"}");
    assertSameFieldsIgnoringSign(body, fixture("batch-query-request.json"));

    assertThat(detail.batchNo()).isEqualTo("BP20250905123456789");
    assertThat(detail.merchantNo()).isEqualTo("M1752564528");
    assertThat(detail.merchantName()).isEqualTo("Test Merchant");
    assertThat(detail.auditStatus()).isEqualTo(BatchAuditStatus.EXECUTING);
    assertThat(detail.rawAuditStatus()).isEqualTo(1);
    assertThat(detail.totalCount()).isEqualTo(2);
    assertThat(detail.successCount()).isEqualTo(1);
    assertThat(detail.failCount()).isZero();
    assertThat(detail.processingCount()).isEqualTo(1);
    assertThat(detail.waitCount()).isZero();
    assertThat(detail.totalAmount()).isEqualByComparingTo("30.80");
    assertThat(detail.applyTime()).isEqualTo(Instant.parse("2025-09-05T14:30:25Z"));
    assertThat(detail.auditTime()).isEqualTo(Instant.parse("2025-09-05T14:35:10Z"));
    assertThat(detail.executeTime()).isEqualTo(Instant.parse("2025-09-05T14:35:15Z"));
    assertThat(detail.purpose()).isEqualTo("Batch payout test");
    assertThat(detail.rejectReason()).isNull();
    assertThat(detail.auditOpinion()).isEqualTo("Approved");
    assertThat(detail.records()).hasSize(2);
    BatchPayoutRecordDetail paid = detail.records().get(0);
    assertThat(paid.id()).isEqualTo(1001L);
    assertThat(paid.recipientAddress()).isEqualTo("TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE");
    assertThat(paid.amount()).isEqualTo(Money.of("10.50", "USDT"));
    assertThat(paid.network()).isNull();
    assertThat(paid.fee()).isEqualTo(Money.of("0.50", "USDT"));
    assertThat(paid.remarks()).isEqualTo("Payout remark 1");
    assertThat(paid.addressTag()).isEqualTo("tag1");
    assertThat(paid.status()).isEqualTo(BatchRecordStatus.SUCCEEDED);
    assertThat(paid.rawStatus()).isEqualTo(2);
    assertThat(paid.failReason()).isNull();
    assertThat(paid.txHash()).isEqualTo("0x1234567890abcdef1234567890abcdef12345678");
    assertThat(paid.processedAt()).isEqualTo(Instant.parse("2025-09-05T14:40:20Z"));
    assertThat(paid.createdAt()).isEqualTo(Instant.parse("2025-09-05T14:30:25Z"));
    BatchPayoutRecordDetail pending = detail.records().get(1);
    assertThat(pending.network()).isEqualTo("Binance_smart_chain");
    assertThat(pending.amount()).isEqualTo(Money.of("20.30", "USDC"));
    assertThat(pending.fee()).isEqualTo(Money.reported(new BigDecimal("1.00"), "USDC"));
    assertThat(pending.status()).isEqualTo(BatchRecordStatus.PROCESSING);
    assertThat(pending.txHash()).isNull();
    assertThat(pending.processedAt()).isNull();
  }

  @Test
  void query_whenTheGatewaySaysTheBatchDoesNotExist_throwsOrderNotFoundException() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/query"))
        .willReturn(okJson("{\"code\":9999,\"msg\":\"批次不存在\"}")));

    assertThatThrownBy(() -> client().batchPayouts().query("BP0")).isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void cancel_withTheDocumentSample_sendsTheSignedBodyAndReadsTheCancelledBatch() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/cancel"))
        .willReturn(okJson(fixture("batch-cancel-response.json"))));

    BatchCancelResult result = client().batchPayouts().cancel("BP20250905123456789");

    String canonical = "appId=68760330a2cf0af37c52a073&batchNo=BP20250905123456789&mchNo=M1752564528"
        + "&signType=RSA2&version=v1.0&";
    String body = onlyRequest(wm).getBodyAsString();
    assertThat(body).isEqualTo("{\"mchNo\":\"M1752564528\",\"appId\":\"68760330a2cf0af37c52a073\","
        + "\"batchNo\":\"BP20250905123456789\",\"signType\":\"RSA2\",\"version\":\"v1.0\",\"sign\":\""
        + rsaSign(MERCHANT.getPrivate(), canonical) + "\"}");
    assertSameFieldsIgnoringSign(body, fixture("batch-cancel-request.json"));

    assertThat(result.id()).isEqualTo(1001L);
    assertThat(result.batchNo()).isEqualTo("BP20250905123456789");
    assertThat(result.merchantNo()).isEqualTo("M1752564528");
    assertThat(result.merchantName()).isEqualTo("Test Merchant");
    assertThat(result.totalCount()).isEqualTo(2);
    assertThat(result.totalAmount()).isEqualByComparingTo("30.80");
    assertThat(result.status()).isEqualTo(BatchAuditStatus.CANCELLED);
    assertThat(result.rawStatus()).isEqualTo(5);
    assertThat(result.auditUserId()).isNull();
    assertThat(result.auditUserName()).isNull();
    assertThat(result.auditTime()).isNull();
    assertThat(result.remarks()).isNull();
    assertThat(result.purpose()).isEqualTo("Batch payout test");
    assertThat(result.executeTime()).isNull();
    assertThat(result.successCount()).isZero();
    assertThat(result.failCount()).isZero();
    assertThat(result.executingCount()).isZero();
    assertThat(result.createdAt()).isEqualTo(Instant.parse("2025-09-05T14:30:25Z"));
    assertThat(result.updatedAt()).isEqualTo(Instant.parse("2025-09-05T15:20:15Z"));
  }

  @Test
  void cancel_whenTheAnswersSignatureDoesNotVerify_throwsOutcomeUnknownCausedBySignatureFailure() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/cancel")).willReturn(okJson(
        withSignAdded(fixture("batch-cancel-response.json"), rsaSign(OTHER.getPrivate(), "status=5&")))));

    assertThatThrownBy(() -> client().batchPayouts().cancel("BP20250905123456789"))
        .isInstanceOf(OutcomeUnknownException.class)
        .isNotInstanceOf(BatchCancelRefusedException.class)
        .hasMessageContaining("the answer's signature did not verify")
        .hasMessageContaining("query batch BP20250905123456789 to see whether it was cancelled")
        .hasMessageContaining("do not resend")
        .hasCauseInstanceOf(SignatureVerificationException.class);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void cancel_resultsToString_leavesOutTheAuditorsNameAndFreeText() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/cancel")).willReturn(okJson(
        fixture("batch-cancel-response.json")
            .replace("\"auditUserId\": null", "\"auditUserId\": 77")
            .replace("\"auditUserName\": null", "\"auditUserName\": \"Li Wei\"")
            .replace("\"remarks\": null", "\"remarks\": \"call Li Wei on 13800138000\"")
            .replace("\"auditOpinion\": null", "\"auditOpinion\": \"Li Wei: cancelled on request\""))));

    BatchCancelResult result = client().batchPayouts().cancel("BP20250905123456789");

    assertThat(result.auditUserName()).isEqualTo("Li Wei");
    assertThat(result.toString())
        .doesNotContain("Li Wei")
        .doesNotContain("13800138000")
        .doesNotContain("Test Merchant")
        .startsWith("BatchCancelResult[id=1001, batchNo=BP20250905123456789, merchantNo=M1752564528, totalCount=2, "
            + "totalAmount=30.80, status=CANCELLED (5), auditUserId=77,")
        .contains("purpose=Batch payout test");
  }

  @Test
  void cancel_whenTheBatchIsNoLongerPendingReview_throwsARefusalThatSaysSo() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/cancel"))
        .willReturn(okJson("{\"code\":9999,\"msg\":\"当前状态不允许撤销\"}")));

    assertThatThrownBy(() -> client().batchPayouts().cancel("BP20250905123456789"))
        .isInstanceOf(BatchCancelRefusedException.class)
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("code 9999")
        .hasMessageContaining("当前状态不允许撤销")
        .hasMessageContaining("only a batch pending review (audit status 0) can be cancelled")
        .satisfies(e -> assertThat(((BatchCancelRefusedException) e).batchNo()).isEqualTo("BP20250905123456789"));
  }

  @Test
  void cancel_whenTheGatewayAnswersASystemError_throwsOutcomeUnknownNotARefusal() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/cancel"))
        .willReturn(okJson("{\"code\":12,\"msg\":\"数据库服务异常\"}")));

    assertThatThrownBy(() -> client().batchPayouts().cancel("BP20250905123456789"))
        .isInstanceOf(OutcomeUnknownException.class)
        .isNotInstanceOf(BatchCancelRefusedException.class)
        .hasMessageContaining("code 12")
        .hasMessageContaining("query batch BP20250905123456789");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void cancel_whenTheAnswerIsLost_throwsOutcomeUnknownAndNeverResends() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/batchPayment/cancel")).willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> client().batchPayouts().cancel("BP20250905123456789"))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("query batch BP20250905123456789 to see whether it was cancelled");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
