package com.pakashop.shell.http;

import com.pakashop.application.settlement.PlanningSettlements;
import com.pakashop.application.settlement.RunningSettlements;
import com.pakashop.application.settlement.ViewingSettlements;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.settlement.Payout;
import com.pakashop.domain.settlement.PayoutStatus;
import com.pakashop.domain.settlement.SettlementBatch;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finance and admins follow settlement batches, preview the next one and run one now. */
final class SettlementRoutes implements RouteGroup {
    private static final int PAGE = 50;
    private static final int MAX_PAGE = 500;

    private final ViewingSettlements viewing;
    private final PlanningSettlements planning;
    private final RunningSettlements running;
    private final Requests requests;
    private final Clock clock;

    SettlementRoutes(ViewingSettlements viewing, PlanningSettlements planning, RunningSettlements running,
                     Requests requests, Clock clock) {
        this.viewing = viewing;
        this.planning = planning;
        this.running = running;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/admin/settlements", Access.CLIENT, Guard.signedIn(), this::list),
                ApiRoute.get("/api/v1/admin/settlements/preview", Access.CLIENT, Guard.signedIn(), this::preview),
                ApiRoute.post("/api/v1/admin/settlements/run", Access.CLIENT, Guard.signedIn(), this::run),
                ApiRoute.get("/api/v1/admin/settlements/{id}", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(DetailView.of(
                        viewing.batch(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")))))),
                ApiRoute.get("/api/v1/admin/settlements/{id}/payouts", Access.CLIENT, Guard.signedIn(), this::payouts));
    }

    private void list(Context ctx) {
        int limit = Requests.limit(ctx, PAGE, MAX_PAGE);
        List<SettlementBatch> found = viewing.batches(Authorization.principal(ctx), Requests.cursor(ctx), limit);
        ctx.json(Page.of(found, limit, BatchView::of, SettlementBatch::id));
    }

    private void preview(Context ctx) {
        Instant cutoff = Requests.dayOrInstant(ctx, "cutoff", false).orElse(clock.instant());
        PlanningSettlements.Preview preview = planning.preview(Authorization.principal(ctx), cutoff);
        ctx.json(new PreviewView(preview.cutoff(), MoneyJson.of(preview.total()),
                preview.payouts().stream().map(LineView::of).toList(),
                preview.carried().stream().map(LineView::of).toList()));
    }

    /** Answers once the batch is planned; the worker's settle-payouts job sends and follows its payouts. */
    private void run(Context ctx) {
        Principal caller = Authorization.principal(ctx);
        SettlementBatch batch = running.planNow(caller, requests.context(ctx));
        ctx.status(202).json(DetailView.of(viewing.batch(caller, batch.id())));
    }

    private void payouts(Context ctx) {
        Optional<PayoutStatus> status = Requests.query(ctx, "status").map(text -> {
            try {
                return PayoutStatus.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ValidationFailed.of("status", "must be one of " + List.of(PayoutStatus.values()));
            }
        });
        ctx.json(new Page<>(viewing.payouts(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), status).stream().map(PayoutView::of).toList(), null));
    }

    record BatchView(String id, Instant cutoff, String trigger, String createdBy, String status, int payouts,
                     MoneyJson total, int carriedPayees, MoneyJson carried, Instant createdAt, Instant closedAt) {
        static BatchView of(SettlementBatch b) {
            return new BatchView(b.id().toString(), b.cutoff(), b.trigger(), b.createdBy(), b.status().name(),
                    b.payoutCount(), MoneyJson.of(b.total()), b.carriedCount(), MoneyJson.of(b.carried()), b.createdAt(),
                    b.closedAt().orElse(null));
        }
    }

    record DetailView(BatchView batch, Map<PayoutStatus, Integer> payouts) {
        static DetailView of(ViewingSettlements.BatchDetail detail) {
            return new DetailView(BatchView.of(detail.batch()), detail.payouts());
        }
    }

    record PayoutView(String id, String payeeKind, String payeeId, String recipientName, String recipient,
                      String network, MoneyJson amount, String provider, String status, String providerReference,
                      String failure, int attempts, Instant createdAt, Instant updatedAt) {
        static PayoutView of(Payout p) {
            return new PayoutView(p.id().toString(), p.payee().kind().name(), p.payee().id().toString(),
                    p.recipientName(), p.recipient().masked(), p.network().name(), MoneyJson.of(p.amount()), p.provider(),
                    p.status().name(), p.providerReference().orElse(null), p.failure().orElse(null), p.attempts(),
                    p.createdAt(), p.updatedAt());
        }
    }

    record PreviewView(Instant cutoff, MoneyJson total, List<LineView> payouts, List<LineView> carried) {
    }

    record LineView(String payeeKind, String payeeId, MoneyJson amount, int orders) {
        static LineView of(PlanningSettlements.Preview.Line line) {
            return new LineView(line.payee().kind().name(), line.payee().id().toString(), MoneyJson.of(line.amount()),
                    line.orders());
        }
    }
}
