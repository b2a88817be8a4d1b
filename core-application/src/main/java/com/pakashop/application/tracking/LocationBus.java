package com.pakashop.application.tracking;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Carries smoothed positions from the instance that took a fix to every instance with a watcher
 * of that order (channel {@code order:{orderId}:location}). Delivery is best effort: a watcher
 * that misses an update gets the next one, and the stored track keeps everything.
 */
public interface LocationBus {

    void publish(LocationUpdate update);

    /** Until the subscription is closed, {@code receiver} gets each update of the order on a bus thread. */
    Subscription subscribe(UUID orderId, Consumer<LocationUpdate> receiver);

    /** A watcher's interest in one order. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
