package com.pakashop.domain.reconciliation;

/** Money in from a buyer, back to a buyer, or out to a payee. */
public enum TransferKind { COLLECTION, REFUND, PAYOUT }
