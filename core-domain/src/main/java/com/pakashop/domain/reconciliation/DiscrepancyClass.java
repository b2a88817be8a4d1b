package com.pakashop.domain.reconciliation;

/**
 * How a statement line and our books compare. MISSING_INTERNALLY: the provider moved money we
 * have no record of. MISSING_AT_PROVIDER: our books say money moved that the statement does not
 * show. DUPLICATE: a second statement line for a transfer already matched.
 */
public enum DiscrepancyClass { MATCHED, MISSING_INTERNALLY, MISSING_AT_PROVIDER, AMOUNT_MISMATCH, STATUS_MISMATCH, DUPLICATE }
