package dev.paysdk.store.jdbc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.durable.InboxWebhookProcessor;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.AgentPaySimulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * One instance of the merchant's service, as a test builds it: its own AgentPay client, its own
 * connection pool, its own {@link JdbcStore}, and its own webhook endpoint on 127.0.0.1 that runs
 * each delivery through {@link InboxWebhookProcessor}.
 */
final class MerchantInstance implements AutoCloseable {
  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  final String name;
  final DataSource pool;
  final JdbcStore store;
  final AgentPayClient client;
  final InboxWebhookProcessor processor;
  private final HttpServer server;

  MerchantInstance(String name, DataSource pool, AgentPaySimulator sim, InboxWebhookProcessor.Handler handler)
      throws IOException {
    this.name = name;
    this.pool = pool;
    this.store = JdbcStore.builder(pool).instanceId(name).build();
    this.client = AgentPayClient.builder().baseUrl(sim.baseUrl()).merchantId(sim.merchantId())
        .secretKey(sim.secretKey()).build();
    this.processor = InboxWebhookProcessor.of(store.webhookInbox());
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/webhooks", exchange -> handle(exchange, handler));
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
  }

  private void handle(HttpExchange exchange, InboxWebhookProcessor.Handler handler) throws IOException {
    try (exchange) {
      WebhookRequest.Builder b = WebhookRequest.builder().method(exchange.getRequestMethod())
          .rawQuery(exchange.getRequestURI().getRawQuery());
      for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
        for (String v : h.getValue()) {
          b.header(h.getKey(), v);
        }
      }
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (contentType != null) {
        b.contentType(contentType);
      }
      try (InputStream in = exchange.getRequestBody()) {
        b.body(in.readAllBytes());
      }
      WebhookAck ack = processor.verifyAndProcess(b.build(), client.webhooks(), handler).response();
      byte[] body = ack.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", ack.contentType());
      exchange.sendResponseHeaders(ack.status(), body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    client.close();
    TestDatabases.close(pool);
  }
}
