package com.pakashop.application.payments;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.util.Map;
import java.util.UUID;

/**
 * Finance settles a refund nobody could trace automatically, after looking in the provider's
 * dashboard: it either left (COMPLETED, booked like any completed refund) or it did not (FAILED,
 * and the payment may be refunded again). Audited with the reviewer's note.
 */
public final class ResolvingRefunds {
    private final Refunds refunds;
    private final SettlingRefunds settling;
    private final Auditing audit;

    public ResolvingRefunds(Refunds refunds, SettlingRefunds settling, Auditing audit) {
        this.refunds = refunds;
        this.settling = settling;
        this.audit = audit;
    }

    public Refund resolve(Principal caller, UUID refundId, RefundStatus outcome, String note, RequestContext context) {
        caller.require(Permission.PAYMENTS_REFUND);
        if (outcome != RefundStatus.COMPLETED && outcome != RefundStatus.FAILED) {
            throw ValidationFailed.of("outcome", "must be COMPLETED or FAILED");
        }
        if (note == null || note.isBlank()) {
            throw ValidationFailed.of("note", "say what the provider's records show");
        }
        Refund refund = refunds.byId(refundId).orElseThrow(() -> new NotFound("No refund " + refundId));
        if (refund.status() != RefundStatus.UNCERTAIN) {
            throw new Conflict("Refund " + refundId + " is " + refund.status() + "; only UNCERTAIN refunds are resolved by hand");
        }
        RefundOutcome applied = outcome == RefundStatus.COMPLETED ? new RefundOutcome.Completed(refund.providerReference())
                : new RefundOutcome.Failed("resolved by " + caller.describe() + ": " + note.strip());
        Refund resolved = settling.apply(refundId, applied).orElseThrow();
        audit.record("REFUND_RESOLVED", caller.describe(), "refund:" + refundId, context,
                Map.of("outcome", outcome.name(), "note", note.strip(), "paymentId", refund.paymentId().toString()));
        return resolved;
    }
}
