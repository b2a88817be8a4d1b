/**
 * Reconciliation (seed: pakashop-reconciliation): a provider's statement read and checked line by
 * line, matched against our payments, refunds and payouts of the period, the run and its
 * discrepancies stored for finance to resolve.
 */
package com.pakashop.application.reconciliation;
