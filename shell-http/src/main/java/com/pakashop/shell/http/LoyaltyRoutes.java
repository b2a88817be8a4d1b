package com.pakashop.shell.http;

import com.pakashop.application.loyalty.ReadingLoyalty;
import com.pakashop.domain.loyalty.LoyaltyEntry;
import com.pakashop.domain.loyalty.LoyaltyTerms;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A buyer's loyalty points: balance, terms and the ledger behind the balance. */
final class LoyaltyRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 20;

    private final ReadingLoyalty loyalty;

    LoyaltyRoutes(ReadingLoyalty loyalty) {
        this.loyalty = loyalty;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/v1/loyalty", Access.CLIENT, Guard.signedIn(),
                this::statement));
    }

    private void statement(Context ctx) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, ReadingLoyalty.MAX_PAGE);
        ReadingLoyalty.Statement statement = loyalty.statement(Authorization.principal(ctx), Requests.cursor(ctx), limit);
        List<LoyaltyEntry> entries = statement.entries();
        ctx.json(new StatementView(statement.balance(), TermsView.of(statement.terms()),
                Page.of(entries, limit, EntryView::of, LoyaltyEntry::id)));
    }

    record StatementView(long balance, TermsView terms, Page<EntryView> entries) {
    }

    record TermsView(long pointsPerKwacha, MoneyJson pointValue, long redeemCapBasisPoints, int expiryMonths) {
        static TermsView of(LoyaltyTerms t) {
            return new TermsView(t.pointsPerKwacha(), MoneyJson.of(t.pointValue()), t.redeemCapBasisPoints(),
                    t.expiryMonths());
        }
    }

    record EntryView(String id, Instant at, String kind, long points, String orderId) {
        static EntryView of(LoyaltyEntry e) {
            return new EntryView(e.id().toString(), e.at(), e.kind().name(), e.points(),
                    e.orderId().map(UUID::toString).orElse(null));
        }
    }
}
