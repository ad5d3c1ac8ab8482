package dev.paysdk.examples;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.hexpay.CashierOrder;
import dev.paysdk.hexpay.CashierOrderResult;
import dev.paysdk.hexpay.Goods;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayNetwork;
import dev.paysdk.testkit.HexpaySimulator;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Hexpay checkout: create a cashier order, send the customer to its checkout URL, and receive the
 * payment's webhook, verified with the platform's RSA public key before anything in it is used.
 * The webhook endpoint here is the JDK's HTTP server, to show the framework-neutral path
 * ({@link WebhookRequest} by hand); see {@link JettyWebhookEndpoint} for the servlet helper.
 */
public final class HexpayCheckoutWithWebhook {
  private HexpayCheckoutWithWebhook() {}

  public static void main(String[] args) throws Exception {
    try (HexpaySimulator gateway = HexpaySimulator.start()) {
      HexpayClient hexpay = HexpayClient.builder()
          .baseUrl(gateway.baseUrl())
          .mchNo(gateway.mchNo())
          .appId(gateway.appId())
          .merchantPrivateKey(gateway.merchantPrivateKeyPem())   // signs requests (RSA2)
          .platformPublicKey(gateway.platformPublicKeyPem())     // verifies webhooks
          .appSecret(gateway.appSecret())                        // verifies MD5-signed answers
          .build();

      CompletableFuture<WebhookEvent> paid = new CompletableFuture<>();
      HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      endpoint.createContext("/webhooks/hexpay", exchange -> {
        WebhookRequest raw = WebhookRequest.builder()
            .method(exchange.getRequestMethod())
            .header("Content-Type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")))
            .rawQuery(exchange.getRequestURI().getRawQuery())
            .body(exchange.getRequestBody().readAllBytes())
            .build();
        int status;
        String answer;
        try {
          WebhookEvent event = hexpay.webhooks().verify(raw);
          status = event.ack().status();
          answer = event.ack().body();
          if (event.payInStatus().orElseThrow().isFinal()) {
            paid.complete(event);
          }
        } catch (RuntimeException e) {
          status = 400;
          answer = "rejected";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      });
      endpoint.start();
      try {
        CashierOrderResult order = hexpay.payIns().createOrder(CashierOrder.builder()
            .merchantOrderNo("SHOP-10001")
            .amount(Money.of("49.90", "USDC"))
            .network(HexpayNetwork.SOLANA)
            .merchantUserId("customer-77")
            .goods(new Goods("Wireless headphones", "Noise-cancelling, black", "electronics"))
            .notifyUrl("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/webhooks/hexpay")
            .build());
        System.out.println("send the customer to: " + order.checkoutUrl());

        WebhookEvent event = paid.get(10, TimeUnit.SECONDS);
        System.out.println("webhook: " + event);
        System.out.println("query:   " + hexpay.payIns().retrieve(PayInLookup.byMerchantOrderNo("SHOP-10001")));
      } finally {
        endpoint.stop(0);
      }
    }
  }
}
