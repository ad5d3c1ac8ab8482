package dev.paysdk.examples.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PaySDK demo: the main flow of all four gateways, against their embedded simulators (or, per
 * gateway, a real endpoint configured through environment variables), with the webhooks going
 * through a real servlet container and verified by the SDK. Prints what happened; exits 0 only
 * when every flow reached a final status and every acknowledged webhook had a valid signature.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -DskipTests -Dquick verify} from the repository root.
 */
public final class Demo {
  private final DemoSettings settings;
  private final PrintStream out;

  public Demo(Map<String, String> env, PrintStream out) {
    this.settings = new DemoSettings(env);
    this.out = out;
  }

  public static void main(String[] args) {
    Result result;
    try {
      result = new Demo(System.getenv(), System.out).run();
    } catch (Exception e) {
      System.out.println();
      System.out.println("Demo failed: " + e);
      System.exit(2);
      return;
    }
    System.exit(result.ok() ? 0 : 1);
  }

  /**
   * What the demo found.
   *
   * @param failures every failed expectation, empty when all went well
   * @param webhooks every webhook the endpoint received
   */
  public record Result(List<String> failures, List<WebhookEndpoint.Received> webhooks) {
    public boolean ok() {
      return failures.isEmpty();
    }
  }

  /** Runs every configured flow and reports. */
  public Result run() throws Exception {
    Report report = new Report(out);
    List<GatewayFlow> flows = new ArrayList<>();
    try {
      for (String key : settings.providers()) {
        flows.add(Flows.create(key, settings));
      }
      try (WebhookEndpoint endpoint = new WebhookEndpoint(settings.port(), settings.publicUrl().orElse(null))) {
        flows.forEach(f -> endpoint.mount(f.key(), f.webhooks()));
        endpoint.start();
        long t0 = System.nanoTime();
        report.line("PaySDK demo: " + flows.size() + " gateway(s); webhooks arrive at "
            + endpoint.notifyUrl("<gateway>"));
        for (GatewayFlow flow : flows) {
          report.section(flow.title(), flow.where());
          try {
            flow.run(endpoint, report);
          } catch (Exception e) {
            report.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
          }
        }
        List<WebhookEndpoint.Received> received = endpoint.received();
        long verified = received.stream().filter(WebhookEndpoint.Received::verified).count();
        report.line("");
        report.line("Webhooks: " + received.size() + " received, " + verified + " verified and acknowledged, "
            + (received.size() - verified) + " rejected.");
        report.line((report.ok() ? "OK" : "FAILED") + ": " + (flows.size() - countFailedSections(report))
            + " of " + flows.size() + " gateway flows reached a final status in "
            + Duration.ofNanos(System.nanoTime() - t0).toMillis() + " ms.");
        report.failures().forEach(f -> report.line("  - " + f));
        return new Result(report.failures(), received);
      }
    } finally {
      flows.forEach(GatewayFlow::close);
      settings.close();
    }
  }

  private static long countFailedSections(Report report) {
    return report.failures().stream().map(f -> f.substring(0, f.indexOf(':'))).distinct().count();
  }
}
