package dev.paysdk.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.RetryPolicy;
import dev.paysdk.core.sign.Canonicalizer;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.GatewaySimulator;
import dev.paysdk.testkit.ReceivedRequest;
import dev.paysdk.testkit.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scenario matrix every gateway module must pass, written once: each gateway module's tests
 * extend it with a small adapter (build a client, make its money-moving call, count what the
 * simulator stored, reconcile). A new row here runs for all four gateways at once.
 *
 * <p>Rows: the happy path; the webhook and its duplicates; a reused reference; a short balance;
 * connection reset before and after the gateway stored the request, with reconciliation; HTTP 5xx;
 * a malformed body; a wrong answer signature; a front's HTML 408 after the gateway stored the
 * request and its HTML 404 before; forged re-splits of a genuine webhook that sign the same;
 * hostile numbers inside a genuine answer; a desynchronised and a stale keep-alive connection
 * (through {@link MisbehavingProxy}). In every row, a money-moving request reaches the gateway at
 * most once, and nothing ends in an exception that is not a {@link PaymentException}.
 *
 * @param <S> the gateway's simulator
 */
public abstract class GatewayConformance<S extends GatewaySimulator> {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** The simulator of this test. */
  protected S sim;
  private WebhookReceiver receiver;

  /** Starts the gateway's simulator with timings fit for tests. */
  protected abstract S startSimulator();

  /**
   * A client of the gateway at {@code baseUrl} (the simulator's or a proxy's) with these HTTP
   * options and reconciliation timing.
   */
  protected abstract PaymentClient client(S sim, String baseUrl, HttpOptions http, Reconciler reconciler);

  /** The simulator's fault key of the money-moving call. */
  protected abstract String moneyMovingOperation();

  /**
   * Makes the gateway's money-moving call (a payout, or a pay-in order) under {@code reference}, its
   * merchant order number, with webhooks to {@code notifyUrl}.
   */
  protected abstract void sendMoneyMoving(PaymentClient client, String reference, String notifyUrl);

  /** How many orders the simulator holds under {@code reference}. */
  protected abstract int storedAtGateway(String reference);

  /**
   * Reconciles {@code reference}: true when the gateway has the order, false when it says it does
   * not exist.
   *
   * @throws OutcomeUnknownException when it could not tell
   */
  protected abstract boolean reconcileFinds(PaymentClient client, String reference);

  /** Moves the order to a final state at the simulator, so that it sends its webhook. */
  protected abstract void completeAtGateway(String reference);

  /** The canonical form of the gateway's webhook signatures. */
  protected abstract Canonicalizer webhookCanonicalizer();

  /** True when the gateway's webhook rule is rule C (pairs, no separator). */
  protected boolean webhookRuleIsPairs() {
    return false;
  }

  /** Makes the next money-moving call fail for a short balance; skips the row when there is no balance. */
  protected void makeBalanceShort() {
    Assumptions.abort("this gateway's money-moving call has no balance to run short");
  }

  /**
   * Whether the gateway signs the money-moving call's answer, so that the simulator's
   * wrong-signature fault applies to it; a gateway whose document shows unsigned answers skips that
   * row.
   */
  protected boolean answersAreSigned() {
    return true;
  }

  /**
   * Makes the money-moving call through the neutral API with an amount its builder cannot read
   * ({@code amount(text, currency)} with too many decimals) and one more field left out, so that the
   * row can check that both are reported together, before anything is sent.
   */
  protected void sendWithUnreadableAmountAndAMissingField(PaymentClient client, String reference) {
    Assumptions.abort("not implemented by this adapter");
  }

  /** Arms a duplicate delivery of the next webhook. */
  protected void armDuplicateWebhook() {
    sim.faults().once(moneyMovingOperation(), Fault.duplicateWebhook());
  }

  /** A fresh reference (merchant order number) for one row. */
  protected String reference() {
    return "CONF" + System.currentTimeMillis() % 100_000_000L + SEQUENCE.incrementAndGet();
  }

  @BeforeEach
  void startConformance() {
    sim = startSimulator();
  }

  @AfterEach
  void stopConformance() {
    if (receiver != null) {
      receiver.close();
    }
    sim.close();
  }

  /** HTTP options fit for tests: short timeouts, quick retries. */
  protected HttpOptions http() {
    return HttpOptions.builder().connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(3))
        .callTimeout(Duration.ofSeconds(5)).deadline(Duration.ofSeconds(8))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(20)).build())
        .build();
  }

  /** Reconciliation timing fit for tests. */
  protected Reconciler reconciler() {
    return Reconciler.builder().maxWait(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(100))
        .notFoundGrace(Duration.ofMillis(300)).build();
  }

  private PaymentClient client() {
    return client(sim, sim.baseUrl(), http(), reconciler());
  }

  private String notifyUrl(PaymentClient client) {
    if (receiver == null) {
      receiver = WebhookReceiver.start(client.webhooks());
    }
    return receiver.url();
  }

  private int sentToGateway() {
    return sim.receivedRequests(moneyMovingOperation()).size();
  }

  @Test
  void happyPath_isSentOnce_andStoredOnce() {
    try (PaymentClient client = client()) {
      String ref = reference();
      sendMoneyMoving(client, ref, notifyUrl(client));
      assertEquals(1, storedAtGateway(ref));
      assertEquals(1, sentToGateway());
      assertTrue(reconcileFinds(client, ref));
    }
  }

  @Test
  void webhook_isVerified_andEveryDeliveryOfItHasTheSameDeduplicationKey() {
    try (PaymentClient client = client()) {
      String ref = reference();
      armDuplicateWebhook();
      sendMoneyMoving(client, ref, notifyUrl(client));
      completeAtGateway(ref);
      receiver.awaitEvent(e -> ref.equals(e.merchantOrderNo()) && isFinal(e), Duration.ofSeconds(10));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      List<WebhookEvent> finals;
      do {
        finals = receiver.events().stream().filter(e -> ref.equals(e.merchantOrderNo()) && isFinal(e)).toList();
      } while (finals.size() < 2 && System.nanoTime() < deadline && sleep());
      assertTrue(finals.size() >= 2, "the duplicate delivery arrived");
      assertEquals(1, finals.stream().map(WebhookEvent::deduplicationKey).distinct().count());
      assertTrue(receiver.rejections().isEmpty(), "no genuine delivery was rejected: " + receiver.rejections());
    }
  }

  @Test
  void theSameReferenceTwice_isRefusedAsADuplicate_andStoredOnce() {
    try (PaymentClient client = client()) {
      String ref = reference();
      sendMoneyMoving(client, ref, notifyUrl(client));
      assertThrows(DuplicateOrderException.class, () -> sendMoneyMoving(client, ref, notifyUrl(client)));
      assertEquals(1, storedAtGateway(ref));
    }
  }

  @Test
  void anUnreadableAmount_isReportedWithTheOtherFieldErrors_andNothingIsSent() {
    try (PaymentClient client = client()) {
      dev.paysdk.core.error.InvalidRequestException e = assertThrows(
          dev.paysdk.core.error.InvalidRequestException.class,
          () -> sendWithUnreadableAmountAndAMissingField(client, reference()));
      assertTrue(e.hasErrorFor("amount"), e.getMessage());
      assertTrue(e.errors().size() >= 2, "the other field error is reported too: " + e.getMessage());
      assertFalse(e.getMessage().contains("amount: is required"), e.getMessage());
      assertEquals(0, sentToGateway());
    }
  }

  @Test
  void aShortBalance_isInsufficientBalance_andNothingIsStored() {
    try (PaymentClient client = client()) {
      String ref = reference();
      makeBalanceShort();
      assertThrows(InsufficientBalanceException.class, () -> sendMoneyMoving(client, ref, notifyUrl(client)));
      assertEquals(0, storedAtGateway(ref));
    }
  }

  @Test
  void aResetBeforeTheGatewayStoredIt_isOutcomeUnknown_andReconciliationSaysNotFound() {
    try (PaymentClient client = client()) {
      String ref = reference();
      sim.faults().once(moneyMovingOperation(), Fault.resetBeforeStore());
      assertThrows(OutcomeUnknownException.class, () -> sendMoneyMoving(client, ref, notifyUrl(client)));
      assertEquals(1, sentToGateway());
      assertFalse(reconcileFinds(client, ref));
      assertEquals(0, storedAtGateway(ref));
    }
  }

  @Test
  void aResetAfterTheGatewayStoredIt_isOutcomeUnknown_andReconciliationFindsTheOneOrder() {
    try (PaymentClient client = client()) {
      String ref = reference();
      sim.faults().once(moneyMovingOperation(), Fault.resetAfterStore());
      assertThrows(OutcomeUnknownException.class, () -> sendMoneyMoving(client, ref, notifyUrl(client)));
      assertEquals(1, sentToGateway());
      assertTrue(reconcileFinds(client, ref));
      assertEquals(1, storedAtGateway(ref));
    }
  }

  @Test
  void http5xx_isOutcomeUnknown_andNeverResent() {
    try (PaymentClient client = client()) {
      String ref = reference();
      sim.faults().once(moneyMovingOperation(), Fault.httpStatus(503));
      assertThrows(OutcomeUnknownException.class, () -> sendMoneyMoving(client, ref, notifyUrl(client)));
      assertEquals(1, sentToGateway());
    }
  }

  @Test
  void aMalformedAnswer_isOutcomeUnknown_andTheOrderIsFoundByReconciliation() {
    try (PaymentClient client = client()) {
      String ref = reference();
      sim.faults().once(moneyMovingOperation(), Fault.malformedBody());
      assertThrows(OutcomeUnknownException.class, () -> sendMoneyMoving(client, ref, notifyUrl(client)));
      assertEquals(1, sentToGateway());
      assertTrue(reconcileFinds(client, ref));
    }
  }

  @Test
  void anAnswerWithAWrongSignature_isOutcomeUnknown_causedByTheSignatureFailure() {
    Assumptions.assumeTrue(answersAreSigned(), "the gateway's answers carry no signature");
    try (PaymentClient client = client()) {
      String ref = reference();
      sim.faults().once(moneyMovingOperation(), Fault.wrongSignature());
      OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class,
          () -> sendMoneyMoving(client, ref, notifyUrl(client)));
      assertInstanceOf(SignatureVerificationException.class, e.getCause());
      assertEquals(1, storedAtGateway(ref));
    }
  }

  @Test
  void aFrontsHtml408AfterTheGatewayStoredIt_isOutcomeUnknown_neverANothingMovedRefusal() {
    try (PaymentClient client = client()) {
      String ref = reference();
      sim.faults().once(moneyMovingOperation(),
          Fault.rawAnswerAfterStore(408, "text/html", "<html><body><h1>408 Request Time-out</h1></body></html>"));
      assertThrows(OutcomeUnknownException.class, () -> sendMoneyMoving(client, ref, notifyUrl(client)));
      assertEquals(1, sentToGateway());
      assertTrue(reconcileFinds(client, ref));
      assertEquals(1, storedAtGateway(ref));
    }
  }

  @Test
  void aFrontsHtml404BeforeTheGatewaySawIt_isARefusal_andNothingIsStored() {
    try (PaymentClient client = client()) {
      String ref = reference();
      sim.faults().once(moneyMovingOperation(),
          Fault.rawAnswerBeforeStore(404, "text/html", "<html><body>Not Found</body></html>"));
      ProviderException e = assertThrows(ProviderException.class, () -> sendMoneyMoving(client, ref,
          notifyUrl(client)));
      assertEquals(404, e.httpStatus());
      assertEquals(0, storedAtGateway(ref));
    }
  }

  @Test
  void forgedReSplitsOfAGenuineWebhook_thatSignTheSame_areRejected() {
    try (PaymentClient client = client()) {
      String ref = reference();
      sendMoneyMoving(client, ref, notifyUrl(client));
      completeAtGateway(ref);
      receiver.awaitEvent(e -> ref.equals(e.merchantOrderNo()) && isFinal(e), Duration.ofSeconds(10));
      ReceivedRequest delivered = receiver.receivedRequests().get(receiver.receivedRequests().size() - 1);
      WebhookRequest genuine = toWebhookRequest(delivered);
      client.webhooks().verify(genuine);

      List<WebhookForgeries.Forgery> forgeries = WebhookForgeries.of(genuine, webhookCanonicalizer(),
          webhookRuleIsPairs());
      assertTrue(forgeries.stream().anyMatch(f -> f.description().startsWith("value")), "a value re-split exists");
      assertTrue(forgeries.stream().anyMatch(f -> f.description().startsWith("a name")), "a name re-split exists");
      for (WebhookForgeries.Forgery f : forgeries) {
        SignatureVerificationException e = assertThrows(SignatureVerificationException.class,
            () -> client.webhooks().verify(f.request()), f.description());
        for (String value : f.fields().values()) {
          if (value.contains("&") || value.contains("=")) {
            assertFalse(e.getMessage().contains(value), "the message repeats an unverified value: " + e.getMessage());
          }
        }
      }
    }
  }

  @Test
  void hostileNumbersInsideAGenuineAnswer_endInAPaymentException_quickly() {
    try (MisbehavingProxy proxy = MisbehavingProxy.start(sim.baseUrl());
        PaymentClient client = client(sim, proxy.baseUrl(), http(), reconciler())) {
      for (String hostile : List.of("1e999999999", "1e2147483647", "-1e600000", "9".repeat(5000))) {
        proxy.rewriteAnswers(body -> body.replaceAll("(\":\\s*)-?[0-9]+(\\.[0-9]+)?(?=[,}\\]])", "$1" + hostile)
            .replaceAll("(\":\\s*\")-?[0-9]+(\\.[0-9]+)?\"", "$1" + hostile + "\""));
        String ref = reference();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
          try {
            sendMoneyMoving(client, ref, notifyUrl(client));
          } catch (PaymentException expected) {
            // any documented failure; what must never happen is an Error or an undocumented exception
          }
        });
        assertTrue(storedAtGateway(ref) <= 1);
      }
    }
  }

  @Test
  void aDesynchronisedConnection_neverGivesAMoneyMovingCallAnotherCallsAnswer() {
    try (MisbehavingProxy proxy = MisbehavingProxy.start(sim.baseUrl()).mode(MisbehavingProxy.Mode.DESYNC);
        PaymentClient client = client(sim, proxy.baseUrl(), http(), reconciler())) {
      String notify = notifyUrl(client);
      List<String> refs = List.of(reference(), reference(), reference());
      for (String ref : refs) {
        sendMoneyMoving(client, ref, notify);
      }
      try (PaymentClient direct = client()) {
        for (String ref : refs) {
          assertEquals(1, storedAtGateway(ref), ref);
          assertTrue(reconcileFinds(direct, ref), ref);
        }
      }
      assertEquals(refs.size(), sentToGateway());
    }
  }

  @Test
  void aStaleKeepAliveConnection_isNoFalseUnknownOutcome() {
    try (MisbehavingProxy proxy = MisbehavingProxy.start(sim.baseUrl()).mode(MisbehavingProxy.Mode.STALE);
        PaymentClient client = client(sim, proxy.baseUrl(), http(), reconciler())) {
      String notify = notifyUrl(client);
      String first = reference();
      sendMoneyMoving(client, first, notify);
      reconcileFinds(client, first);
      sleep();
      String second = reference();
      sendMoneyMoving(client, second, notify);
      assertEquals(1, storedAtGateway(second));
    }
  }

  private static boolean isFinal(WebhookEvent e) {
    return e.payoutStatus().map(s -> s.isFinal()).orElse(false)
        || e.payInStatus().map(s -> s.isFinal()).orElse(false);
  }

  private static boolean sleep() {
    try {
      Thread.sleep(50);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A delivery as the receiver got it. */
  private static WebhookRequest toWebhookRequest(ReceivedRequest r) {
    WebhookRequest.Builder b = WebhookRequest.builder().method(r.method()).rawQuery(r.query()).body(r.body());
    r.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
    return b.build();
  }
}
