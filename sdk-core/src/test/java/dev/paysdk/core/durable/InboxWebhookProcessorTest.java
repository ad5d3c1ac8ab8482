package dev.paysdk.core.durable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.durable.InboxWebhookProcessor.Disposition;
import dev.paysdk.core.durable.InboxWebhookProcessor.Result;
import dev.paysdk.core.testsupport.FakeClock;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxWebhookProcessorTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final InMemoryWebhookInbox inbox = new InMemoryWebhookInbox(clock);
  private final InboxWebhookProcessor processor = InboxWebhookProcessor.of(inbox, Duration.ofMinutes(2));
  private final List<String> handled = new ArrayList<>();
  private final WebhookEvent event = DurablePayoutsTest.event("fake-pay", "PO-1", PayoutStatus.SUCCEEDED);

  @Test
  void process_firstDelivery_runsTheHandler_recordsIt_andAnswersTheGatewaysAck() {
    Result r = processor.process(event, e -> handled.add(e.deduplicationKey()));
    assertThat(r.disposition()).isEqualTo(Disposition.HANDLED);
    assertThat(r.response()).isEqualTo(event.ack());
    assertThat(handled).containsExactly(event.deduplicationKey());
    assertThat(inbox.isCompleted("fake-pay", event.deduplicationKey())).isTrue();
  }

  @Test
  void process_aDuplicate_isAcknowledgedWithoutCallingTheHandler() {
    processor.process(event, e -> handled.add("first"));
    Result r = processor.process(event, e -> handled.add("again"));
    assertThat(r.disposition()).isEqualTo(Disposition.DUPLICATE);
    assertThat(r.response()).isEqualTo(event.ack());
    assertThat(handled).containsExactly("first");
  }

  @Test
  void process_whileAnotherDeliveryIsBeingHandled_answers503WithoutHandling() {
    inbox.claim(event, Duration.ofMinutes(2));
    Result r = processor.process(event, e -> handled.add("x"));
    assertThat(r.disposition()).isEqualTo(Disposition.IN_PROGRESS);
    assertThat(r.response().status()).isEqualTo(503);
    assertThat(r.disposition().acknowledged()).isFalse();
    assertThat(handled).isEmpty();
  }

  @Test
  void process_whenTheHandlerFails_answers500_andTheNextDeliveryIsHandled() {
    Result failed = processor.process(event, e -> {
      throw new IllegalStateException("orders table locked");
    });
    assertThat(failed.disposition()).isEqualTo(Disposition.HANDLER_FAILED);
    assertThat(failed.response().status()).isEqualTo(500);
    assertThat(failed.failure()).hasMessage("orders table locked");
    assertThat(processor.process(event, e -> handled.add("retry")).disposition()).isEqualTo(Disposition.HANDLED);
    assertThat(handled).containsExactly("retry");
  }

  @Test
  void process_whenTheInboxCannotRecordTheClaim_answers503_andDoesNotHandle() {
    WebhookInbox down = new WebhookInbox() {
      @Override
      public Claim claim(WebhookEvent e, Duration lease) {
        throw new StoreUnavailableException(ErrorContext.of("fake-pay", "inbox.claim"), "database down", null);
      }

      @Override
      public void complete(WebhookEvent e) {}

      @Override
      public void release(WebhookEvent e) {}
    };
    Result r = InboxWebhookProcessor.of(down).process(event, e -> handled.add("x"));
    assertThat(r.disposition()).isEqualTo(Disposition.STORE_UNAVAILABLE);
    assertThat(r.response().status()).isEqualTo(503);
    assertThat(r.failure()).isInstanceOf(StoreUnavailableException.class);
    assertThat(handled).isEmpty();
  }

  @Test
  void verifyAndProcess_aWebhookThatFailsVerification_isAnswered400_andNothingIsStoredOrHandled() {
    Result r = processor.verifyAndProcess(WebhookRequest.builder().method("POST").build(), req -> {
      throw new SignatureVerificationException(ErrorContext.of("fake-pay", "webhook.verify"), "sign mismatch");
    }, e -> handled.add("x"));
    assertThat(r.disposition()).isEqualTo(Disposition.REJECTED);
    assertThat(r.response().status()).isEqualTo(400);
    assertThat(r.event()).isNull();
    assertThat(handled).isEmpty();
    assertThat(inbox.find("fake-pay", event.deduplicationKey())).isEmpty();
  }

  @Test
  void verifyAndProcess_aVerifiedWebhook_isProcessed() {
    Result r = processor.verifyAndProcess(WebhookRequest.builder().method("POST").build(), req -> event,
        e -> handled.add(e.merchantOrderNo()));
    assertThat(r.disposition()).isEqualTo(Disposition.HANDLED);
    assertThat(handled).containsExactly("PO-1");
  }
}
