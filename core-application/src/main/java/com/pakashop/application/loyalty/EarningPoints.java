package com.pakashop.application.loyalty;

import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.domain.loyalty.LoyaltyTerms;
import com.pakashop.domain.ordering.OrderStatus;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Credits points when an order is delivered. It reads only the event (the order, its buyer and
 * the goods they paid for); points last from the delivery, and the ledger credits an order once, so a redelivered event is harmless.
 */
public final class EarningPoints implements EventHandler {
    private static final Logger log = LoggerFactory.getLogger(EarningPoints.class);

    private final LoyaltyLedger ledger;
    private final LoyaltyTerms terms;

    public EarningPoints(LoyaltyLedger ledger, LoyaltyTerms terms) {
        this.ledger = ledger;
        this.terms = terms;
    }

    @Override
    public String name() {
        return "loyalty-earn";
    }

    @Override
    public boolean handles(String eventType) {
        return OrderMoved.typeOf(OrderStatus.DELIVERED).equals(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        OrderMoved delivered = event.as(OrderMoved.class);
        long points = terms.earnedFor(delivered.goodsPaid());
        if (points == 0) {
            return;
        }
        Instant deliveredAt = event.occurredAt();
        boolean credited = ledger.earn(delivered.buyerId(), delivered.orderId(), points, deliveredAt,
                terms.expiryOf(deliveredAt));
        if (credited) {
            log.info("Order {} earned {} loyalty points", delivered.orderId(), points);
        }
    }
}
