package dev.paysdk.examples.demo;

import dev.paysdk.core.webhook.Webhooks;

/**
 * One gateway's part of the demo: its client (and simulator, unless it runs against a real
 * endpoint), its webhook verifier, and the flow of calls.
 */
interface GatewayFlow extends AutoCloseable {

  /** Short name, the webhook path segment: {@code agentpay}, {@code pen}, {@code vexora}, {@code hexpay}. */
  String key();

  /** Display name. */
  String title();

  /** Where the calls go, for the report. */
  String where();

  /** The verifier mounted at {@code /webhooks/<key>}. */
  Webhooks webhooks();

  /** Runs the flow, reporting each step; a failed expectation goes to {@link Report#fail}. */
  void run(WebhookEndpoint endpoint, Report report) throws Exception;

  @Override
  void close();
}
