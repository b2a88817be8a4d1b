package com.pakashop.application.ratelimit;

/** Token buckets by key (a client key's hash, a caller's IP). */
public interface RateLimiter {

    RateDecision tryConsume(String key, RateLimit limit);
}
