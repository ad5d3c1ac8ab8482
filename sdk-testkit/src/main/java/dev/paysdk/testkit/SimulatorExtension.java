package dev.paysdk.testkit;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a simulator for a JUnit 5 test class: started before the first test, closed after the last;
 * its queued faults are cleared before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SimulatorExtension<AgentPaySimulator> SIM = SimulatorExtension.of(AgentPaySimulator::start);
 *
 * @Test void pays() { AgentPaySimulator sim = SIM.get(); ... }
 * }</pre>
 *
 * @param <S> simulator type
 */
public final class SimulatorExtension<S extends GatewaySimulator> implements BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback {
  private final Supplier<S> factory;
  private S simulator;

  private SimulatorExtension(Supplier<S> factory) {
    this.factory = factory;
  }

  public static <S extends GatewaySimulator> SimulatorExtension<S> of(Supplier<S> factory) {
    return new SimulatorExtension<>(Objects.requireNonNull(factory, "factory == null"));
  }

  /** The running simulator. */
  public S get() {
    if (simulator == null) {
      throw new IllegalStateException("the simulator is not running: register the extension with @RegisterExtension on a static field");
    }
    return simulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = factory.get();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    get().faults().clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }
}
