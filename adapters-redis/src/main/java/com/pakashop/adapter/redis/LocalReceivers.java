package com.pakashop.adapter.redis;

import com.pakashop.application.tracking.LiveUpdate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The watchers of each order on this instance. A receiver that throws is logged and never stops the others. */
final class LocalReceivers {
    private static final Logger log = LoggerFactory.getLogger(LocalReceivers.class);

    private final Map<UUID, Set<Consumer<LiveUpdate>>> byOrder = new ConcurrentHashMap<>();

    /** True when this is the order's first receiver here. */
    boolean add(UUID orderId, Consumer<LiveUpdate> receiver) {
        boolean[] first = {false};
        byOrder.compute(orderId, (id, receivers) -> {
            Set<Consumer<LiveUpdate>> set = receivers == null ? new CopyOnWriteArraySet<>() : receivers;
            first[0] = set.isEmpty();
            set.add(receiver);
            return set;
        });
        return first[0];
    }

    /** True when the order has no receiver left here. */
    boolean remove(UUID orderId, Consumer<LiveUpdate> receiver) {
        boolean[] last = {false};
        byOrder.computeIfPresent(orderId, (id, receivers) -> {
            receivers.remove(receiver);
            last[0] = receivers.isEmpty();
            return receivers.isEmpty() ? null : receivers;
        });
        return last[0];
    }

    void deliver(LiveUpdate update) {
        for (Consumer<LiveUpdate> receiver : byOrder.getOrDefault(update.orderId(), Set.of())) {
            try {
                receiver.accept(update);
            } catch (RuntimeException e) {
                log.warn("A watcher of order {} failed to take an update: {}", update.orderId(), e.toString());
            }
        }
    }
}
