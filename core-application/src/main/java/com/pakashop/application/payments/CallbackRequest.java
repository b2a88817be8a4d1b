package com.pakashop.application.payments;

import java.util.Map;

/**
 * A provider's callback as it reached us, before anything is parsed: the request line parts some
 * signature schemes cover ({@code authority} is the Host we received, {@code path} has no query),
 * headers with lower-case names, and the exact body bytes.
 */
public record CallbackRequest(String method, String authority, String path, Map<String, String> headers, byte[] body) {
    public CallbackRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }
}
