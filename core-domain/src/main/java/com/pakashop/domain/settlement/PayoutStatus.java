package com.pakashop.domain.settlement;

/**
 * CREATED: not yet sent. SUBMITTING: being sent; found so after a crash, nobody knows whether the
 * provider took it. SENT: taken, the outcome comes later. UNCERTAIN: the provider may have it and
 * must be asked before anything is sent again. COMPLETED and FAILED are final.
 */
public enum PayoutStatus {
    CREATED, SUBMITTING, SENT, UNCERTAIN, COMPLETED, FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED;
    }

    /** The provider may hold it: ask before sending again. */
    public boolean mayBeAtProvider() {
        return this == SUBMITTING || this == SENT || this == UNCERTAIN;
    }
}
