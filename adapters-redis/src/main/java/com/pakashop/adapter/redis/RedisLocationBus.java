package com.pakashop.adapter.redis;

import com.pakashop.application.tracking.LiveUpdate;
import com.pakashop.application.tracking.LocationBus;
import com.pakashop.application.tracking.LocationUpdate;
import com.pakashop.application.tracking.StageUpdate;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redis pub/sub on {@code <prefix>order:{orderId}:location} (seed §4.4, step 4), so a fix taken by
 * one instance reaches watchers on every instance. Each instance subscribes to an order's channel
 * while it has a watcher of it, on one subscription connection of its own. While Redis is away,
 * updates still reach this instance's own watchers.
 */
public final class RedisLocationBus implements LocationBus, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RedisLocationBus.class);
    private static final String STAGE = "S|";

    private final RedisConnector connector;
    private final String prefix;
    private final LocalReceivers receivers = new LocalReceivers();
    private volatile StatefulRedisPubSubConnection<byte[], byte[]> subscriptions;

    public RedisLocationBus(RedisConnector connector, String keyPrefix) {
        this.connector = connector;
        this.prefix = keyPrefix;
    }

    @Override
    public void publish(LiveUpdate update) {
        byte[] message = encode(update);
        boolean sent = connector.connection().map(connection -> {
            try {
                connection.async().publish(channel(update.orderId()), message);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }).orElse(false);
        if (!sent) {
            receivers.deliver(update);
        }
    }

    @Override
    public Subscription subscribe(UUID orderId, Consumer<LiveUpdate> receiver) {
        if (receivers.add(orderId, receiver)) {
            subscriptions().ifPresent(connection -> connection.sync().subscribe(channel(orderId)));
        }
        return () -> {
            if (receivers.remove(orderId, receiver)) {
                subscriptions().ifPresent(connection -> connection.async().unsubscribe(channel(orderId)));
            }
        };
    }

    private synchronized Optional<StatefulRedisPubSubConnection<byte[], byte[]>> subscriptions() {
        if (subscriptions == null || !subscriptions.isOpen()) {
            subscriptions = connector.connectPubSub().map(connection -> {
                connection.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(byte[] channel, byte[] message) {
                        decode(message).ifPresent(receivers::deliver);
                    }
                });
                return connection;
            }).orElse(null);
            if (subscriptions == null) {
                log.warn("Redis is away: live locations reach only this instance's watchers for now");
            }
        }
        return Optional.ofNullable(subscriptions);
    }

    private byte[] channel(UUID orderId) {
        return (prefix + "order:" + orderId + ":location").getBytes(StandardCharsets.UTF_8);
    }

    /** Positions keep the format instances already publish; stage changes start with {@code S|}. */
    static byte[] encode(LiveUpdate update) {
        String text;
        if (update instanceof StageUpdate s) {
            text = STAGE + s.orderId() + "|" + s.stage() + "|" + s.at();
        } else {
            LocationUpdate u = (LocationUpdate) update;
            text = u.orderId() + "|" + u.lat() + "|" + u.lng() + "|" + u.speedMetresPerSecond() + "|" + u.recordedAt()
                    + "|" + u.publishedAt();
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Optional<LiveUpdate> decode(byte[] message) {
        String text = new String(message, StandardCharsets.UTF_8);
        try {
            if (text.startsWith(STAGE)) {
                String[] parts = text.substring(STAGE.length()).split("\\|");
                return Optional.of(new StageUpdate(UUID.fromString(parts[0]), StageUpdate.Stage.valueOf(parts[1]),
                        Instant.parse(parts[2])));
            }
            String[] parts = text.split("\\|");
            return Optional.of(new LocationUpdate(UUID.fromString(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Instant.parse(parts[4]),
                    Instant.parse(parts[5])));
        } catch (RuntimeException e) {
            log.warn("Dropped an unreadable live message of {} bytes", message.length);
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        if (subscriptions != null) {
            subscriptions.close();
        }
    }
}
