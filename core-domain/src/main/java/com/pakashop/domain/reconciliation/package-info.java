/**
 * Reconciliation: what a provider's statement says it moved, matched against what our books say
 * we moved, line by line, and the discrepancies between the two.
 */
package com.pakashop.domain.reconciliation;
