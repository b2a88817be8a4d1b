package com.pakashop.application.payments;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.shared.DependencyUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Callbacks get lost and processes die between a provider call and our write. This worker job
 * asks the provider about payments still waiting after {@code recheckAfter}, applies what it
 * learns like a callback, and fails a payment still unresolved after {@code giveUpAfter} (its
 * orders then expire and give their stock back). Event ids are derived from the payment and the
 * outcome, so two workers asking at once apply it once.
 */
public final class ReconcilingPayments {
    private static final Logger log = LoggerFactory.getLogger(ReconcilingPayments.class);
    private static final int BATCH = 50;

    private final Payments payments;
    private final PaymentRouting routing;
    private final ApplyingPaymentEvents applying;
    private final Transactions tx;
    private final Duration recheckAfter;
    private final Duration giveUpAfter;
    private final Clock clock;

    public ReconcilingPayments(Payments payments, PaymentRouting routing, ApplyingPaymentEvents applying,
                               Transactions tx, Duration recheckAfter, Duration giveUpAfter, Clock clock) {
        this.payments = payments;
        this.routing = routing;
        this.applying = applying;
        this.tx = tx;
        this.recheckAfter = recheckAfter;
        this.giveUpAfter = giveUpAfter;
        this.clock = clock;
    }

    public int recheck() {
        Instant now = clock.instant();
        List<Payment> waiting = tx.inTransaction(() -> payments.awaitingProviderSince(now.minus(recheckAfter), BATCH));
        int resolved = 0;
        for (Payment payment : waiting) {
            if (resolve(payment, now)) {
                resolved++;
            }
        }
        if (resolved > 0) {
            log.info("Resolved {} of {} payment(s) still waiting for their provider", resolved, waiting.size());
        }
        return resolved;
    }

    private boolean resolve(Payment payment, Instant now) {
        Optional<PaymentProvider> provider = routing.named(payment.provider());
        if (provider.isEmpty()) {
            log.warn("Payment {} is with {}, which is not configured now", payment.id(), payment.provider());
            return false;
        }
        CollectionState state;
        try {
            state = provider.get().collectionStatus(payment.id());
        } catch (DependencyUnavailable e) {
            log.warn("Could not ask {} about payment {}: {}", payment.provider(), payment.id(), e.getMessage());
            return false;
        }
        if (state.outcome() == CollectionState.Outcome.COMPLETED || state.outcome() == CollectionState.Outcome.FAILED) {
            applying.apply(ProviderEvent.asked(payment.provider(), payment.id(), state));
            return true;
        }
        if (payment.createdAt().isBefore(now.minus(giveUpAfter))) {
            applying.apply(new ProviderEvent(payment.provider(), "give-up:" + payment.id(),
                    ProviderEvent.Subject.COLLECTION, payment.id(),
                    CollectionState.Outcome.FAILED, Optional.empty(), Optional.empty(),
                    Optional.of("no final answer from " + payment.provider() + " within " + giveUpAfter.toMinutes()
                            + " minutes (last: " + state.outcome() + ")"), false));
            return true;
        }
        return false;
    }
}
