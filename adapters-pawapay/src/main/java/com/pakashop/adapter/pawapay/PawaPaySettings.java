package com.pakashop.adapter.pawapay;

import java.net.URI;
import java.time.Duration;

/**
 * How we reach pawaPay: base URL (sandbox or production; only it and the token differ), the API
 * token, the time-out of each call, and how old a signed callback may be.
 */
public record PawaPaySettings(URI baseUrl, String apiToken, Duration timeout, Duration callbackMaxAge) {
    @Override
    public String toString() {
        return "PawaPaySettings[" + baseUrl + ", token hidden, " + timeout + ", " + callbackMaxAge + "]";
    }
}
