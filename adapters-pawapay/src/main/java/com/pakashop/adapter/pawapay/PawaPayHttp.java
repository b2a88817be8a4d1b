package com.pakashop.adapter.pawapay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * pawaPay's HTTP API behind a circuit breaker. A call either gets an answer (any HTTP status, the
 * body parsed when it is JSON), or fails in one of two ways that matter for money: it was
 * certainly not sent ({@link NotSent}: no connection, circuit open), or it may have been
 * ({@link Uncertain}: time-out while waiting, broken connection, 5xx).
 */
final class PawaPayHttp {
    private static final MediaType JSON = MediaType.get("application/json");

    private final PawaPaySettings settings;
    private final OkHttpClient client;
    private final ObjectMapper mapper;
    private final CircuitBreaker breaker;

    PawaPayHttp(PawaPaySettings settings, OkHttpClient client, ObjectMapper mapper, CircuitBreaker breaker) {
        this.settings = settings;
        this.client = client;
        this.mapper = mapper;
        this.breaker = breaker;
    }

    Answer post(String path, JsonNode body) {
        try {
            return call(new Request.Builder().url(settings.baseUrl().resolve(path).toString())
                    .post(RequestBody.create(mapper.writeValueAsBytes(body), JSON)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a request body is always serialisable", e);
        }
    }

    Answer get(String path) {
        return call(new Request.Builder().url(settings.baseUrl().resolve(path).toString()).get());
    }

    private Answer call(Request.Builder request) {
        Request signed = request.header("Authorization", "Bearer " + settings.apiToken())
                .header("Accept", "application/json").build();
        try {
            return breaker.executeCheckedSupplier(() -> send(signed));
        } catch (CallNotPermittedException e) {
            throw new NotSent("pawaPay circuit is open after repeated failures");
        } catch (NotSent | Uncertain e) {
            throw e;
        } catch (Throwable e) {
            throw new Uncertain("pawaPay call failed: " + e.getClass().getSimpleName());
        }
    }

    private Answer send(Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            if (response.code() >= 500) {
                throw new Uncertain("pawaPay answered HTTP " + response.code());
            }
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            Optional<JsonNode> json;
            try {
                json = text.isBlank() ? Optional.empty() : Optional.of(mapper.readTree(text));
            } catch (IOException malformed) {
                json = Optional.empty();
            }
            return new Answer(response.code(), json);
        } catch (ConnectException | UnknownHostException e) {
            throw new NotSent("could not connect to pawaPay: " + e.getClass().getSimpleName());
        } catch (SocketTimeoutException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("connect")) {
                throw new NotSent("could not connect to pawaPay in time");
            }
            throw new Uncertain("pawaPay did not answer in time");
        } catch (IOException e) {
            throw new Uncertain("pawaPay connection broke: " + e.getClass().getSimpleName());
        }
    }

    /** An HTTP answer; {@code json} is empty when the body was empty or not JSON. */
    record Answer(int status, Optional<JsonNode> json) {
        JsonNode body() {
            return json.orElseGet(() -> com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        }
    }

    /** The request certainly did not reach pawaPay. */
    static final class NotSent extends RuntimeException {
        NotSent(String message) {
            super(message);
        }
    }

    /** The request may have reached pawaPay; only asking about it later tells. */
    static final class Uncertain extends RuntimeException {
        Uncertain(String message) {
            super(message);
        }
    }
}
