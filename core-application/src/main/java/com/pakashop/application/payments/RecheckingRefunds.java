package com.pakashop.application.payments;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.shared.DependencyUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refunds whose answer never came (a lost callback, a time-out, a crash after the provider call)
 * are asked about after {@code recheckAfter}. A refund the provider never saw is sent again under
 * the same id, which a provider keyed on our id ignores if it did see it after all; one it cannot
 * look up by our id goes to a person rather than risk paying twice.
 */
public final class RecheckingRefunds {
    private static final Logger log = LoggerFactory.getLogger(RecheckingRefunds.class);
    private static final int BATCH = 50;

    private final Refunds refunds;
    private final PaymentRouting routing;
    private final SettlingRefunds settling;
    private final RequestingRefunds requesting;
    private final Transactions tx;
    private final Duration recheckAfter;
    private final Clock clock;

    public RecheckingRefunds(Refunds refunds, PaymentRouting routing, SettlingRefunds settling,
                             RequestingRefunds requesting, Transactions tx, Duration recheckAfter, Clock clock) {
        this.refunds = refunds;
        this.routing = routing;
        this.settling = settling;
        this.requesting = requesting;
        this.tx = tx;
        this.recheckAfter = recheckAfter;
        this.clock = clock;
    }

    public int recheck() {
        Instant now = clock.instant();
        List<Refund> waiting = tx.inTransaction(() -> refunds.awaitingProviderSince(now.minus(recheckAfter), BATCH));
        int moved = 0;
        for (Refund refund : waiting) {
            if (recheck(refund)) {
                moved++;
            }
        }
        if (moved > 0) {
            log.info("Moved {} of {} refund(s) still waiting for their provider", moved, waiting.size());
        }
        return moved;
    }

    private boolean recheck(Refund refund) {
        Optional<PaymentProvider> provider = routing.named(refund.provider());
        if (provider.isEmpty()) {
            log.warn("Refund {} is with {}, which is not configured now", refund.id(), refund.provider());
            return false;
        }
        TransferState state;
        try {
            state = provider.get().refundStatus(refund.id(), refund.providerReference());
        } catch (DependencyUnavailable e) {
            log.warn("Could not ask {} about refund {}: {}", refund.provider(), refund.id(), e.getMessage());
            return false;
        }
        if (state.outcome() == TransferState.Outcome.NOT_FOUND && refund.status() == RefundStatus.REQUESTED) {
            try {
                return requesting.send(refund).status() != RefundStatus.REQUESTED;
            } catch (DependencyUnavailable e) {
                return true;
            }
        }
        Optional<RefundOutcome> outcome = RefundOutcome.of(state, refund);
        outcome.ifPresent(o -> settling.apply(refund.id(), o));
        return outcome.isPresent();
    }
}
