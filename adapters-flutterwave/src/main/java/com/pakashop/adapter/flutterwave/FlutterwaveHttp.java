package com.pakashop.adapter.flutterwave;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.support.http.Answer;
import com.pakashop.support.http.NotSent;
import com.pakashop.support.http.ProviderHttp;
import com.pakashop.support.http.Uncertain;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flutterwave's v3 API: its base URL and secret key on every request. What a failed call means is
 * decided once, in {@link ProviderHttp}; retries use the same {@code tx_ref}, which Flutterwave
 * refuses to charge twice.
 */
final class FlutterwaveHttp {
    private static final Logger log = LoggerFactory.getLogger(FlutterwaveHttp.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final FlutterwaveSettings settings;
    private final ProviderHttp http;
    private final ObjectMapper mapper;

    FlutterwaveHttp(FlutterwaveSettings settings, ProviderHttp http, ObjectMapper mapper) {
        this.settings = settings;
        this.http = http;
        this.mapper = mapper;
    }

    /**
     * A POST that moves money. Empty when Flutterwave may or may not have taken it: ask later,
     * never resend blindly. DependencyUnavailable when it certainly did not (no connection, circuit
     * open) or refused our key.
     */
    Optional<Answer> postMovingMoney(String path, JsonNode body) {
        Answer answer;
        try {
            answer = http.send(request(path).post(RequestBody.create(mapper.writeValueAsBytes(body), JSON)).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body is always serialisable", e);
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
        return http.read(request(path).get().build());
    }

    /** Whether Flutterwave said it did what was asked: HTTP 200 with {@code "status": "success"}. */
    static boolean success(Answer answer) {
        return answer.status() == 200 && "success".equals(answer.body().path("status").asText());
    }

    private Request.Builder request(String path) {
        String base = settings.baseUrl().toString();
        return new Request.Builder().url((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path)
                .header("Authorization", "Bearer " + settings.secretKey()).header("Accept", "application/json");
    }
}
