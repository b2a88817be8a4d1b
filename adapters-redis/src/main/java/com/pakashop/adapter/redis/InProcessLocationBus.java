package com.pakashop.adapter.redis;

import com.pakashop.application.tracking.LiveUpdate;
import com.pakashop.application.tracking.LocationBus;
import java.util.UUID;
import java.util.function.Consumer;

/** The bus of a single instance (no REDIS_URL): watchers here get what is published here. */
public final class InProcessLocationBus implements LocationBus {
    private final LocalReceivers receivers = new LocalReceivers();

    @Override
    public void publish(LiveUpdate update) {
        receivers.deliver(update);
    }

    @Override
    public Subscription subscribe(UUID orderId, Consumer<LiveUpdate> receiver) {
        receivers.add(orderId, receiver);
        return () -> receivers.remove(orderId, receiver);
    }
}
