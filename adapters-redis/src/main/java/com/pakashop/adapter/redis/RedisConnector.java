package com.pakashop.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One shared Lettuce connection, opened lazily and re-tried at most once per {@code retryEvery}
 * while Redis is away. Commands fail at once while disconnected instead of queueing, so a
 * missing Redis costs a request nothing but a fall-back.
 */
public final class RedisConnector implements AutoCloseable {
    private final RedisClient client;
    private final Duration retryEvery;
    private final Clock clock;
    private volatile StatefulRedisConnection<byte[], byte[]> connection;
    private volatile Instant nextTry = Instant.MIN;

    public RedisConnector(String redisUrl, Duration commandTimeout, Duration retryEvery, Clock clock) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(commandTimeout);
        this.client = RedisClient.create(uri);
        this.client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
        this.retryEvery = retryEvery;
        this.clock = clock;
    }

    /** The open connection, or empty while Redis cannot be reached. */
    public Optional<StatefulRedisConnection<byte[], byte[]>> connection() {
        StatefulRedisConnection<byte[], byte[]> open = connection;
        if (open != null) {
            return Optional.of(open);
        }
        return connect();
    }

    private synchronized Optional<StatefulRedisConnection<byte[], byte[]>> connect() {
        if (connection != null) {
            return Optional.of(connection);
        }
        Instant now = clock.instant();
        if (now.isBefore(nextTry)) {
            return Optional.empty();
        }
        try {
            connection = client.connect(ByteArrayCodec.INSTANCE);
            return Optional.of(connection);
        } catch (RuntimeException e) {
            nextTry = now.plus(retryEvery);
            return Optional.empty();
        }
    }

    /** A connection of its own for subscriptions (a subscribed connection can do nothing else); empty while Redis is away. */
    public Optional<StatefulRedisPubSubConnection<byte[], byte[]>> connectPubSub() {
        try {
            return Optional.of(client.connectPubSub(ByteArrayCodec.INSTANCE));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public boolean ping() {
        return connection().map(c -> {
            try {
                return "PONG".equals(c.sync().ping());
            } catch (RuntimeException e) {
                return false;
            }
        }).orElse(false);
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
