package com.pakashop.application.tracking;

import com.pakashop.application.events.DeliveryArriving;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.EventTypes;
import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.domain.ordering.OrderStatus;
import java.util.Map;
import java.util.UUID;

/**
 * Tells live watchers when a delivery moves on (dispatched, arriving, delivered, cancelled), from
 * the outbox so it works whichever process made the change. A repeat after a crash only repeats a
 * status message a watcher already has.
 */
public final class PublishingDeliveryStages implements EventHandler {
    private static final Map<String, StageUpdate.Stage> STAGES = Map.of(
            OrderMoved.typeOf(OrderStatus.OUT_FOR_DELIVERY), StageUpdate.Stage.DISPATCHED,
            EventTypes.nameOf(DeliveryArriving.class), StageUpdate.Stage.ARRIVING,
            OrderMoved.typeOf(OrderStatus.DELIVERED), StageUpdate.Stage.DELIVERED,
            OrderMoved.typeOf(OrderStatus.CANCELLED), StageUpdate.Stage.CANCELLED);

    private final LocationBus bus;

    public PublishingDeliveryStages(LocationBus bus) {
        this.bus = bus;
    }

    @Override
    public String name() {
        return "publish-delivery-stages";
    }

    @Override
    public boolean handles(String eventType) {
        return STAGES.containsKey(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        UUID orderId = event.event().get() instanceof DeliveryArriving arriving ? arriving.orderId()
                : event.as(OrderMoved.class).orderId();
        bus.publish(new StageUpdate(orderId, STAGES.get(event.type()),
                event.occurredAt()));
    }
}
