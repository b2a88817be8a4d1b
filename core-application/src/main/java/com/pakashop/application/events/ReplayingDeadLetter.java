package com.pakashop.application.events;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Validation;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a dead delivery back in line for a fresh set of attempts. Who asked and why is stored on
 * the delivery, so a replay is never anonymous.
 */
public final class ReplayingDeadLetter {
    private static final Logger log = LoggerFactory.getLogger(ReplayingDeadLetter.class);
    public static final int MAX_REASON_LENGTH = 500;

    private final OutboxDeliveries deliveries;
    private final Transactions tx;
    private final Auditing audit;
    private final Clock clock;

    public ReplayingDeadLetter(OutboxDeliveries deliveries, Transactions tx, Auditing audit, Clock clock) {
        this.deliveries = deliveries;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public void replay(Replay command, RequestContext context) {
        tx.inTransaction(() -> {
            if (!deliveries.replay(command.deliveryId(), clock.instant(), command.actor(), command.reason())) {
                throw new NotFound("No dead letter " + command.deliveryId() + " (it may have been replayed already)");
            }
            audit.record("DEAD_LETTER_REPLAYED", command.actor(), "delivery:" + command.deliveryId(), context,
                    Map.of("reason", command.reason()));
        });
        log.info("Dead letter {} replayed by {}: {}", command.deliveryId(), command.actor(), command.reason());
    }

    /** A replay request; it validates itself so the use case never sees a nameless or reasonless one. */
    public record Replay(UUID deliveryId, String actor, String reason) {
        public Replay {
            new Validation()
                    .require(deliveryId != null, "deliveryId", "is required")
                    .require(actor != null && !actor.isBlank(), "actor", "is required")
                    .require(reason != null && !reason.isBlank(), "reason", "is required: say why the delivery may now succeed")
                    .require(reason == null || reason.length() <= MAX_REASON_LENGTH, "reason",
                            "must be at most " + MAX_REASON_LENGTH + " characters")
                    .throwIfInvalid();
            reason = reason.strip();
        }
    }
}
