package com.pakashop.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.DeadLetter;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.ListingDeadLetters;
import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.events.PaymentFailed;
import com.pakashop.application.events.PaymentNeedsReview;
import com.pakashop.application.events.RelayingOutboxEvents;
import com.pakashop.application.events.ReplayingDeadLetter;
import com.pakashop.application.events.RetrySchedule;
import com.pakashop.application.jobs.PurgingExpiredRows;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.SettlementStatus;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
            stored(type, aggregate, "{}");
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
        stored(type, "order-x", "{}");
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
        stored(type, "purge-me", "{}");
        CountingHandler fine = new CountingHandler("purge-" + type, type, 0);
        relay(fine, 3).relayOnce();
        String otherType = type + "-pending";
        stored(otherType, "keep-me", "{}");
        relay(new CountingHandler("never-due-" + type, otherType, Integer.MAX_VALUE), 5).relayOnce();

        Clock later = Clock.offset(clock, Duration.ofDays(8));
        new PurgingExpiredRows(new JdbiExpiredRows(tx), Duration.ofDays(7), later).purge();

        assertThat(eventsFor("purge-me")).isZero();
        assertThat(eventsFor("keep-me")).isEqualTo(1);
    }

    @Test
    void aRowWrittenBeforeEventsWereRecordsReachesItsHandlerAsTheRecord() {
        UUID order = UUID.randomUUID();
        UUID buyer = UUID.randomUUID();
        UUID shop = UUID.randomUUID();
        UUID event = stored("OrderDelivered", order.toString(), "{\"orderId\":\"" + order + "\",\"buyerId\":\"" + buyer
                + "\",\"shopId\":\"" + shop + "\",\"from\":\"OUT_FOR_DELIVERY\",\"to\":\"DELIVERED\","
                + "\"settlement\":\"RELEASABLE\",\"goodsPaid\":\"120.00\",\"total\":\"150.00\"}");
        List<OrderMoved> read = new CopyOnWriteArrayList<>();
        CountingHandler loyalty = new CountingHandler("legacy-reader-" + type, "OrderDelivered", 0) {
            @Override
            public void handle(OutboxEvent delivered) {
                if (delivered.id().equals(event)) {
                    read.add(delivered.as(OrderMoved.class));
                }
            }
        };

        relay(loyalty, 3).relayOnce();

        assertThat(read).containsExactly(new OrderMoved(order, buyer, shop, OrderStatus.OUT_FOR_DELIVERY,
                OrderStatus.DELIVERED, SettlementStatus.RELEASABLE, Money.zmw(12_000), Money.zmw(15_000)));
    }

    @Test
    void anEventWrittenTodayReadsBackAsTheSameRecord() {
        PaymentNeedsReview raised = new PaymentNeedsReview(UUID.randomUUID(), "MOCK", "short by 1.00",
                Money.zmw(15_000), Money.zmw(14_900));
        OutboxEvent appended = tx.inTransaction(() -> outbox.append(raised));
        List<PaymentNeedsReview> read = new CopyOnWriteArrayList<>();
        relay(new CountingHandler("review-reader-" + type, "PaymentNeedsReview", 0) {
            @Override
            public void handle(OutboxEvent event) {
                if (event.id().equals(appended.id())) {
                    read.add(event.as(PaymentNeedsReview.class));
                }
            }
        }, 3).relayOnce();

        assertThat(read).containsExactly(raised);
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT payload->'received'->>'amount' FROM outbox_events "
                + "WHERE id = :id").bind("id", appended.id()).mapTo(String.class).one());
        assertThat(stored).as("money is stored as the API writes it").isEqualTo("149.00");
    }

    @Test
    void aRowThatNoLongerReadsIsDeadLetteredWithTheReasonAndStopsNothingElse() {
        UUID broken = stored("PaymentFailed", "p-broken", "{\"paymentId\":\"not-an-id\",\"reason\":\"x\"}");
        UUID fine = stored("PaymentFailed", "p-fine", "{\"paymentId\":\"" + UUID.randomUUID() + "\",\"buyerId\":\""
                + UUID.randomUUID() + "\",\"reason\":\"declined\"}");
        List<UUID> handled = new CopyOnWriteArrayList<>();
        String name = "failure-reader-" + type;
        RelayingOutboxEvents relay = relay(new CountingHandler(name, "PaymentFailed", 0) {
            @Override
            public void handle(OutboxEvent event) {
                if (event.id().equals(broken) || event.id().equals(fine)) {
                    event.as(PaymentFailed.class);
                    handled.add(event.id());
                }
            }
        }, 1);

        relay.relayOnce();

        assertThat(handled).containsExactly(fine);
        assertThat(deadLetterFor(name)).hasValueSatisfying(dead -> {
            assertThat(dead.eventId()).isEqualTo(broken);
            assertThat(dead.lastError()).contains("PaymentFailed does not read");
        });
    }

    /** A row as any version of the outbox wrote it; the relay tests use type names of their own, so no other handler sees them. */
    private UUID stored(String eventType, String aggregate, String payload) {
        UUID id = ids.next();
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO outbox_events (id, type, aggregate_id, payload, occurred_at)
                        VALUES (:id, :type, :aggregate, CAST(:payload AS jsonb), now())""")
                .bind("id", id).bind("type", eventType).bind("aggregate", aggregate).bind("payload", payload).execute());
        return id;
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

    static class CountingHandler implements EventHandler {
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
