package com.pakashop.shell.http;

import com.pakashop.application.ratelimit.RateDecision;
import com.pakashop.application.ratelimit.RateLimit;
import com.pakashop.application.ratelimit.RateLimiter;
import com.pakashop.bootstrap.config.HttpSettings;
import com.pakashop.domain.shared.RateLimited;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * Two buckets per request: the caller's IP, and the key it presented. The tighter one is
 * reported in the quota headers on every response; an empty one answers 429 with Retry-After.
 */
final class RateLimiting {
    static final String LIMIT_HEADER = "RateLimit-Limit";
    static final String REMAINING_HEADER = "RateLimit-Remaining";

    private final RateLimiter limiter;
    private final RateLimit perIp;
    private final RateLimit perKey;
    private final boolean trustForwardedFor;

    RateLimiting(RateLimiter limiter, HttpSettings settings) {
        this.limiter = limiter;
        this.perIp = new RateLimit(settings.perIpPerMinute(), Duration.ofMinutes(1));
        this.perKey = new RateLimit(settings.perClientKeyPerMinute(), Duration.ofMinutes(1));
        this.trustForwardedFor = settings.trustForwardedFor();
    }

    void apply(Context ctx, Optional<ApiKeyAuthentication.Caller> caller) {
        RateDecision byIp = limiter.tryConsume("ip:" + callerIp(ctx, trustForwardedFor), perIp);
        RateDecision tightest = byIp;
        long limit = perIp.capacity();
        if (byIp.allowed() && caller.isPresent()) {
            RateDecision byKey = limiter.tryConsume("key:" + caller.get().name().toLowerCase(java.util.Locale.ROOT), perKey);
            if (!byKey.allowed() || byKey.remaining() < byIp.remaining()) {
                tightest = byKey;
                limit = perKey.capacity();
            }
        }
        ctx.header(LIMIT_HEADER, String.valueOf(limit));
        ctx.header(REMAINING_HEADER, String.valueOf(tightest.remaining()));
        if (!tightest.allowed()) {
            throw new RateLimited("Too many requests; slow down and retry after the time in Retry-After",
                    tightest.retryAfter());
        }
    }

    /** Behind our own proxy the last X-Forwarded-For entry is the one it added, so it cannot be forged. */
    static String callerIp(Context ctx, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        return ctx.ip();
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
