package com.pakashop.shell.http;

import com.pakashop.application.reconciliation.ResolvingDiscrepancies;
import com.pakashop.domain.reconciliation.DiscrepancyClass;
import com.pakashop.domain.reconciliation.ReconciliationRun;
import com.pakashop.domain.reconciliation.StoredDiscrepancy;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finance reads reconciliation runs and their discrepancies, and resolves discrepancies with a note. */
final class ReconciliationRoutes implements RouteGroup {
    private static final int PAGE = 100;
    private static final int MAX_PAGE = 500;

    private final ResolvingDiscrepancies resolving;
    private final Requests requests;

    ReconciliationRoutes(ResolvingDiscrepancies resolving, Requests requests) {
        this.resolving = resolving;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/admin/reconciliation/runs", Access.CLIENT, Guard.signedIn(), this::runs),
                ApiRoute.get("/api/v1/admin/reconciliation/runs/{id}", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(RunView.of(
                        resolving.run(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")))))),
                ApiRoute.get("/api/v1/admin/reconciliation/runs/{id}/discrepancies", Access.CLIENT, Guard.signedIn(),
                        this::discrepancies),
                ApiRoute.post("/api/v1/admin/reconciliation/discrepancies/{id}/resolve", Access.CLIENT, Guard.signedIn(), ctx -> {
                    ResolveRequest body = requests.body(ctx, ResolveRequest.class);
                    ctx.json(DiscrepancyView.of(resolving.resolve(Authorization.principal(ctx),
                            Requests.uuid("id", ctx.pathParam("id")), body.note(), requests.context(ctx))));
                }));
    }

    private void runs(Context ctx) {
        int limit = Requests.limit(ctx, PAGE, MAX_PAGE);
        List<ReconciliationRun> found = resolving.runs(Authorization.principal(ctx), Requests.cursor(ctx), limit);
        ctx.json(Page.of(found, limit, RunView::of, ReconciliationRun::id));
    }

    private void discrepancies(Context ctx) {
        Optional<DiscrepancyClass> kind = Requests.query(ctx, "class").map(text -> {
            try {
                return DiscrepancyClass.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ValidationFailed.of("class", "must be one of " + List.of(DiscrepancyClass.values()));
            }
        });
        Optional<Boolean> resolved = Requests.query(ctx, "resolved").map(text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationFailed.of("resolved", "must be true or false");
        });
        int limit = Requests.limit(ctx, PAGE, MAX_PAGE);
        List<StoredDiscrepancy> found = resolving.discrepancies(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), kind, resolved, Requests.cursor(ctx), limit);
        ctx.json(Page.of(found, limit, DiscrepancyView::of, StoredDiscrepancy::id));
    }

    record ResolveRequest(String note) {
    }

    record RunView(String id, String provider, LocalDate from, LocalDate to, String source, long statementLines,
                   long outsidePeriod, long internalRecords, Map<DiscrepancyClass, Long> counts,
                   Map<DiscrepancyClass, String> amounts, long discrepancies, String startedBy, Instant createdAt) {
        static RunView of(ReconciliationRun r) {
            Map<DiscrepancyClass, String> amounts = new EnumMap<>(DiscrepancyClass.class);
            r.sums().forEach((k, v) -> amounts.put(k, Money.zmw(v).toDecimalString()));
            return new RunView(r.id().toString(), r.provider(), r.from(), r.to(), r.source(), r.statementLines(),
                    r.outsidePeriod(), r.internalRecords(), new EnumMap<>(r.counts()), amounts, r.discrepancies(),
                    r.startedBy(), r.createdAt());
        }
    }

    record DiscrepancyView(String id, String runId, String kind, Long line, String transfer, String providerId,
                           String ourId, String statementAmount, String ourAmount, String detail, String resolvedBy,
                           String resolutionNote, Instant resolvedAt) {
        static DiscrepancyView of(StoredDiscrepancy d) {
            return new DiscrepancyView(d.id().toString(), d.runId().toString(), d.kind().name(), d.line().orElse(null),
                    d.transfer().map(Enum::name).orElse(null), d.providerId().orElse(null),
                    d.ourId().map(Object::toString).orElse(null),
                    d.statementAmount().map(minor -> Money.zmw(minor).toDecimalString()).orElse(null),
                    d.ourAmount().map(minor -> Money.zmw(minor).toDecimalString()).orElse(null), d.detail(),
                    d.resolution().map(StoredDiscrepancy.Resolution::by).orElse(null),
                    d.resolution().map(StoredDiscrepancy.Resolution::note).orElse(null),
                    d.resolution().map(StoredDiscrepancy.Resolution::at).orElse(null));
        }
    }
}
