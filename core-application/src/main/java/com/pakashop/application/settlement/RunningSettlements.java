package com.pakashop.application.settlement;

import static com.pakashop.domain.shared.BusinessTime.LUSAKA;

import com.pakashop.application.shared.Pause;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.settlement.PayoutStatus;
import com.pakashop.domain.settlement.SettlementBatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When settlement runs. Unfinished batches are always carried on first, so a run after a crash
 * finishes what the crashed one started before it plans anything new. The daily batch closes at
 * the cut-off (in Lusaka time); its cut-off is its key, so each day's batch is planned once.
 */
public final class RunningSettlements {
    private static final Duration FOLLOW_EVERY = Duration.ofMillis(500);
    private final PlanningSettlements planning;
    private final PayingOut payingOut;
    private final SettlementBatches settlementBatches;
    private final SettlementPolicy policy;
    private final Transactions tx;
    private final Clock clock;
    private final Pause pause;

    public RunningSettlements(PlanningSettlements planning, PayingOut payingOut, SettlementBatches settlementBatches,
                              SettlementPolicy policy, Transactions tx, Clock clock, Pause pause) {
        this.planning = planning;
        this.payingOut = payingOut;
        this.settlementBatches = settlementBatches;
        this.policy = policy;
        this.tx = tx;
        this.clock = clock;
        this.pause = pause;
    }

    /** The recurring job: carries open batches on, and plans and pays the day's batch once its cut-off has passed. */
    public void runDue() {
        resumeOpen();
        Instant cutoff = latestCutoff(clock.instant());
        if (tx.inTransaction(() -> settlementBatches.batchByCutoff(cutoff)).isEmpty()) {
            SettlementBatch batch = planning.plan(cutoff, "SCHEDULED", "system:settlement", RequestContext.NONE);
            payingOut.execute(batch.id());
        }
    }

    /**
     * {@code pakashop settlement run}: finishes open batches (a run after a crash completes the
     * crashed one first), then plans and pays everything delivered until now. Payouts are followed
     * for up to {@code wait} (zero: one pass) so the person running it sees them settle; what is
     * still in flight then is followed by the job.
     */
    public List<Run> runNow(Principal caller, RequestContext context, Duration wait) {
        caller.require(Permission.SETTLEMENT_MANAGE);
        Instant until = clock.instant().plus(wait);
        List<Run> resumed = follow(resumeOpen(), until);
        SettlementBatch batch = planning.plan(clock.instant(), "MANUAL", caller.describe(), context);
        List<Run> runs = new ArrayList<>(resumed);
        runs.addAll(follow(List.of(new Run(batch.id(), payingOut.execute(batch.id()))), until));
        return runs;
    }

    /** Plans a batch closing now and leaves paying it to the job, which carries open batches on every pass. */
    public SettlementBatch planNow(Principal caller, RequestContext context) {
        caller.require(Permission.SETTLEMENT_MANAGE);
        return planning.plan(clock.instant(), "MANUAL", caller.describe(), context);
    }

    /** Further passes over batches with payouts in flight, until none is left or {@code until}. */
    private List<Run> follow(List<Run> runs, Instant until) {
        List<Run> current = runs;
        while (clock.instant().isBefore(until) && current.stream().anyMatch(Run::inFlight)) {
            pause.pause(FOLLOW_EVERY);
            current = current.stream().map(run -> run.inFlight()
                    ? new Run(run.batchId(), payingOut.execute(run.batchId())) : run).toList();
        }
        return current;
    }

    /** The most recent cut-off at or before {@code now}. */
    public Instant latestCutoff(Instant now) {
        ZonedDateTime local = now.atZone(LUSAKA);
        ZonedDateTime today = local.toLocalDate().atTime(policy.cutoff()).atZone(LUSAKA);
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }

    private List<Run> resumeOpen() {
        List<Run> runs = new ArrayList<>();
        for (SettlementBatch open : tx.inTransaction(settlementBatches::openBatches)) {
            runs.add(new Run(open.id(), payingOut.execute(open.id())));
        }
        return runs;
    }

    /** A batch worked on, and where its payouts stand afterwards. */
    public record Run(UUID batchId, Map<PayoutStatus, Integer> payouts) {
        boolean inFlight() {
            return payouts.entrySet().stream().anyMatch(e -> !e.getKey().isFinal() && e.getValue() > 0);
        }
    }
}
