package com.pakashop.shell.http;

import com.pakashop.application.catalog.ApplyingToSell;
import com.pakashop.domain.catalog.VendorApplication;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Applying to sell, and staff deciding the applications. */
final class VendorApplicationRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 20;

    private final ApplyingToSell applying;
    private final Requests requests;

    VendorApplicationRoutes(ApplyingToSell applying, Requests requests) {
        this.applying = applying;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/v1/vendor-applications", Access.CLIENT, Guard.signedIn(), this::apply),
                ApiRoute.get("/api/v1/vendor-applications", Access.CLIENT, Guard.signedIn(), ctx -> {
                    int limit = Requests.limit(ctx, DEFAULT_PAGE, ApplyingToSell.MAX_PAGE);
                    ctx.json(Page.of(applying.mine(Authorization.principal(ctx), Requests.cursor(ctx), limit), limit,
                            ApplicationView::of, VendorApplication::id));
                }),
                ApiRoute.get("/api/v1/admin/vendor-applications", Access.CLIENT, Guard.signedIn(), ctx -> {
                    int limit = Requests.limit(ctx, DEFAULT_PAGE, ApplyingToSell.MAX_PAGE);
                    ctx.json(Page.of(applying.all(Authorization.principal(ctx),
                            Requests.query(ctx, "status").map(VendorApplicationRoutes::status), Requests.cursor(ctx),
                            limit), limit, ApplicationView::of, VendorApplication::id));
                }),
                ApiRoute.post("/api/v1/admin/vendor-applications/{id}/approve", Access.CLIENT, Guard.signedIn(), ctx -> {
                    NoteRequest body = requests.body(ctx, NoteRequest.class);
                    ctx.json(ApplicationView.of(applying.approve(Authorization.principal(ctx), id(ctx),
                            Optional.ofNullable(body.note()).filter(n -> !n.isBlank()), requests.context(ctx))));
                }),
                ApiRoute.post("/api/v1/admin/vendor-applications/{id}/reject", Access.CLIENT, Guard.signedIn(), ctx -> {
                    ReasonRequest body = requests.body(ctx, ReasonRequest.class);
                    ctx.json(ApplicationView.of(applying.reject(Authorization.principal(ctx), id(ctx), body.reason(),
                            requests.context(ctx))));
                }));
    }

    private void apply(Context ctx) {
        ApplicationRequest body = requests.body(ctx, ApplicationRequest.class);
        VendorApplication created = applying.apply(Authorization.principal(ctx), new ApplyingToSell.Form(
                body.businessName(), body.town(), body.tpin(), body.payoutNumber(), body.kycDocumentUrls()),
                requests.context(ctx));
        ctx.status(201).json(ApplicationView.of(created));
    }

    private static UUID id(Context ctx) {
        return Requests.uuid("id", ctx.pathParam("id"));
    }

    private static VendorApplication.Status status(String text) {
        try {
            return VendorApplication.Status.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("status", "must be PENDING, APPROVED or REJECTED");
        }
    }

    record ApplicationRequest(String businessName, String town, String tpin, String payoutNumber,
                              List<String> kycDocumentUrls) {
    }

    record NoteRequest(String note) {
    }

    record ReasonRequest(String reason) {
    }

    record ApplicationView(String id, String userId, String businessName, String town, String tpin, String payoutNumber,
                           String payoutNetwork, List<String> kycDocumentUrls, String status, String decidedBy,
                           String decisionNote, Instant decidedAt, Instant createdAt) {
        static ApplicationView of(VendorApplication a) {
            return new ApplicationView(a.id().toString(), a.userId().toString(), a.businessName(), a.town(), a.tpin(),
                    a.payoutNumber().e164(), a.payoutNetwork().name(), a.kycDocuments().stream().map(URI::toString).toList(),
                    a.status().name(), a.decidedBy().orElse(null), a.decisionNote().orElse(null),
                    a.decidedAt().orElse(null), a.createdAt());
        }
    }
}
