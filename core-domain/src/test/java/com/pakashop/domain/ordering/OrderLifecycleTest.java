package com.pakashop.domain.ordering;

import static com.pakashop.domain.ordering.OrderLifecycle.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {
    private static final Optional<String> NO_REASON = Optional.empty();

    @Test
    void theHappyPathRunsFromPendingToDelivered() {
        assertThat(check(OrderStatus.PENDING, OrderStatus.PAID, OrderActor.SYSTEM, NO_REASON).allowed()).isTrue();
        assertThat(check(OrderStatus.PAID, OrderStatus.CONFIRMED, OrderActor.VENDOR, NO_REASON).allowed()).isTrue();
        assertThat(check(OrderStatus.CONFIRMED, OrderStatus.OUT_FOR_DELIVERY, OrderActor.AGENT, NO_REASON).allowed()).isTrue();
        assertThat(check(OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED, OrderActor.AGENT, NO_REASON).allowed()).isTrue();
    }

    @Test
    void aBuyerMayCancelOnlyBeforeTheShopConfirms() {
        assertThat(check(OrderStatus.PAID, OrderStatus.CANCELLED, OrderActor.BUYER, NO_REASON).allowed()).isTrue();
        assertThat(check(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderActor.BUYER, NO_REASON))
                .isEqualTo(Verdict.reject("BUYER may not move an order from CONFIRMED to CANCELLED"));
    }

    @Test
    void aShopCancellingNeedsAReason() {
        assertThat(check(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderActor.VENDOR, Optional.of(" ")).allowed()).isFalse();
        assertThat(check(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderActor.VENDOR, Optional.of("out of stock"))
                .allowed()).isTrue();
    }

    @Test
    void onlyPakashopItselfMarksAnOrderPaidOrExpired() {
        for (OrderActor actor : OrderActor.values()) {
            boolean system = actor == OrderActor.SYSTEM;
            assertThat(check(OrderStatus.PENDING, OrderStatus.PAID, actor, NO_REASON).allowed()).isEqualTo(system);
            assertThat(check(OrderStatus.PENDING, OrderStatus.EXPIRED, actor, NO_REASON).allowed()).isEqualTo(system);
        }
    }

    @Property
    void nothingLeavesAFinalState(@ForAll OrderStatus from, @ForAll OrderStatus to, @ForAll OrderActor actor) {
        if (from.isFinal()) {
            assertThat(check(from, to, actor, Optional.of("because")).allowed()).isFalse();
        }
    }

    @Property
    void noOrderEverGoesBackToPending(@ForAll OrderStatus from, @ForAll OrderActor actor) {
        assertThat(check(from, OrderStatus.PENDING, actor, Optional.of("because")).allowed()).isFalse();
    }

    @Test
    void moneyIsHeldWhenPaidReleasableWhenDeliveredAndStillHeldWhenAPaidOrderIsCancelledUntilTheRefund() {
        assertThat(OrderLifecycle.settlementAfter(SettlementStatus.NOT_READY, OrderStatus.PAID)).isEqualTo(SettlementStatus.HELD);
        assertThat(OrderLifecycle.settlementAfter(SettlementStatus.HELD, OrderStatus.DELIVERED))
                .isEqualTo(SettlementStatus.RELEASABLE);
        assertThat(OrderLifecycle.settlementAfter(SettlementStatus.HELD, OrderStatus.CANCELLED))
                .isEqualTo(SettlementStatus.HELD);
        assertThat(OrderLifecycle.settlementAfter(SettlementStatus.NOT_READY, OrderStatus.CANCELLED))
                .isEqualTo(SettlementStatus.NOT_READY);
    }
}
