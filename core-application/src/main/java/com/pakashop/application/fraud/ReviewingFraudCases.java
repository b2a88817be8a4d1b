package com.pakashop.application.fraud;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.ordering.MovingOrders;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.fraud.FraudCase;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The fraud dashboard (seed §4.5, step 4): FINANCE and ADMIN read held attempts with their score
 * and reasons, then approve (the buyer's next attempt for those orders goes through) or reject
 * (the orders are cancelled and their stock released). Every decision is audited with a note.
 */
public final class ReviewingFraudCases {
    public static final int MAX_PAGE = 100;

    private final FraudCases cases;
    private final MovingOrders movingOrders;
    private final Auditing audit;
    private final Transactions tx;
    private final Clock clock;

    public ReviewingFraudCases(FraudCases cases, MovingOrders movingOrders, Auditing audit, Transactions tx,
                               Clock clock) {
        this.cases = cases;
        this.movingOrders = movingOrders;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public List<FraudCase> list(Principal caller, Optional<FraudCase.Status> status, Optional<UUID> before, int limit) {
        caller.require(Permission.FRAUD_REVIEW);
        return cases.find(status, before, Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    public FraudCase get(Principal caller, UUID id) {
        caller.require(Permission.FRAUD_REVIEW);
        return cases.byId(id).orElseThrow(() -> new NotFound("No fraud case " + id));
    }

    public FraudCase approve(Principal caller, UUID id, String note, RequestContext context) {
        return decide(caller, id, FraudCase.Status.APPROVED, note, context);
    }

    public FraudCase reject(Principal caller, UUID id, String note, RequestContext context) {
        return decide(caller, id, FraudCase.Status.REJECTED, note, context);
    }

    private FraudCase decide(Principal caller, UUID id, FraudCase.Status decision, String note, RequestContext context) {
        caller.require(Permission.FRAUD_REVIEW);
        if (note == null || note.isBlank()) {
            throw ValidationFailed.of("note", "say what you checked; it stays with the decision");
        }
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            FraudCase open = cases.byIdForUpdate(id).orElseThrow(() -> new NotFound("No fraud case " + id));
            FraudCase decided = cases.update(open, open.decide(decision, caller.describe(), note.strip(), now));
            if (decision == FraudCase.Status.REJECTED) {
                for (UUID orderId : open.orderIds()) {
                    movingOrders.cancelAsStaff(orderId, caller.describe(), "payment rejected by fraud review: " + note.strip());
                }
            }
            audit.record("FRAUD_CASE_" + decision, caller.describe(), "fraud-case:" + id, context,
                    Map.of("note", note.strip(), "score", String.valueOf(open.score())));
            return decided;
        });
    }
}
