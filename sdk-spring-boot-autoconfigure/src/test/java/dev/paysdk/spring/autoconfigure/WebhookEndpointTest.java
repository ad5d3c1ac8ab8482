package dev.paysdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.durable.InMemoryWebhookInbox;
import dev.paysdk.core.durable.StoreUnavailableException;
import dev.paysdk.core.durable.WebhookInbox;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.core.observe.WebhookObservation;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.EntityResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

class WebhookEndpointTest {
  private static final WebhookEvent EVENT = WebhookEvent.builder().providerId("vexora")
      .type(WebhookEvent.Type.PAYOUT_STATUS).merchantOrderNo("PO-1").payoutStatus(PayoutStatus.SUCCEEDED)
      .deduplicationKey("vexora:T1:0000").ack(WebhookAck.plainText("SUCCESS")).build();

  private final List<Object> published = new ArrayList<>();
  private final List<WebhookObservation> observed = new ArrayList<>();
  private final PaySdkObserver observer = new PaySdkObserver() {
    @Override
    public void webhookObserved(WebhookObservation webhook) {
      observed.add(webhook);
    }
  };
  private RuntimeException listenerFailure;
  private WebhookInbox inbox = new InMemoryWebhookInbox();

  private WebhookEndpoint endpoint(FakeClient client) {
    return new WebhookEndpoint(client, inbox, event -> {
      if (listenerFailure != null) {
        throw listenerFailure;
      }
      published.add(event);
    }, observer, Duration.ofMinutes(5));
  }

  private static ServerRequest post(String body) {
    MockHttpServletRequest r = new MockHttpServletRequest("POST", "/webhooks/vexora");
    r.setContentType("application/json");
    r.setContent(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return ServerRequest.create(r, List.of(new StringHttpMessageConverter()));
  }

  private static void assertAnswer(ServerResponse r, int status, String body) {
    assertThat(r.statusCode().value()).isEqualTo(status);
    assertThat(((EntityResponse<?>) r).entity()).isEqualTo(body);
  }

  @Test
  void aVerifiedFirstDelivery_isPublishedOnce_andAnsweredWithTheGatewaysExactAck() {
    WebhookEndpoint e = endpoint(FakeClient.builder("vexora").webhooks(r -> EVENT).build());
    ServerResponse first = e.handle(post("{}"));
    assertAnswer(first, 200, "SUCCESS");
    assertThat(first.headers().getContentType()).hasToString("text/plain;charset=UTF-8");
    assertThat(published).containsExactly(new PaySdkWebhookEvent(EVENT));

    assertAnswer(e.handle(post("{}")), 200, "SUCCESS");
    assertThat(published).as("a redelivery is acknowledged, not published again").hasSize(1);
    assertThat(observed).extracting(o -> o.outcome().tag()).containsExactly("handled", "duplicate");
    assertThat(observed).extracting(WebhookObservation::operation).containsOnly("webhook.payout");
  }

  @Test
  void aWebhookThatFailsVerification_isAnswered400_andNeverPublished() {
    WebhookEndpoint e = endpoint(FakeClient.builder("vexora").webhooks(r -> {
      throw new SignatureVerificationException(ErrorContext.of("vexora", "webhook"), "signature does not match");
    }).build());
    assertAnswer(e.handle(post("{\"forged\":true}")), 400, "rejected");
    assertThat(published).isEmpty();
    // the client's verifier reports its rejections itself: the endpoint adds no second count
    assertThat(observed).isEmpty();
  }

  @Test
  void aRequestThatCannotBeRead_isAnswered400_andReportedOnce() {
    WebhookEndpoint e = endpoint(FakeClient.builder("vexora").webhooks(r -> {
      throw new IllegalArgumentException("bad escape");
    }).build());
    assertAnswer(e.handle(post("a=%zz")), 400, "rejected");
    assertThat(observed).singleElement().satisfies(o -> {
      assertThat(o.outcome()).isEqualTo(WebhookObservation.WebhookOutcome.REJECTED);
      assertThat(o.reason()).isEqualTo("IllegalArgumentException");
    });
  }

  @Test
  void aListenerThatThrows_makesA500_andTheNextDeliveryIsHandledAgain() {
    WebhookEndpoint e = endpoint(FakeClient.builder("vexora").webhooks(r -> EVENT).build());
    listenerFailure = new IllegalStateException("database down");
    assertAnswer(e.handle(post("{}")), 500, "handler failed");
    listenerFailure = null;
    assertAnswer(e.handle(post("{}")), 200, "SUCCESS");
    assertThat(published).hasSize(1);
    assertThat(observed).extracting(o -> o.outcome().tag()).containsExactly("handler_failed", "handled");
  }

  @Test
  void anUnavailableInbox_orADeliveryBeingHandledElsewhere_isAnswered503_withoutPublishing() {
    WebhookEndpoint e = endpoint(FakeClient.builder("vexora").webhooks(r -> EVENT).build());
    inbox = new WebhookInbox() {
      @Override
      public Claim claim(WebhookEvent event, Duration lease) {
        throw new StoreUnavailableException(ErrorContext.of("vexora", "webhook"), "database down", null);
      }

      @Override
      public void complete(WebhookEvent event) {}

      @Override
      public void release(WebhookEvent event) {}
    };
    assertAnswer(endpoint(FakeClient.builder("vexora").webhooks(r -> EVENT).build()).handle(post("{}")), 503,
        "inbox unavailable");
    assertThat(observed).extracting(o -> o.outcome().tag()).containsExactly("store_unavailable");

    inbox = new InMemoryWebhookInbox();
    inbox.claim(EVENT, Duration.ofMinutes(5)); // another instance holds it
    assertAnswer(endpoint(FakeClient.builder("vexora").webhooks(r -> EVENT).build()).handle(post("{}")), 503,
        "in progress");
    assertThat(published).isEmpty();
    assertThat(e).isNotNull();
  }

  @Test
  void routes_matchEachGatewaysExactPathOnly() {
    WebhookEndpoint vexora = endpoint(FakeClient.builder("vexora").webhooks(r -> EVENT).build());
    WebhookRoutes routes = new WebhookRoutes(Map.of("/webhooks/vexora", vexora));
    assertThat(routes.route(post("{}"))).isPresent();
    MockHttpServletRequest other = new MockHttpServletRequest("POST", "/webhooks/vexora/extra");
    assertThat(routes.route(ServerRequest.create(other, List.of()))).isEmpty();
  }
}
