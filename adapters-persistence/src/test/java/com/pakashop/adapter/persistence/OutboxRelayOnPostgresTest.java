package com.pakashop.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.DeadLetter;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.ListingDeadLetters;
import com.pakashop.application.events.NewEvent;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.events.RelayingOutboxEvents;
import com.pakashop.application.events.ReplayingDeadLetter;
import com.pakashop.application.events.RetrySchedule;
import com.pakashop.application.jobs.PurgingExpiredRows;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxRelayOnPostgresTest {
    private static final PostgresDatabase db = MigratedDatabase.get();
    private final Clock clock = Clock.systemUTC();
    private final Ids ids = new Ids(clock);
    private final JdbiTransactions tx = new JdbiTransactions(db.jdbi());
    private final JdbiOutbox outbox = new JdbiOutbox(tx, ids, clock);
    private final JdbiOutboxDeliveries deliveries = new JdbiOutboxDeliveries(tx, ids);
    private final JdbiProcessedEvents processed = new JdbiProcessedEvents(tx);
    private final String type = "TestEvent-" + UUID.randomUUID();

    @Test
    void twoRelaysRunningAtOnceDeliverEveryEventExactlyOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            String aggregate = "order-" + i;
            tx.inTransaction(() -> outbox.append(new NewEvent(type, aggregate, Map.of("n", aggregate))));
        }
        CountingHandler handler = new CountingHandler("invoicing-" + type, type, 0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Void> drain = () -> {
                RelayingOutboxEvents relay = relay(handler, 3);
                for (int pass = 0; pass < 40; pass++) {
                    relay.relayOnce();
                }
                return null;
            };
            List<Future<Void>> runs = pool.invokeAll(List.of(drain, drain));
            for (Future<Void> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(handler.calls).hasSize(200);
        assertThat(handler.calls.values()).allMatch(count -> count.get() == 1);
    }

    @Test
    void aDeliveryThatKeepsFailingIsDeadLetteredAndCanBeReplayed() {
        tx.inTransaction(() -> outbox.append(new NewEvent(type, "order-x", Map.of("amount", "10.00"))));
        CountingHandler broken = new CountingHandler("zra-" + type, type, 2);
        RelayingOutboxEvents relay = relay(broken, 1);

        relay.relayOnce();
        Optional<DeadLetter> dead = deadLetterFor(broken.name());
        assertThat(dead).isPresent();
        assertThat(dead.get().lastError()).contains("ZRA VSDC did not answer");

        replaying().replay(new ReplayingDeadLetter.Replay(dead.get().deliveryId(), "operator:ops", "VSDC restored"),
                RequestContext.NONE);
        relay.relayOnce();
        assertThat(deadLetterFor(broken.name())).isPresent();
        replaying().replay(new ReplayingDeadLetter.Replay(dead.get().deliveryId(), "operator:ops", "VSDC restored again"),
                RequestContext.NONE);
        relay.relayOnce();

        assertThat(deadLetterFor(broken.name())).isEmpty();
        assertThat(broken.calls).hasSize(1);
        assertThat(replaysOf(dead.get().deliveryId())).isEqualTo(2);
    }

    @Test
    void deliveredEventsArePurgedAfterRetentionButPendingOnesStay() {
        tx.inTransaction(() -> outbox.append(new NewEvent(type, "purge-me", Map.of())));
        CountingHandler fine = new CountingHandler("purge-" + type, type, 0);
        relay(fine, 3).relayOnce();
        String otherType = type + "-pending";
        tx.inTransaction(() -> outbox.append(new NewEvent(otherType, "keep-me", Map.of())));
        relay(new CountingHandler("never-due-" + type, otherType, Integer.MAX_VALUE), 5).relayOnce();

        Clock later = Clock.offset(clock, Duration.ofDays(8));
        new PurgingExpiredRows(new JdbiExpiredRows(tx), Duration.ofDays(7), later).purge();

        assertThat(eventsFor("purge-me")).isZero();
        assertThat(eventsFor("keep-me")).isEqualTo(1);
    }

    private RelayingOutboxEvents relay(EventHandler handler, int maxAttempts) {
        return new RelayingOutboxEvents(List.of(handler), deliveries, processed, tx,
                new RetrySchedule(maxAttempts, Duration.ofMillis(1), Duration.ofMillis(1)), Duration.ofMinutes(1), 25, clock);
    }

    private ReplayingDeadLetter replaying() {
        return new ReplayingDeadLetter(deliveries, tx, new Auditing(new JdbiAuditLog(tx), ids, clock), clock);
    }

    private Optional<DeadLetter> deadLetterFor(String handler) {
        return new ListingDeadLetters(deliveries).list(Optional.empty(), 100).items().stream()
                .filter(d -> d.handler().equals(handler)).findFirst();
    }

    private int eventsFor(String aggregate) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM outbox_events WHERE aggregate_id = :a")
                .bind("a", aggregate).mapTo(Integer.class).one());
    }

    private int replaysOf(UUID deliveryId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM outbox_replays WHERE delivery_id = :d")
                .bind("d", deliveryId).mapTo(Integer.class).one());
    }

    static final class CountingHandler implements EventHandler {
        private final String name;
        private final String type;
        private final AtomicInteger failuresLeft;
        final ConcurrentMap<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();

        CountingHandler(String name, String type, int failures) {
            this.name = name;
            this.type = type;
            this.failuresLeft = new AtomicInteger(failures);
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
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("ZRA VSDC did not answer");
            }
            calls.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }
    }

}
