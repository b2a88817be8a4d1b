package com.pakashop.adapter.flutterwave;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.pakashop.domain.shared.DependencyUnavailable;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flutterwave's v3 API behind a circuit breaker. As for every provider, a failed call is either
 * certainly not sent ({@link NotSent}) or possibly taken ({@link Uncertain}); retries use the
 * same {@code tx_ref}, which Flutterwave refuses to charge twice.
 */
final class FlutterwaveHttp {
    private static final Logger log = LoggerFactory.getLogger(FlutterwaveHttp.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final FlutterwaveSettings settings;
    private final OkHttpClient client;
    private final ObjectMapper mapper;
    private final CircuitBreaker breaker;

    FlutterwaveHttp(FlutterwaveSettings settings, OkHttpClient client, ObjectMapper mapper, CircuitBreaker breaker) {
        this.settings = settings;
        this.client = client;
        this.mapper = mapper;
        this.breaker = breaker;
    }

    Answer post(String path, JsonNode body) {
        try {
            return call(new Request.Builder().url(url(path)).post(RequestBody.create(mapper.writeValueAsBytes(body), JSON)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body is always serialisable", e);
        }
    }

    /**
     * A POST that moves money. Empty when Flutterwave may or may not have taken it: ask later,
     * never resend blindly. DependencyUnavailable when it certainly did not (no connection, circuit
     * open) or refused our key.
     */
    Optional<Answer> postMovingMoney(String path, JsonNode body) {
        Answer answer;
        try {
            answer = post(path, body);
        } catch (NotSent e) {
            throw new DependencyUnavailable(FlutterwaveProvider.NAME, e.getMessage());
        } catch (Uncertain e) {
            log.warn("Flutterwave may or may not have taken {}: {}", path, e.getMessage());
            return Optional.empty();
        }
        if (answer.status() == 401 || answer.status() == 403) {
            log.error("Flutterwave refused our credentials (HTTP {}): check FLUTTERWAVE_SECRET_KEY", answer.status());
            throw new DependencyUnavailable(FlutterwaveProvider.NAME, "Flutterwave refused our credentials");
        }
        return Optional.of(answer);
    }

    Answer get(String path) {
        return call(new Request.Builder().url(url(path)).get());
    }

    private String url(String path) {
        String base = settings.baseUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    private Answer call(Request.Builder request) {
        Request signed = request.header("Authorization", "Bearer " + settings.secretKey())
                .header("Accept", "application/json").build();
        try {
            return breaker.executeCheckedSupplier(() -> send(signed));
        } catch (CallNotPermittedException e) {
            throw new NotSent("Flutterwave circuit is open after repeated failures");
        } catch (NotSent | Uncertain e) {
            throw e;
        } catch (Throwable e) {
            throw new Uncertain("Flutterwave call failed: " + e.getClass().getSimpleName());
        }
    }

    private Answer send(Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            if (response.code() >= 500 || response.code() == 429) {
                throw new Uncertain("Flutterwave answered HTTP " + response.code());
            }
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            JsonNode json;
            try {
                json = text.isBlank() ? MissingNode.getInstance() : mapper.readTree(text);
            } catch (IOException malformed) {
                json = MissingNode.getInstance();
            }
            return new Answer(response.code(), json);
        } catch (ConnectException | UnknownHostException e) {
            throw new NotSent("could not connect to Flutterwave: " + e.getClass().getSimpleName());
        } catch (SocketTimeoutException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("connect")) {
                throw new NotSent("could not connect to Flutterwave in time");
            }
            throw new Uncertain("Flutterwave did not answer in time");
        } catch (IOException e) {
            throw new Uncertain("Flutterwave connection broke: " + e.getClass().getSimpleName());
        }
    }

    /** An HTTP answer; {@code body} is a missing node when empty or not JSON. */
    record Answer(int status, JsonNode body) {
        boolean success() {
            return status == 200 && "success".equals(body.path("status").asText());
        }
    }

    static final class NotSent extends RuntimeException {
        NotSent(String message) {
            super(message);
        }
    }

    static final class Uncertain extends RuntimeException {
        Uncertain(String message) {
            super(message);
        }
    }
}
