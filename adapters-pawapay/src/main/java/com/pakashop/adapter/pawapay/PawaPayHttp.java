package com.pakashop.adapter.pawapay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.support.http.Answer;
import com.pakashop.support.http.ProviderHttp;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * pawaPay's HTTP API: its base URL and bearer token on every request. What a failed call means
 * ({@link com.pakashop.support.http.NotSent}, {@link com.pakashop.support.http.Uncertain}) is
 * decided once, in {@link ProviderHttp}.
 */
final class PawaPayHttp {
    private static final MediaType JSON = MediaType.get("application/json");

    private final PawaPaySettings settings;
    private final ProviderHttp http;
    private final ObjectMapper mapper;

    PawaPayHttp(PawaPaySettings settings, ProviderHttp http, ObjectMapper mapper) {
        this.settings = settings;
        this.http = http;
        this.mapper = mapper;
    }

    /** Sent once: a deposit, payout or refund is asked about afterwards by its id, never resent blindly. */
    Answer post(String path, JsonNode body) {
        try {
            return http.send(request(path).post(RequestBody.create(mapper.writeValueAsBytes(body), JSON)).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body is always serialisable", e);
        }
    }

    Answer get(String path) {
        return http.read(request(path).get().build());
    }

    private Request.Builder request(String path) {
        return new Request.Builder().url(settings.baseUrl().resolve(path).toString())
                .header("Authorization", "Bearer " + settings.apiToken()).header("Accept", "application/json");
    }
}
