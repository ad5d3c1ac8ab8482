package dev.paysdk.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts the sdk-testkit simulators of the named gateways for a Spring test context (on 127.0.0.1,
 * ephemeral ports) and points the {@code paysdk.<provider id>.*} properties at them, above every
 * other property source: the PaySDK starter then builds its clients, webhook endpoints and health
 * indicators against the simulators. Each simulator is a bean of the context (inject
 * {@code HexpaySimulator} to pay an order or inject a fault) and is closed with it. Contexts of
 * test classes with the same annotation are shared, as Spring's test context cache does.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = RANDOM_PORT)
 * @PaySdkSimulators
 * class CheckoutTest {
 *   @Autowired HexpaySimulator hexpay;
 *   ...
 * }
 * }</pre>
 *
 * <p>Besides the credentials it sets {@code paysdk.payout-pen.literal-ip-notify-url-allowed=true}
 * (a webhook to the test's 127.0.0.1 server) and, for Hexpay, creates an order whose merchant order
 * number becomes {@code paysdk.hexpay.health.probe-order}, so the health indicator checks a signed
 * answer.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface PaySdkSimulators {
  /** Provider ids of the gateways to simulate. Default all four. */
  String[] value() default {"hexpay", "inr-agentpay", "payout-pen", "vexora"};
}
