/**
 * PaySDK client of the Vexora disbursement gateway: start with {@link dev.paysdk.vexora.VexoraClient#builder()}.
 * Everything in {@code dev.paysdk.vexora.internal} is an implementation detail.
 */
package dev.paysdk.vexora;
