package com.pakashop.application.ordering;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers which checkout a client's Idempotency-Key produced. {@link #claim} blocks a second
 * request with the same key until the first one's transaction ends, then reports what it made.
 */
public interface IdempotencyKeys {

    /** Empty when the key is new (now claimed); otherwise the earlier request's fingerprint and result. */
    Optional<Claimed> claim(String scope, String key, String requestHash, UUID result, Instant expiresAt);

    record Claimed(String requestHash, UUID result) {
    }
}
