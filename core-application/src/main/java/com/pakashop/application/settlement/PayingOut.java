package com.pakashop.application.settlement;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.payments.PaymentProvider;
import com.pakashop.application.payments.PaymentRouting;
import com.pakashop.application.payments.PayoutRequest;
import com.pakashop.application.payments.TransferStart;
import com.pakashop.application.payments.TransferState;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ledger.Bookings;
import com.pakashop.domain.settlement.PayeeKind;
import com.pakashop.domain.settlement.Payout;
import com.pakashop.domain.settlement.PayoutStatus;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a batch's payouts and follows them to the end. Crash safety comes from one rule: a payout
 * is marked SUBMITTING (committed) before the provider is called, and a payout that may be at the
 * provider (SUBMITTING, SENT, UNCERTAIN) is asked about before anything is sent again. Only a
 * provider that says it never saw the payout gets it again, under the same id, which the provider
 * takes as its idempotency key. Completion books the ledger's PAYOUT entry and settles the orders;
 * failure returns the items to the pool for the next batch.
 */
public final class PayingOut {
    private static final Logger log = LoggerFactory.getLogger(PayingOut.class);
    private static final String SYSTEM = "system:settlement";

    private final SettlementPool settlementPool;
    private final SettlementBatches settlementBatches;
    private final Payouts payoutRecords;
    private final PaymentRouting routing;
    private final Ledger ledger;
    private final Auditing audit;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public PayingOut(SettlementPool settlementPool, SettlementBatches settlementBatches, Payouts payoutRecords,
                     PaymentRouting routing, Ledger ledger, Auditing audit, Transactions tx, Ids ids, Clock clock) {
        this.settlementPool = settlementPool;
        this.settlementBatches = settlementBatches;
        this.payoutRecords = payoutRecords;
        this.routing = routing;
        this.ledger = ledger;
        this.audit = audit;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** One pass over the batch's unfinished payouts; closes the batch when none is left. */
    public Map<PayoutStatus, Integer> execute(UUID batchId) {
        for (Payout payout : tx.inTransaction(() -> payoutRecords.payoutsOf(batchId, Optional.empty()))) {
            if (!payout.status().isFinal()) {
                advance(payout.id());
            }
        }
        return tx.inTransaction(() -> {
            Map<PayoutStatus, Integer> counts = payoutRecords.countsOf(batchId);
            boolean done = counts.entrySet().stream().allMatch(e -> e.getKey().isFinal() || e.getValue() == 0);
            if (done && settlementBatches.batch(batchId).map(b -> b.closedAt().isEmpty()).orElse(false)) {
                settlementBatches.closeBatch(batchId, clock.instant());
                log.info("Settlement batch {} closed: {}", batchId, counts);
            }
            return counts;
        });
    }

    /** Moves one payout on: sends it if it was never sent, otherwise asks the provider where it is. */
    public void advance(UUID payoutId) {
        Optional<Payout> found = tx.inTransaction(() -> payoutRecords.payout(payoutId));
        if (found.isEmpty() || found.get().status().isFinal()) {
            return;
        }
        if (found.get().status().mayBeAtProvider()) {
            recheck(found.get());
            return;
        }
        Optional<Payout> claimed = tx.inTransaction(() -> payoutRecords.payoutForUpdate(payoutId)
                .filter(p -> p.status() == PayoutStatus.CREATED)
                .map(p -> payoutRecords.update(p, p.submitting(clock.instant()))));
        if (claimed.isEmpty()) {
            return;
        }
        Payout sending = claimed.get();
        TransferStart start;
        try {
            start = provider(sending).startPayout(new PayoutRequest(sending.id(), sending.amount(), sending.recipient(),
                    sending.network(), sending.recipientName(), "Pakashop settlement"));
        } catch (DependencyUnavailable e) {
            log.warn("Payout {} not taken ({}); it is sent again on the next pass", sending.id(), e.getMessage());
            move(sending.id(), PayoutStatus.CREATED, Optional.empty(), Optional.of(e.getMessage()));
            return;
        } catch (RuntimeException e) {
            start = new TransferStart.Uncertain(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        apply(sending.id(), start);
    }

    private void apply(UUID payoutId, TransferStart start) {
        if (start instanceof TransferStart.Accepted accepted) {
            move(payoutId, PayoutStatus.SENT, accepted.providerReference(), Optional.empty());
        } else if (start instanceof TransferStart.Completed completed) {
            complete(payoutId, completed.providerReference());
        } else if (start instanceof TransferStart.Refused refused) {
            fail(payoutId, refused.code() + ": " + refused.message());
        } else {
            String message = ((TransferStart.Uncertain) start).message();
            log.warn("Payout {} may or may not have been taken: {}", payoutId, message);
            move(payoutId, PayoutStatus.UNCERTAIN, Optional.empty(), Optional.of(message));
        }
    }

    private void recheck(Payout payout) {
        TransferState state;
        try {
            state = provider(payout).payoutStatus(payout.id(), payout.providerReference());
        } catch (RuntimeException e) {
            log.warn("Could not ask {} about payout {}: {}", payout.provider(), payout.id(), e.getMessage());
            return;
        }
        switch (state.outcome()) {
            case COMPLETED -> complete(payout.id(), state.providerReference());
            case FAILED -> fail(payout.id(), state.failure().orElse("the provider reports it failed"));
            case PENDING -> {
                if (payout.status() != PayoutStatus.SENT) {
                    move(payout.id(), PayoutStatus.SENT, state.providerReference(), Optional.empty());
                }
            }
            case NOT_FOUND -> {
                log.info("{} never saw payout {}; it goes again under the same id", payout.provider(), payout.id());
                move(payout.id(), PayoutStatus.CREATED, Optional.empty(), Optional.of("not found at the provider"));
                advance(payout.id());
            }
            case UNTRACEABLE -> {
                if (payout.status() != PayoutStatus.UNCERTAIN) {
                    log.error("Payout {} cannot be traced at {}: finance must check by hand", payout.id(),
                            payout.provider());
                    move(payout.id(), PayoutStatus.UNCERTAIN, Optional.empty(),
                            Optional.of("untraceable at the provider; check its dashboard"));
                }
            }
        }
    }

    private void move(UUID payoutId, PayoutStatus next, Optional<String> reference, Optional<String> why) {
        tx.inTransaction(() -> {
            Payout current = payoutRecords.payoutForUpdate(payoutId).orElseThrow();
            if (current.status().isFinal() || current.status() == next) {
                return;
            }
            payoutRecords.update(current, current.moveTo(next, reference, why, clock.instant()));
        });
    }

    private void complete(UUID payoutId, Optional<String> reference) {
        tx.inTransaction(() -> {
            Payout current = payoutRecords.payoutForUpdate(payoutId).orElseThrow();
            if (current.status().isFinal()) {
                return;
            }
            Instant now = clock.instant();
            Account payable = Account.of(current.payee().kind() == PayeeKind.VENDOR ? AccountKind.VENDOR_PAYABLE
                    : AccountKind.AGENT_PAYABLE, current.payee().id());
            ledger.post(Bookings.payout(ids.next(), now, current.id(), current.provider(), payable, current.amount(),
                    ledger.balance(payable)));
            payoutRecords.update(current, current.moveTo(PayoutStatus.COMPLETED, reference, Optional.empty(), now));
            int settled = current.payee().kind() == PayeeKind.VENDOR ? settlementPool.settleOrdersOf(current.id()) : 0;
            audit.record("PAYOUT_COMPLETED", SYSTEM, "payout:" + current.id(), RequestContext.NONE, Map.of(
                    "batchId", current.batchId().toString(), "payee", current.payee().kind() + ":" + current.payee().id(),
                    "amount", current.amount().toDecimalString(), "provider", current.provider(),
                    "ordersSettled", Integer.toString(settled)));
        });
    }

    private void fail(UUID payoutId, String why) {
        tx.inTransaction(() -> {
            Payout current = payoutRecords.payoutForUpdate(payoutId).orElseThrow();
            if (current.status().isFinal()) {
                return;
            }
            payoutRecords.update(current, current.moveTo(PayoutStatus.FAILED, Optional.empty(), Optional.of(why), clock.instant()));
            settlementPool.returnItemsToPool(current.id());
            audit.record("PAYOUT_FAILED", SYSTEM, "payout:" + current.id(), RequestContext.NONE, Map.of(
                    "batchId", current.batchId().toString(), "payee", current.payee().kind() + ":" + current.payee().id(),
                    "amount", current.amount().toDecimalString(), "reason", why));
            log.error("Payout {} of {} to {} {} FAILED: {}; its orders wait for the next batch", current.id(),
                    current.amount(), current.payee().kind(), current.payee().id(), why);
        });
    }

    private PaymentProvider provider(Payout payout) {
        return routing.named(payout.provider()).orElseThrow(() -> new DependencyUnavailable(payout.provider(),
                "is not configured, so payout " + payout.id() + " cannot be sent or followed"));
    }
}
