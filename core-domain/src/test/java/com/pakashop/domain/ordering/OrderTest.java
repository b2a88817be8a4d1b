package com.pakashop.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {
    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final Order placed = Order.place(UUID.randomUUID(), "PK-1001", UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), List.of(new OrderLine(UUID.randomUUID(), "Chitenge", Money.zmw(15_000), 2)),
            PricingRules.price(List.of(PricingRules.PricedLine.undiscounted(Money.zmw(30_000), 1_000, 0)),
                    PricingRules.Discounts.none(), Money.zmw(2_500)),
            now, now.plusSeconds(1800));

    @Test
    void aNewOrderIsPendingWithItsBreakdownFrozen() {
        assertThat(placed.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(placed.settlement()).isEqualTo(SettlementStatus.NOT_READY);
        assertThat(placed.breakdown().total()).isEqualTo(Money.zmw(32_500));
    }

    @Test
    void payingHoldsTheMoneyAndAnIllegalMoveChangesNothing() {
        Order paid = placed.moveTo(OrderStatus.PAID, OrderActor.SYSTEM, Optional.empty());

        assertThat(paid.settlement()).isEqualTo(SettlementStatus.HELD);
        assertThatThrownBy(() -> paid.moveTo(OrderStatus.DELIVERED, OrderActor.AGENT, Optional.empty()))
                .isInstanceOf(Conflict.class).hasMessageContaining("cannot go from PAID to DELIVERED");
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    }
}
