package com.pakashop.application.identity;

/** What a successful login or refresh returns. */
public record Session(String accessToken, String refreshToken, long expiresInSeconds) {
    @Override
    public String toString() {
        return "Session[tokens hidden, expiresIn=" + expiresInSeconds + "]";
    }
}
