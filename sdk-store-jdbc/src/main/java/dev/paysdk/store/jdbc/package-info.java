/**
 * The payout journal and the webhook inbox of {@code dev.paysdk.core.durable} on plain JDBC:
 * PostgreSQL for several instances, embedded H2 as the single-instance default. Start with
 * {@link dev.paysdk.store.jdbc.JdbcStore}.
 */
package dev.paysdk.store.jdbc;
