package com.pakashop.application.tracking;

import com.pakashop.application.events.DeliveryArriving;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.EventTypes;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.notifications.Notification;
import com.pakashop.application.notifications.Notifier;
import java.util.Map;

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
        return EventTypes.nameOf(DeliveryArriving.class).equals(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        DeliveryArriving arriving = event.as(DeliveryArriving.class);
        notifier.send(new Notification(arriving.buyerId(), Notification.Kind.DELIVERY_ARRIVING, Map.of(
                "orderId", arriving.orderId().toString(), "metres", Long.toString(arriving.metres())), Map.of()));
    }
}
