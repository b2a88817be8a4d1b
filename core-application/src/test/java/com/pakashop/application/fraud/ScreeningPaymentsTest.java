package com.pakashop.application.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.application.events.DomainEvent;
import com.pakashop.application.events.FraudCaseOpened;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.payments.PaymentScreening.PaymentAttempt;
import com.pakashop.domain.fraud.FraudCase;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Screening with in-memory fakes: what it reads, what it opens, and what it leaves alone. */
class ScreeningPaymentsTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final UUID buyer = UUID.randomUUID();
    private final UUID shop = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private final Map<String, Long> counted = new HashMap<>();
    private final List<FraudCase> cases = new ArrayList<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private final AtomicInteger averageReads = new AtomicInteger();
    private final ScreeningPayments screening = new ScreeningPayments(this::count, new History(), new Cases(),
            new FraudPolicy(60, 5, 3, 3, Money.zmw(50_000), Duration.ofDays(7), Money.zmw(200_000), 3, Map.of()),
            new RecordingOutbox(), new Ids(clock), clock);

    @Test
    void anOrdinaryAttemptClearsCountsItsAttemptsAndOpensNothing() {
        boolean cleared = screening.clears(attempt(buyer, "+260961234567", 30_000));

        assertThat(cleared).isTrue();
        assertThat(counted).containsOnlyKeys("ip:10.1.2.3", "account:" + buyer, "phone:+260961234567");
        assertThat(cases).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void aShopOwnerPayingTheirOwnShopIsHeldWithTheReasonAndAnEvent() {
        boolean cleared = screening.clears(attempt(owner, "+260961234567", 30_000));

        assertThat(cleared).isFalse();
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).score()).isEqualTo(70);
        assertThat(cases.get(0).reasons()).extracting(r -> r.rule()).containsExactly("self-dealing");
        assertThat(events).singleElement().isInstanceOfSatisfying(FraudCaseOpened.class, opened -> {
            assertThat(opened.buyerId()).isEqualTo(owner);
            assertThat(opened.score()).isEqualTo(70);
            assertThat(opened.rules()).containsExactly("self-dealing");
        });
    }

    @Test
    void ordersAReviewerApprovedAreNotScreenedAgain() {
        PaymentAttempt risky = attempt(owner, "+260961234567", 30_000);
        screening.clears(risky);
        FraudCase open = cases.get(0);
        cases.set(0, open.decide(FraudCase.Status.APPROVED, "finance", "checked", NOW));
        counted.clear();

        assertThat(screening.clears(risky)).isTrue();
        assertThat(counted).as("not even counted").isEmpty();
    }

    @Test
    void thePlatformAverageIsReadOnceAndNotOnEveryAttempt() {
        for (int i = 0; i < 5; i++) {
            screening.clears(attempt(buyer, "+26096123456" + i, 30_000));
        }

        assertThat(averageReads.get()).isEqualTo(1);
    }

    private PaymentAttempt attempt(UUID who, String phone, long ngwee) {
        return new PaymentAttempt(who, List.of(UUID.randomUUID()), List.of(shop), Money.zmw(ngwee),
                Optional.of(new PhoneNumber(phone)), "10.1.2.3");
    }

    private List<Long> count(List<String> keys, Duration window) {
        return keys.stream().map(key -> counted.merge(key, 1L, Long::sum)).toList();
    }

    private final class History implements FraudHistory {
        @Override
        public BuyerRecord buyer(UUID buyerId, List<UUID> shopIds, Instant failedSince) {
            return new BuyerRecord(NOW.minus(Duration.ofDays(400)), 10, Optional.of(Money.zmw(25_000)), 0,
                    List.of(owner), List.of("+260975550001"));
        }

        @Override
        public Optional<Money> platformAverage(Instant since) {
            averageReads.incrementAndGet();
            return Optional.of(Money.zmw(20_000));
        }
    }

    private final class Cases implements FraudCases {
        @Override
        public void add(FraudCase fraudCase) {
            cases.add(fraudCase);
        }

        @Override
        public Optional<FraudCase> byId(UUID id) {
            return cases.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public Optional<FraudCase> byIdForUpdate(UUID id) {
            return byId(id);
        }

        @Override
        public List<FraudCase> find(Optional<FraudCase.Status> status, Optional<UUID> before, int limit) {
            return List.copyOf(cases);
        }

        @Override
        public Optional<FraudCase> approvedFor(List<UUID> orderIds) {
            return cases.stream().filter(c -> c.status() == FraudCase.Status.APPROVED)
                    .filter(c -> c.orderIds().stream().anyMatch(orderIds::contains)).findFirst();
        }

        @Override
        public FraudCase update(FraudCase before, FraudCase after) {
            cases.set(cases.indexOf(before), after);
            return after;
        }
    }

    private final class RecordingOutbox implements Outbox {
        @Override
        public OutboxEvent append(DomainEvent event) {
            events.add(event);
            return OutboxEvent.of(UUID.randomUUID(), event, NOW);
        }
    }
}
