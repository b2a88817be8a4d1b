/**
 * Paying vendors and delivery agents what the ledger owes them, in batches: who is owed what,
 * what waits for the next batch, and the life of each payout.
 */
package com.pakashop.domain.settlement;
