package com.pakashop.application.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.SettlementStatus;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    /** Rows in the outbox carry these names: a rename here strands them, so the list is pinned. */
    @Test
    void everyStoredTypeNameStaysReadable() {
        assertThat(EventTypes.names()).containsExactlyInAnyOrder("ProductImageAdded", "KycDocumentAdded", "ShopLogoSet",
                "OrderPlaced", "OrderPaid", "OrderConfirmed", "OrderOutForDelivery", "OrderDelivered", "OrderExpired",
                "OrderCancelled", "FraudCaseOpened", "DeliveryArriving", "PayoutReported", "RefundCompleted",
                "RefundFailed", "RefundNeedsAttention", "PaymentCaptured", "PaymentFailed", "PaymentNeedsReview");
        Set<Object> named = EventTypes.names().stream().map(name -> (Object) EventTypes.recordOf(name).orElseThrow())
                .collect(Collectors.toSet());
        assertThat(named).as("every event has a name to be stored and read under")
                .containsExactlyInAnyOrder((Object[]) DomainEvent.class.getPermittedSubclasses());
    }

    @Test
    void anOrderMoveIsNamedByTheStateItReachedAndNeverIntoPending() {
        UUID order = UUID.randomUUID();
        OrderMoved delivered = new OrderMoved(order, UUID.randomUUID(), UUID.randomUUID(), OrderStatus.OUT_FOR_DELIVERY,
                OrderStatus.DELIVERED, SettlementStatus.HELD, Money.zmw(10_000), Money.zmw(12_500));

        assertThat(delivered.type()).isEqualTo("OrderDelivered");
        assertThat(delivered.aggregateId()).isEqualTo(order);
        assertThat(EventTypes.recordOf("OrderDelivered")).contains(OrderMoved.class);
        assertThatThrownBy(() -> new OrderMoved(order, order, order, OrderStatus.PENDING, OrderStatus.PENDING,
                SettlementStatus.HELD, Money.zmw(1), Money.zmw(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PayoutReported(order, "MOCK").type()).isEqualTo("PayoutReported");
    }

    @Test
    void aHandlerAskingForTheWrongRecordIsToldWhichEventItHas() {
        OutboxEvent event = OutboxEvent.of(UUID.randomUUID(), new PayoutReported(UUID.randomUUID(), "MOCK"),
                Instant.EPOCH);

        assertThatThrownBy(() -> event.as(OrderPlaced.class)).hasMessageContaining("is a PayoutReported, not a OrderPlaced");
    }
}
