/**
 * Hexpay (also sold as AurellixPay): crypto pay-ins through a hosted checkout, the order list,
 * balances, batch payouts in USDT and USDC, and the pay-in callback. Start with
 * {@link dev.paysdk.hexpay.HexpayClient#builder()}.
 *
 * <p>Results are immutable records. A field the gateway leaves out, sends as JSON null or as an
 * empty string is null in them. Amounts are {@link dev.paysdk.core.Money} where the gateway names
 * their currency beside them, {@link java.math.BigDecimal} where it does not; they keep every
 * decimal the gateway sent.
 */
package dev.paysdk.hexpay;
