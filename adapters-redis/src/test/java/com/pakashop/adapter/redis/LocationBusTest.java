package com.pakashop.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pakashop.application.tracking.LiveUpdate;
import com.pakashop.application.tracking.LocationBus;
import com.pakashop.application.tracking.LocationUpdate;
import com.pakashop.application.tracking.StageUpdate;
import com.pakashop.testkit.TestRedis;
import com.pakashop.testkit.TestTimeouts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LocationBusTest {

    @Test
    void anUpdatePublishedByOneInstanceReachesTheWatchersOfAnotherAndOnlyOfThatOrder() {
        try (RedisConnector a = connector(TestRedis.url()); RedisConnector b = connector(TestRedis.url());
             RedisLocationBus publisher = new RedisLocationBus(a, TestRedis.keyPrefix());
             RedisLocationBus watcher = new RedisLocationBus(b, TestRedis.keyPrefix())) {
            UUID order = UUID.randomUUID();
            List<LiveUpdate> seen = new CopyOnWriteArrayList<>();
            List<LiveUpdate> other = new CopyOnWriteArrayList<>();
            LocationBus.Subscription subscription = watcher.subscribe(order, seen::add);
            watcher.subscribe(UUID.randomUUID(), other::add);
            LocationUpdate update = update(order);

            StageUpdate dispatched = new StageUpdate(order, StageUpdate.Stage.DISPATCHED, Instant.parse("2026-11-24T10:15:00Z"));

            publisher.publish(dispatched);
            publisher.publish(update);
            await().atMost(TestTimeouts.EVENTUALLY).until(() -> seen.size() == 2);
            subscription.close();
            publisher.publish(update(order));

            assertThat(seen).containsExactly(dispatched, update);
            assertThat(other).isEmpty();
            await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> seen.size() == 2);
        }
    }

    @Test
    void withoutRedisTheInstancesOwnWatchersStillGetUpdates() {
        try (RedisConnector down = connector("redis://127.0.0.1:1");
             RedisLocationBus bus = new RedisLocationBus(down, "x:")) {
            UUID order = UUID.randomUUID();
            List<LiveUpdate> seen = new CopyOnWriteArrayList<>();
            bus.subscribe(order, seen::add);

            bus.publish(update(order));

            assertThat(seen).hasSize(1);
        }
    }

    @Test
    void aWatcherThatThrowsDoesNotStopTheOthers() {
        InProcessLocationBus bus = new InProcessLocationBus();
        UUID order = UUID.randomUUID();
        List<LiveUpdate> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(order, u -> {
            throw new IllegalStateException("socket gone");
        });
        bus.subscribe(order, seen::add);

        bus.publish(update(order));

        assertThat(seen).hasSize(1);
    }

    private static LocationUpdate update(UUID order) {
        Instant now = Instant.now();
        return new LocationUpdate(order, -15.41, 28.33, 8.5, now.minusMillis(40), now);
    }

    private static RedisConnector connector(String url) {
        return new RedisConnector(url, Duration.ofMillis(500), Duration.ofSeconds(5), Clock.systemUTC());
    }
}
