package com.pakashop.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.PaymentFailed;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RelayingOutboxEventsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final RecordingProcessedEvents processed = new RecordingProcessedEvents();
    private final RetrySchedule retries = new RetrySchedule(3, Duration.ofSeconds(10), Duration.ofMinutes(5));

    @Test
    void everyInterestedHandlerReceivesTheEventOnce() {
        RecordingHandler invoicing = new RecordingHandler("invoicing", "OrderPaid", 0);
        RecordingHandler search = new RecordingHandler("search", "ProductChanged", 0);
        RelayingOutboxEvents relay = relay(invoicing, search);
        OutboxEvent paid = event("OrderPaid");
        deliveries.add(paid);

        RelayReport first = relay.relayOnce();
        RelayReport second = relay.relayOnce();

        assertThat(first).isEqualTo(new RelayReport(1, 1, 0, 0));
        assertThat(second).isEqualTo(new RelayReport(0, 0, 0, 0));
        assertThat(invoicing.received).containsExactly(paid.id());
        assertThat(search.received).isEmpty();
        assertThat(processed.done).containsExactly(paid.id() + "/invoicing");
    }

    @Test
    void aFailingHandlerIsRetriedWithBackOffAndSucceedsLater() {
        RecordingHandler flaky = new RecordingHandler("notifications", "OrderPaid", 1);
        RelayingOutboxEvents relay = relay(flaky);
        deliveries.add(event("OrderPaid"));

        assertThat(relay.relayOnce().retried()).isEqualTo(1);
        assertThat(relay.relayOnce().delivered()).as("not due before the back-off").isZero();
        clock.advance(Duration.ofSeconds(10));
        assertThat(relay.relayOnce().delivered()).isEqualTo(1);
        assertThat(flaky.received).hasSize(1);
    }

    @Test
    void aHandlerThatKeepsFailingIsDeadLetteredAfterTheLastAttempt() {
        RecordingHandler broken = new RecordingHandler("invoicing", "OrderPaid", Integer.MAX_VALUE);
        RelayingOutboxEvents relay = relay(broken);
        deliveries.add(event("OrderPaid"));

        relay.relayOnce();
        clock.advance(Duration.ofSeconds(10));
        relay.relayOnce();
        clock.advance(Duration.ofSeconds(20));
        RelayReport last = relay.relayOnce();

        assertThat(last.dead()).isEqualTo(1);
        InMemoryDeliveries.Row row = deliveries.rowsFor("invoicing").get(0);
        assertThat(row.status).isEqualTo("DEAD");
        assertThat(row.attempts).isEqualTo(3);
        assertThat(row.lastError).contains("handler failed on purpose");
    }

    @Test
    void anEventAlreadyProcessedByAHandlerIsNotHandledAgain() {
        RecordingHandler invoicing = new RecordingHandler("invoicing", "OrderPaid", 0);
        OutboxEvent paid = event("OrderPaid");
        processed.record(paid.id(), "invoicing", clock.instant());
        deliveries.add(paid);

        RelayReport report = relay(invoicing).relayOnce();

        assertThat(report.delivered()).isEqualTo(1);
        assertThat(invoicing.received).isEmpty();
    }

    @Test
    void aReplayedDeadLetterGetsAFreshSetOfAttempts() {
        RecordingHandler handler = new RecordingHandler("invoicing", "OrderPaid", 3);
        RelayingOutboxEvents relay = relay(handler);
        deliveries.add(event("OrderPaid"));
        relay.relayOnce();
        clock.advance(Duration.ofSeconds(10));
        relay.relayOnce();
        clock.advance(Duration.ofSeconds(20));
        relay.relayOnce();
        UUID dead = deliveries.rowsFor("invoicing").get(0).id;

        RecordingAuditLog audit = new RecordingAuditLog();
        new ReplayingDeadLetter(deliveries, new DirectTransactions(), new Auditing(audit, new Ids(clock), clock), clock)
                .replay(new ReplayingDeadLetter.Replay(dead, "operator:ops", "ZRA is back"), RequestContext.NONE);

        assertThat(relay.relayOnce().delivered()).isEqualTo(1);
        assertThat(handler.received).hasSize(1);
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("DEAD_LETTER_REPLAYED");
            assertThat(entry.actor()).isEqualTo("operator:ops");
        });
    }

    @Test
    void aProcessLeavesDeliveriesForHandlersItDoesNotHaveToProcessesThatDo() {
        relay(new RecordingHandler("loyalty", "OrderPaid", 1)).relayOnce();
        deliveries.add(event("OrderPaid"));
        relay(new RecordingHandler("loyalty", "OrderPaid", 1)).relayOnce();
        clock.advance(Duration.ofSeconds(10));

        RelayReport olderProcess = relay(new RecordingHandler("invoicing", "OrderPaid", 0)).relayOnce();

        assertThat(olderProcess).isEqualTo(new RelayReport(0, 0, 0, 0));
        InMemoryDeliveries.Row waiting = deliveries.rowsFor("loyalty").get(0);
        assertThat(waiting.status).isEqualTo("PENDING");
        assertThat(waiting.attempts).isEqualTo(1);
    }

    private RelayingOutboxEvents relay(EventHandler... handlers) {
        return new RelayingOutboxEvents(List.of(handlers), deliveries, processed, new DirectTransactions(),
                retries, Duration.ofMinutes(1), 50, clock);
    }

    private OutboxEvent event(String type) {
        UUID order = UUID.randomUUID();
        return new OutboxEvent(UUID.randomUUID(), type, order.toString(), () -> new PaymentFailed(UUID.randomUUID(), order,
                "test"), clock.instant());
    }

    static final class RecordingHandler implements EventHandler {
        final String name;
        final String type;
        int failuresLeft;
        final List<UUID> received = new ArrayList<>();

        RecordingHandler(String name, String type, int failures) {
            this.name = name;
            this.type = type;
            this.failuresLeft = failures;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean handles(String eventType) {
            return type.equals(eventType);
        }

        @Override
        public void handle(OutboxEvent event) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("handler failed on purpose");
            }
            received.add(event.id());
        }
    }

    static final class RecordingProcessedEvents implements ProcessedEvents {
        final Set<String> done = new HashSet<>();

        @Override
        public boolean isProcessed(UUID eventId, String handler) {
            return done.contains(eventId + "/" + handler);
        }

        @Override
        public void record(UUID eventId, String handler, Instant at) {
            done.add(eventId + "/" + handler);
        }
    }

    static final class DirectTransactions implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
