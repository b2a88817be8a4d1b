package com.pakashop.application.tracking;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Carries smoothed positions and stage changes from the instance where they happened to every
 * instance with a watcher of that order (channel {@code order:{orderId}:location}). Delivery is
 * best effort: a watcher that misses an update gets the next one, and the stored track keeps
 * every position.
 */
public interface LocationBus {

    void publish(LiveUpdate update);

    /** Until the subscription is closed, {@code receiver} gets each update of the order on a bus thread. */
    Subscription subscribe(UUID orderId, Consumer<LiveUpdate> receiver);

    /** A watcher's interest in one order. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
