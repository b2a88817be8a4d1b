package com.pakashop.shell.http;

import static com.pakashop.domain.shared.BusinessTime.LUSAKA;

import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/** Reading what a request carries: its JSON body, ids in the path, page parameters, where it came from. */
final class Requests {
    private final JsonBodies bodies;
    private final boolean trustForwardedFor;

    Requests(JsonBodies bodies, boolean trustForwardedFor) {
        this.bodies = bodies;
        this.trustForwardedFor = trustForwardedFor;
    }

    <T> T body(Context ctx, Class<T> type) {
        return bodies.read(ctx, type);
    }

    /** The body's exact bytes, for signatures computed over them; bounded like any body. */
    byte[] rawBody(Context ctx) {
        return bodies.raw(ctx);
    }

    RequestContext context(Context ctx) {
        return new RequestContext(RateLimiting.callerIp(ctx, trustForwardedFor), RequestIds.of(ctx));
    }

    static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationFailed.of(field, "must be a UUID");
        }
    }

    static Optional<UUID> cursor(Context ctx) {
        return Optional.ofNullable(ctx.queryParam("cursor")).map(text -> uuid("cursor", text));
    }

    static int limit(Context ctx, int fallback, int max) {
        String text = ctx.queryParam("limit");
        if (text == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw ValidationFailed.of("limit", "must be a whole number from 1 to " + max);
    }

    /**
     * A query parameter that is an RFC 3339 instant or a day (YYYY-MM-DD, an Africa/Lusaka day):
     * the day's start, or with {@code endOfDay} the start of the next, so {@code to} includes it.
     */
    static Optional<Instant> dayOrInstant(Context ctx, String name, boolean endOfDay) {
        return query(ctx, name).map(text -> {
            try {
                if (text.length() == 10) {
                    LocalDate day = LocalDate.parse(text);
                    return (endOfDay ? day.plusDays(1) : day).atStartOfDay(LUSAKA).toInstant();
                }
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw ValidationFailed.of(name, "must be a day (2026-11-24) or an instant (2026-11-24T10:15:00Z)");
            }
        });
    }

    static Optional<String> query(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(q -> !q.isBlank());
    }
}
