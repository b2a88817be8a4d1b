package com.pakashop.shell.http;

import com.pakashop.application.events.DeadLetter;
import com.pakashop.application.events.ListingDeadLetters;
import com.pakashop.application.events.ReplayingDeadLetter;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Operators' view of event deliveries that gave up, and the way to put one back in line. */
final class DeadLetterRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 50;


    private final ListingDeadLetters listing;
    private final ReplayingDeadLetter replaying;
    private final Requests requests;

    DeadLetterRoutes(ListingDeadLetters listing, ReplayingDeadLetter replaying, Requests requests) {
        this.listing = listing;
        this.replaying = replaying;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/internal/outbox/dead-letters", Access.INTERNAL, Guard.signedIn(), this::list),
                ApiRoute.post("/api/v1/internal/outbox/dead-letters/{id}/replay", Access.INTERNAL, Guard.signedIn(), this::replay));
    }

    private void list(Context ctx) {
        ListingDeadLetters.Page page = listing.list(Requests.cursor(ctx),
                Requests.limit(ctx, DEFAULT_PAGE, ListingDeadLetters.MAX_PAGE));
        ctx.json(new Page<>(page.items().stream().map(DeadLetterView::of).toList(),
                page.nextAfter().map(UUID::toString).orElse(null)));
    }

    private void replay(Context ctx) {
        UUID id = Requests.uuid("id", ctx.pathParam("id"));
        ReplayRequest request = requests.body(ctx, ReplayRequest.class);
        String caller = Authorization.principal(ctx).describe();
        String actor = caller + (request.requestedBy() == null ? "" : " for " + request.requestedBy());
        replaying.replay(new ReplayingDeadLetter.Replay(id, actor, request.reason()), requests.context(ctx));
        ctx.status(202).json(Map.of("id", id.toString(), "status", "PENDING"));
    }

    record ReplayRequest(String reason, String requestedBy) {
    }

    record DeadLetterView(String id, String eventId, String eventType, String handler, int attempts, String lastError,
                          Instant failedAt) {
        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.deliveryId().toString(), d.eventId().toString(), d.eventType(), d.handler(),
                    d.attempts(), d.lastError(), d.failedAt());
        }
    }
}
