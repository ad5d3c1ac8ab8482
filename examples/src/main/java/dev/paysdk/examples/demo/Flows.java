package dev.paysdk.examples.demo;

/** Creates a gateway's flow by its short name. */
final class Flows {
  private Flows() {}

  static GatewayFlow create(String key, DemoSettings settings) {
    return switch (key) {
      case "agentpay" -> new AgentPayFlow(settings);
      case "pen" -> new PenFlow(settings);
      case "vexora" -> new VexoraFlow(settings);
      case "hexpay" -> new HexpayFlow(settings);
      default -> throw new IllegalArgumentException("unknown gateway '" + key + "'");
    };
  }
}
