package com.pakashop.domain.reconciliation;

/** Where a transfer ended, in terms both sides share. */
public enum TransferOutcome { COMPLETED, FAILED, PENDING }
