package dev.paysdk.examples;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.webhook.ServletWebhooks;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.testkit.AgentPaySimulator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A webhook endpoint in a real servlet container (embedded Jetty 12, Jakarta Servlet) using
 * {@link ServletWebhooks#handle}: the callback is verified before anything in it is trusted,
 * handled once per de-duplication key, and answered with the gateway's expected acknowledgement.
 */
public final class JettyWebhookEndpoint {
  private JettyWebhookEndpoint() {}

  /** The merchant's servlet: verification, de-duplication and the answer in three lines. */
  static final class AgentPayCallbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient AgentPayClient agentPay;
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final transient CountDownLatch finalSeen;

    AgentPayCallbackServlet(AgentPayClient agentPay, CountDownLatch finalSeen) {
      this.agentPay = agentPay;
      this.finalSeen = finalSeen;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      ServletWebhooks.handle(req, resp, agentPay.webhooks(), event -> {
        if (handled.add(event.deduplicationKey())) {
          onPayoutUpdate(event);
        }
      });
    }

    private void onPayoutUpdate(WebhookEvent event) {
      System.out.println("callback: " + event.merchantOrderNo() + " is " + event.payoutStatus().orElseThrow());
      if (event.payoutStatus().orElseThrow().isFinal()) {
        finalSeen.countDown();
      }
    }
  }

  public static void main(String[] args) throws Exception {
    try (AgentPaySimulator gateway = AgentPaySimulator.start()) {
      AgentPayClient agentPay = AgentPayClient.builder().baseUrl(gateway.baseUrl())
          .merchantId(gateway.merchantId()).secretKey(gateway.secretKey()).build();

      CountDownLatch finalSeen = new CountDownLatch(1);
      Server jetty = new Server();
      ServerConnector connector = new ServerConnector(jetty);
      connector.setHost("127.0.0.1");
      jetty.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler();
      context.addServlet(new ServletHolder(new AgentPayCallbackServlet(agentPay, finalSeen)), "/webhooks/agentpay");
      jetty.setHandler(context);
      jetty.start();
      try {
        String notifyUrl = "http://127.0.0.1:" + connector.getLocalPort() + "/webhooks/agentpay";
        agentPay.payouts().create(PayoutRequest.builder()
            .merchantOrderNo("HOOK-0001").amount(Money.of("100", "INR"))
            .payee(Payee.builder().name("Asha Verma").build())
            .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
            .notifyUrl(notifyUrl).build());
        if (!finalSeen.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("no final callback within 10 s");
        }
      } finally {
        jetty.stop();
      }
    }
  }
}
