package com.pakashop.support.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One provider's HTTP API behind its circuit breaker. Every call ends in one of three ways:
 * <ul>
 * <li>an {@link Answer}: any status below 500 except 429, the body parsed when it is JSON;</li>
 * <li>{@link NotSent}: no connection was made (refused, unknown host, no route, connect time-out,
 *     circuit open), so the provider certainly did not act;</li>
 * <li>{@link Uncertain}: the request may have arrived (no answer in time, a broken connection,
 *     5xx). 429 is here too: both pawaPay and Flutterwave ask for a retry with the same id after a
 *     pause, and a rate limiter in front of a provider does not promise the request went no
 *     further, so a money call answered 429 is asked about, never sent elsewhere.</li>
 * </ul>
 */
public final class ProviderHttp {
    private final String provider;
    private final OkHttpClient client;
    private final CircuitBreaker breaker;
    private final Retry reads;
    private final ObjectMapper mapper;

    ProviderHttp(String provider, OkHttpClient client, CircuitBreaker breaker, Retry reads, ObjectMapper mapper) {
        this.provider = provider;
        this.client = client;
        this.breaker = breaker;
        this.reads = reads;
        this.mapper = mapper;
    }

    /** Sends once: for anything that may change state at the provider. */
    public Answer send(Request request) {
        try {
            return breaker.executeCheckedSupplier(() -> exchange(request));
        } catch (CallNotPermittedException e) {
            throw new NotSent(provider + " circuit is open after repeated failures", true);
        } catch (CallFailed | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new Uncertain(provider + " call failed: " + e.getClass().getSimpleName(), false);
        }
    }

    /** For a request that changes nothing (a status look-up): one more try after a quick failure. */
    public Answer read(Request request) {
        return Retry.decorateSupplier(reads, () -> send(request)).get();
    }

    private Answer exchange(Request request) {
        try (Response response = client.newCall(request).execute()) {
            if (response.code() >= 500 || response.code() == 429) {
                throw new Uncertain(provider + " answered HTTP " + response.code(), false);
            }
            return new Answer(response.code(), json(response.body()));
        } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
            throw new NotSent("could not connect to " + provider + ": " + e.getClass().getSimpleName(), false);
        } catch (SocketTimeoutException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("connect")) {
                throw new NotSent("could not connect to " + provider + " in time", false);
            }
            throw new Uncertain(provider + " did not answer in time", true);
        } catch (InterruptedIOException e) {
            throw new Uncertain(provider + " did not answer in time", true);
        } catch (IOException e) {
            throw new Uncertain(provider + " connection broke: " + e.getClass().getSimpleName(), false);
        }
    }

    private JsonNode json(ResponseBody body) throws IOException {
        String text = body == null ? "" : body.string();
        if (text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return mapper.readTree(text);
        } catch (IOException malformed) {
            return MissingNode.getInstance();
        }
    }
}
