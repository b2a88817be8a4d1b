package com.pakashop.shell.http;

import com.pakashop.application.fraud.ReviewingFraudCases;
import com.pakashop.application.moderation.ReviewingModeration;
import com.pakashop.domain.fraud.FraudCase;
import com.pakashop.domain.moderation.ModerationCase;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Seed flows 4.5 and 4.3 for staff: the fraud review queue and the image moderation queue. */
final class TrustRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 50;

    private final ReviewingFraudCases reviewingFraud;
    private final ReviewingModeration reviewingModeration;
    private final Requests requests;

    TrustRoutes(ReviewingFraudCases reviewingFraud, ReviewingModeration reviewingModeration, Requests requests) {
        this.reviewingFraud = reviewingFraud;
        this.reviewingModeration = reviewingModeration;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        ReviewingFraudCases cases = reviewingFraud;
        ReviewingModeration images = reviewingModeration;
        return List.of(
                ApiRoute.get("/api/v1/admin/fraud/cases", Access.CLIENT, Guard.signedIn(), ctx -> {
                    int limit = Requests.limit(ctx, DEFAULT_PAGE, ReviewingFraudCases.MAX_PAGE);
                    List<FraudCase> found = cases.list(Authorization.principal(ctx),
                            status(ctx, FraudCase.Status.class), Requests.cursor(ctx), limit);
                    ctx.json(new Page<>(found.stream().map(FraudCaseView::of).toList(), next(found.size(), limit,
                            found.isEmpty() ? null : found.get(found.size() - 1).id())));
                }),
                ApiRoute.get("/api/v1/admin/fraud/cases/{id}", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(FraudCaseView.of(
                        cases.get(Authorization.principal(ctx), id(ctx))))),
                ApiRoute.post("/api/v1/admin/fraud/cases/{id}/approve", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(
                        FraudCaseView.of(cases.approve(Authorization.principal(ctx), id(ctx), note(ctx),
                                requests.context(ctx))))),
                ApiRoute.post("/api/v1/admin/fraud/cases/{id}/reject", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(
                        FraudCaseView.of(cases.reject(Authorization.principal(ctx), id(ctx), note(ctx),
                                requests.context(ctx))))),
                ApiRoute.get("/api/v1/admin/moderation/cases", Access.CLIENT, Guard.signedIn(), ctx -> {
                    int limit = Requests.limit(ctx, DEFAULT_PAGE, ReviewingModeration.MAX_PAGE);
                    List<ModerationCase> found = images.list(Authorization.principal(ctx),
                            status(ctx, ModerationCase.Status.class), Requests.cursor(ctx), limit);
                    ctx.json(new Page<>(found.stream().map(ModerationCaseView::of).toList(), next(found.size(), limit,
                            found.isEmpty() ? null : found.get(found.size() - 1).id())));
                }),
                ApiRoute.post("/api/v1/admin/moderation/cases/{id}/approve", Access.CLIENT, Guard.signedIn(),
                        ctx -> decide(ctx, images, ModerationCase.Status.APPROVED)),
                ApiRoute.post("/api/v1/admin/moderation/cases/{id}/reject", Access.CLIENT, Guard.signedIn(),
                        ctx -> decide(ctx, images, ModerationCase.Status.REJECTED)),
                ApiRoute.post("/api/v1/admin/moderation/cases/{id}/escalate", Access.CLIENT, Guard.signedIn(),
                        ctx -> decide(ctx, images, ModerationCase.Status.ESCALATED)));
    }

    private void decide(Context ctx, ReviewingModeration images, ModerationCase.Status decision) {
        ctx.json(ModerationCaseView.of(images.decide(Authorization.principal(ctx), id(ctx), decision, note(ctx),
                requests.context(ctx))));
    }

    private String note(Context ctx) {
        return requests.body(ctx, NoteRequest.class).note();
    }

    private static UUID id(Context ctx) {
        return Requests.uuid("id", ctx.pathParam("id"));
    }

    private static String next(int size, int limit, UUID last) {
        return size == limit && last != null ? last.toString() : null;
    }

    private static <E extends Enum<E>> Optional<E> status(Context ctx, Class<E> type) {
        return Requests.query(ctx, "status").map(text -> {
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ValidationFailed.of("status", "must be one of " + List.of(type.getEnumConstants()));
            }
        });
    }

    record NoteRequest(String note) {
    }

    record FraudCaseView(String id, String buyerId, List<String> orderIds, MoneyJson amount, int score,
                         List<Map<String, Object>> reasons, String status, String reviewer, String note,
                         Instant createdAt, Instant decidedAt) {
        static FraudCaseView of(FraudCase c) {
            return new FraudCaseView(c.id().toString(), c.buyerId().toString(),
                    c.orderIds().stream().map(UUID::toString).toList(), MoneyJson.of(c.amount()), c.score(),
                    c.reasons().stream().map(r -> Map.<String, Object>of("rule", r.rule(), "evidence", r.evidence(),
                            "contribution", r.contribution())).toList(), c.status().name(), c.reviewer().orElse(null),
                    c.note().orElse(null), c.createdAt(), c.decidedAt().orElse(null));
        }
    }

    record ModerationCaseView(String id, String subjectKind, String subjectId, String productId, String imageUrl,
                              String verdict, Map<String, Double> categories, String status, String reviewer, String note,
                              Instant createdAt, Instant decidedAt) {
        static ModerationCaseView of(ModerationCase c) {
            boolean product = c.subject().kind() == ModerationCase.Subject.Kind.PRODUCT_IMAGE;
            return new ModerationCaseView(c.id().toString(), c.subject().kind().name(), c.subject().id().toString(),
                    product ? c.subject().id().toString() : null, c.image().toString(),
                    c.verdict().kind().name(), c.verdict().categories(), c.status().name(), c.reviewer().orElse(null),
                    c.note().orElse(null), c.createdAt(), c.decidedAt().orElse(null));
        }
    }
}
