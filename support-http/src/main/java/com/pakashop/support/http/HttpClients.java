package com.pakashop.support.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client every provider adapter calls through, so they share a connection pool and
 * threads; each provider gets its own time-outs and circuit breaker on top.
 *
 * <p>OkHttp's silent retry of a failed connection is off: a POST that moves money is sent once,
 * and what happened to it is for {@link ProviderHttp} to classify, not to paper over.
 */
public final class HttpClients implements AutoCloseable {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration FIRST_RETRY_AFTER = Duration.ofMillis(200);
    private static final int READ_ATTEMPTS = 2;

    private final OkHttpClient base = new OkHttpClient.Builder().connectTimeout(CONNECT_TIMEOUT)
            .retryOnConnectionFailure(false).build();

    public ProviderHttp forProvider(String provider, CallPolicy policy, ObjectMapper mapper) {
        OkHttpClient client = base.newBuilder().readTimeout(policy.timeout()).writeTimeout(policy.timeout())
                .callTimeout(policy.timeout().plus(CONNECT_TIMEOUT)).build();
        CircuitBreaker breaker = CircuitBreaker.of(provider, CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(policy.circuitOpenFor()).permittedNumberOfCallsInHalfOpenState(2)
                .build());
        Retry reads = Retry.of(provider + "-reads", RetryConfig.custom().maxAttempts(READ_ATTEMPTS)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(FIRST_RETRY_AFTER, 2))
                .retryOnException(HttpClients::quickFailure).build());
        return new ProviderHttp(provider, client, breaker, reads, mapper);
    }

    /**
     * Worth one more try: no connection was made, or the provider failed fast. Not a time-out,
     * which has used the caller's time already, nor our own open circuit, which holds for longer.
     */
    private static boolean quickFailure(Throwable failure) {
        return failure instanceof NotSent notSent && !notSent.circuitOpen()
                || failure instanceof Uncertain uncertain && !uncertain.timedOut();
    }

    @Override
    public void close() {
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
        try {
            base.dispatcher().executorService().awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
