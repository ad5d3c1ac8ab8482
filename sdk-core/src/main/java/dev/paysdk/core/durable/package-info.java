/**
 * Durability across processes: the webhook inbox (each verified event handled once, across
 * instances and restarts) and the payout journal (a payout's intent recorded before it is sent, so
 * a crash never forgets a payout in flight). Storage-neutral SPIs with in-memory implementations;
 * {@code sdk-store-jdbc} implements them on a database.
 */
package dev.paysdk.core.durable;
