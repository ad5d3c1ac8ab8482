package dev.paysdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@link SimulatorOptions#port()}: a simulator other programs reach at a fixed address. */
class SimulatorPortTest {

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void port_makesTheSimulatorListenOnThatLoopbackPort() throws Exception {
    int port = freePort();
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(SimulatorOptions.builder().port(port).build())) {
      assertThat(sim.port()).isEqualTo(port);
      assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
    }
  }

  @Test
  void port_defaultsToAnyFreePort_andRejectsOutOfRangeValues() {
    assertThat(SimulatorOptions.defaults().port()).isZero();
    assertThatThrownBy(() -> SimulatorOptions.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("70000");
  }
}
