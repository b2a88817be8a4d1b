package com.pakashop.shell.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.Forbidden;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.PakashopException;
import com.pakashop.domain.shared.RateLimited;
import com.pakashop.domain.shared.Unauthenticated;
import com.pakashop.domain.shared.UnderReview;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure leaves as {@code application/problem+json}. Core errors map by type; anything
 * unexpected is logged with its stack trace here and answered with a bare 500, never the trace.
 */
final class Problems {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final ObjectMapper mapper;

    Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void core(PakashopException e, Context ctx) {
        if (e instanceof ValidationFailed v) {
            write(ctx, 422, "validation-failed", "Validation failed", v.getMessage(), v.errors());
        } else if (e instanceof NotFound) {
            write(ctx, 404, "not-found", "Not found", e.getMessage(), List.of());
        } else if (e instanceof Conflict) {
            write(ctx, 409, "conflict", "Conflict", e.getMessage(), List.of());
        } else if (e instanceof Forbidden) {
            write(ctx, 403, "forbidden", "Forbidden", e.getMessage(), List.of());
        } else if (e instanceof UnderReview) {
            write(ctx, 403, "payment-under-review", "Under review", e.getMessage(), List.of());
        } else if (e instanceof Unauthenticated u) {
            ctx.header("WWW-Authenticate", "Bearer");
            write(ctx, 401, u.reason(), "Unauthenticated", u.getMessage(), List.of());
        } else if (e instanceof RateLimited r) {
            ctx.header("Retry-After", String.valueOf(RateLimiting.seconds(r.retryAfter())));
            write(ctx, 429, "rate-limited", "Too many requests", r.getMessage(), List.of());
        } else if (e instanceof DependencyUnavailable d) {
            log.warn("{} unavailable: {}", d.dependency(), d.getMessage());
            ctx.header("Retry-After", "5");
            write(ctx, 503, "dependency-unavailable", "Service unavailable", d.getMessage(), List.of());
        } else {
            unexpected(e, ctx);
        }
    }

    void gateway(HttpFailure e, Context ctx) {
        write(ctx, e.status(), e.type(), e.title(), e.getMessage(), List.of());
    }

    void unexpected(Exception e, Context ctx) {
        log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, 500, "internal-error", "Internal error",
                "Something went wrong on our side; quote the request id to support", List.of());
    }

    /** Javalin's own 404 and 405, which have no exception behind them. */
    void status(Context ctx, int status) {
        if (CONTENT_TYPE.equals(ctx.res().getContentType())) {
            return;
        }
        switch (status) {
            case 404 -> write(ctx, 404, "not-found", "Not found", "No route " + ctx.method() + " " + ctx.path(), List.of());
            case 405 -> write(ctx, 405, "method-not-allowed", "Method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path(), List.of());
            default -> write(ctx, status, "http-" + status, "HTTP " + status, "The request could not be served", List.of());
        }
    }

    void write(Context ctx, int status, String type, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem(Problem.BASE + type, title, status, detail, ctx.path(), RequestIds.of(ctx), errors);
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a problem body is always serialisable", impossible);
        }
    }
}
