package com.pakashop.shell.http;

import com.pakashop.application.events.DeadLetter;
import com.pakashop.application.events.ListingDeadLetters;
import com.pakashop.application.events.ReplayingDeadLetter;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Operators' view of event deliveries that gave up, and the way to put one back in line. */
final class DeadLetterRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 50;

    private final ListingDeadLetters listing;
    private final ReplayingDeadLetter replaying;
    private final JsonBodies bodies;

    DeadLetterRoutes(ListingDeadLetters listing, ReplayingDeadLetter replaying, JsonBodies bodies) {
        this.listing = listing;
        this.replaying = replaying;
        this.bodies = bodies;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/internal/outbox/dead-letters", Access.INTERNAL, this::list),
                ApiRoute.post("/api/v1/internal/outbox/dead-letters/{id}/replay", Access.INTERNAL, this::replay));
    }

    private void list(Context ctx) {
        Optional<UUID> after = Optional.ofNullable(ctx.queryParam("cursor")).map(text -> uuid("cursor", text));
        int limit = Optional.ofNullable(ctx.queryParam("limit")).map(DeadLetterRoutes::limit).orElse(DEFAULT_PAGE);
        ListingDeadLetters.Page page = listing.list(after, limit);
        ctx.json(new PageView(page.items().stream().map(DeadLetterView::of).toList(),
                page.nextAfter().map(UUID::toString).orElse(null)));
    }

    private void replay(Context ctx) {
        UUID id = uuid("id", ctx.pathParam("id"));
        ReplayRequest request = bodies.read(ctx, ReplayRequest.class);
        String actor = "internal-service" + (request.requestedBy() == null ? "" : " for " + request.requestedBy());
        replaying.replay(new ReplayingDeadLetter.Replay(id, actor, request.reason()));
        ctx.status(202).json(Map.of("id", id.toString(), "status", "PENDING"));
    }

    private static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of(field, "must be a UUID");
        }
    }

    private static int limit(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ValidationFailed.of("limit", "must be a whole number from 1 to " + ListingDeadLetters.MAX_PAGE);
        }
    }

    record ReplayRequest(String reason, String requestedBy) {
    }

    record PageView(List<DeadLetterView> items, String nextCursor) {
    }

    record DeadLetterView(String id, String eventId, String eventType, String handler, int attempts, String lastError,
                          Instant failedAt) {
        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.deliveryId().toString(), d.eventId().toString(), d.eventType(), d.handler(),
                    d.attempts(), d.lastError(), d.failedAt());
        }
    }
}
