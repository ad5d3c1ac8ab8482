package dev.paysdk.spring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when the gateway is configured: some {@code paysdk.<provider id>.*} property is set and
 * {@code paysdk.<provider id>.enabled} is not {@code false} (or it is {@code true}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnPaySdkGatewayCondition.class)
public @interface ConditionalOnPaySdkGateway {
  /** The provider id, such as {@code hexpay}. */
  String value();
}
