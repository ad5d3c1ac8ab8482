package dev.paysdk.examples.demo;

import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.webhook.ServletWebhooks;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The demo's own webhook endpoint: a real servlet container (embedded Jetty) with one servlet per
 * gateway at {@code /webhooks/<gateway>}. Each servlet hands the raw request to the gateway's
 * {@link Webhooks#verify}, answers the gateway's acknowledgement only when the signature is good
 * (HTTP 400 otherwise, so the gateway retries), and records what happened.
 */
public final class WebhookEndpoint implements AutoCloseable {

  /**
   * One webhook as the endpoint saw it.
   *
   * @param gateway the gateway path segment
   * @param verified true when the signature checked out and the gateway got its acknowledgement
   * @param event the verified event, or null
   * @param error why it was rejected, or null
   * @param at when it arrived
   */
  public record Received(String gateway, boolean verified, WebhookEvent event, String error, Instant at) {}

  private final Server server;
  private final ServerConnector connector;
  private final ServletContextHandler context;
  private final String publicBaseUrl;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  /**
   * @param port port to listen on (0 for any free port), always on 127.0.0.1
   * @param publicBaseUrl base of the notify URLs a remote gateway can reach (a tunnel), or null for
   *     {@code http://127.0.0.1:<port>}
   */
  public WebhookEndpoint(int port, String publicBaseUrl) {
    this.server = new Server();
    this.connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    this.context = new ServletContextHandler();
    context.setContextPath("/");
    server.setHandler(context);
    this.publicBaseUrl = publicBaseUrl;
  }

  /** Mounts {@code webhooks} at {@code /webhooks/<gateway>}. Call before {@link #start()}. */
  public WebhookEndpoint mount(String gateway, Webhooks webhooks) {
    context.addServlet(new ServletHolder(new GatewayServlet(gateway, webhooks)), "/webhooks/" + gateway);
    return this;
  }

  public WebhookEndpoint start() throws Exception {
    server.start();
    return this;
  }

  /** The URL to give a gateway as notify URL for {@code gateway}. */
  public String notifyUrl(String gateway) {
    String base = publicBaseUrl != null ? publicBaseUrl.replaceAll("/+$", "")
        : "http://127.0.0.1:" + connector.getLocalPort();
    return base + "/webhooks/" + gateway;
  }

  /** Every webhook received so far. */
  public List<Received> received() {
    return new ArrayList<>(received);
  }

  /** Waits for a webhook of {@code gateway} matching {@code condition}. */
  public Optional<Received> await(String gateway, Predicate<Received> condition, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (Received r : received) {
        if (r.gateway().equals(gateway) && condition.test(r)) {
          return Optional.of(r);
        }
      }
      Thread.sleep(20);
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the webhook endpoint did not stop cleanly", e);
    }
  }

  private final class GatewayServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final String gateway;
    private final transient Webhooks webhooks;

    GatewayServlet(String gateway, Webhooks webhooks) {
      this.gateway = gateway;
      this.webhooks = webhooks;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      WebhookRequest raw = ServletWebhooks.fromServlet(req);
      WebhookEvent event;
      try {
        event = webhooks.verify(raw);
      } catch (PaymentException e) {
        received.add(new Received(gateway, false, null, e.getMessage(), Instant.now()));
        ServletWebhooks.writeAck(new WebhookAck(400, "text/plain; charset=UTF-8", "rejected"), resp);
        return;
      }
      received.add(new Received(gateway, true, event, null, Instant.now()));
      ServletWebhooks.writeAck(event.ack(), resp);
    }
  }
}
