package dev.paysdk.spring.test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Finds {@link PaySdkSimulators} on a test class; registered in {@code META-INF/spring.factories}. */
public final class PaySdkSimulatorsContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    PaySdkSimulators annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, PaySdkSimulators.class);
    if (annotation == null) {
      return null;
    }
    Set<String> gateways = new TreeSet<>(List.of(annotation.value()));
    return new PaySdkSimulatorsContextCustomizer(gateways);
  }
}
