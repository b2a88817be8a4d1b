package com.pakashop.domain.payments;

/**
 * Where a refund stands. REQUESTED is written before the provider is called; a refund the
 * provider may or may not have taken stays REQUESTED (pawaPay: asked again by our refund id) or
 * becomes UNCERTAIN where the provider offers no way to look it up by our id (Flutterwave), so a
 * person checks before anything is sent again.
 */
public enum RefundStatus {
    REQUESTED, PENDING, UNCERTAIN, COMPLETED, FAILED;

    /** Money may still leave for this refund: nothing else may be refunded on its payment meanwhile. */
    public boolean inFlight() {
        return this == REQUESTED || this == PENDING || this == UNCERTAIN;
    }
}
