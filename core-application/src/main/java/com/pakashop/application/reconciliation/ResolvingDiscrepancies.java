package com.pakashop.application.reconciliation;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.reconciliation.DiscrepancyClass;
import com.pakashop.domain.reconciliation.ReconciliationRun;
import com.pakashop.domain.reconciliation.StoredDiscrepancy;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finance reads runs and their discrepancies, and resolves a discrepancy with a note (audited). */
public final class ResolvingDiscrepancies {
    private static final int MAX_PAGE = 500;
    private static final int MAX_NOTE = 2_000;

    private final ReconciliationStore store;
    private final Auditing audit;
    private final Transactions tx;
    private final Clock clock;

    public ResolvingDiscrepancies(ReconciliationStore store, Auditing audit, Transactions tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public List<ReconciliationRun> runs(Principal caller, Optional<UUID> before, int limit) {
        caller.require(Permission.RECONCILIATION_MANAGE);
        requireLimit(limit);
        return tx.inTransaction(() -> store.runs(before, limit));
    }

    public ReconciliationRun run(Principal caller, UUID id) {
        caller.require(Permission.RECONCILIATION_MANAGE);
        return tx.inTransaction(() -> store.run(id)).orElseThrow(() -> new NotFound("No reconciliation run " + id));
    }

    public List<StoredDiscrepancy> discrepancies(Principal caller, UUID runId, Optional<DiscrepancyClass> kind,
                                                 Optional<Boolean> resolved, Optional<UUID> after, int limit) {
        run(caller, runId);
        requireLimit(limit);
        return tx.inTransaction(() -> store.discrepancies(runId, kind, resolved, after, limit));
    }

    public StoredDiscrepancy resolve(Principal caller, UUID id, String note, RequestContext context) {
        caller.require(Permission.RECONCILIATION_MANAGE);
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            throw ValidationFailed.of("note", "say what was found and done, in at most " + MAX_NOTE + " characters");
        }
        return tx.inTransaction(() -> {
            StoredDiscrepancy found = store.discrepancyForUpdate(id)
                    .orElseThrow(() -> new NotFound("No discrepancy " + id));
            if (found.resolution().isPresent()) {
                throw new Conflict("Discrepancy " + id + " was resolved by " + found.resolution().get().by());
            }
            StoredDiscrepancy.Resolution resolution = new StoredDiscrepancy.Resolution(caller.describe(), note.strip(),
                    clock.instant());
            store.resolve(id, resolution);
            audit.record("DISCREPANCY_RESOLVED", caller.describe(), "discrepancy:" + id, context, Map.of(
                    "runId", found.runId().toString(), "class", found.kind().name(), "note", note.strip()));
            return new StoredDiscrepancy(found.id(), found.runId(), found.kind(), found.line(), found.providerId(),
                    found.ourId(), found.transfer(), found.statementAmount(), found.ourAmount(), found.detail(),
                    Optional.of(resolution));
        });
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ValidationFailed.of("limit", "must be between 1 and " + MAX_PAGE);
        }
    }
}
