/**
 * PaySDK client of the Vexora disbursement gateway: start with {@link dev.paysdk.vexora.VexoraClient#builder()}.
 * Its public types are the client, its builder, the native requests and results, and the
 * {@link dev.paysdk.vexora.VexoraPaymentProvider} registered with {@code ServiceLoader}; everything
 * else is package-private and runs on PaySDK's gateway kit ({@code dev.paysdk.core.gateway}).
 */
package dev.paysdk.vexora;
