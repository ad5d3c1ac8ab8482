package dev.paysdk.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A merchant's Spring Boot service using PaySDK through its starter, configured only with
 * properties ({@code application.properties}): payouts through the {@code PaymentRouter} bean, a
 * Hexpay checkout, balances, webhooks through the starter's endpoints and events, health and
 * metrics through the actuator. The same sources run on Spring Boot 3.5 ({@code boot3}) and 4.0
 * ({@code boot4}).
 */
@SpringBootApplication
public class ShopApplication {
  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }
}
