package com.pakashop.application.tracking;

import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.OutboxEvent;
import java.util.Map;
import java.util.UUID;

/**
 * Tells live watchers when a delivery moves on (dispatched, arriving, delivered, cancelled), from
 * the outbox so it works whichever process made the change. A repeat after a crash only repeats a
 * status message a watcher already has.
 */
public final class PublishingDeliveryStages implements EventHandler {
    private static final Map<String, StageUpdate.Stage> STAGES = Map.of(
            "OrderOutForDelivery", StageUpdate.Stage.DISPATCHED,
            "DeliveryArriving", StageUpdate.Stage.ARRIVING,
            "OrderDelivered", StageUpdate.Stage.DELIVERED,
            "OrderCancelled", StageUpdate.Stage.CANCELLED);

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
        bus.publish(new StageUpdate(UUID.fromString(event.payload().get("orderId")), STAGES.get(event.type()),
                event.occurredAt()));
    }
}
