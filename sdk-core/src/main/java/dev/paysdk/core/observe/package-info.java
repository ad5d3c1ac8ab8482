/**
 * Operation-level observation: what PaySDK did, per gateway operation and per webhook, for metrics,
 * tracing and alerting, without touching the HTTP layer.
 *
 * <pre>{@code
 * AgentPayClient client = AgentPayClient.builder()...observer(new PaySdkObserver() {
 *   public OperationObservation operationStarted(OperationInfo op) {
 *     return new OperationObservation() {
 *       public void finished(OperationResult result) {
 *         metrics.record(op.providerId(), op.operation(), result.outcome(), result.duration());
 *       }
 *     };
 *   }
 * }).build();
 * }</pre>
 *
 * <p>What an observer sees is safe to use as a metric tag: provider id, operation name, outcome,
 * attempt number, HTTP status and durations. It never sees an order number, an account, an amount
 * or a secret. The module {@code sdk-micrometer} turns these into Micrometer observations.
 */
package dev.paysdk.core.observe;
