package dev.paysdk.spring.autoconfigure;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** See {@link ConditionalOnPaySdkGateway}. */
final class OnPaySdkGatewayCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnPaySdkGateway.class.getName());
    String id = (String) attributes.get("value");
    boolean configured = new GatewaySettingsBinder(context.getEnvironment()).isConfigured(id);
    return configured
        ? ConditionOutcome.match("paysdk." + id + ".* is configured")
        : ConditionOutcome.noMatch("no paysdk." + id + ".* property, or paysdk." + id + ".enabled=false");
  }
}
