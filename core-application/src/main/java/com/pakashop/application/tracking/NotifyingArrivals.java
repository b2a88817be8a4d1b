package com.pakashop.application.tracking;

import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.notifications.Notification;
import com.pakashop.application.notifications.Notifier;
import java.util.Map;
import java.util.UUID;

/** Tells the buyer the agent is near (seed §4.4, step 6), once per delivery: the event is written once. */
public final class NotifyingArrivals implements EventHandler {
    private final Notifier notifier;

    public NotifyingArrivals(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public String name() {
        return "notify-arrivals";
    }

    @Override
    public boolean handles(String eventType) {
        return "DeliveryArriving".equals(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        notifier.send(new Notification(UUID.fromString(event.payload().get("buyerId")),
                Notification.Kind.DELIVERY_ARRIVING, Map.of("orderId", event.payload().get("orderId"),
                "metres", event.payload().get("metres")), Map.of()));
    }
}
