package com.pakashop.shell.http;

import com.pakashop.application.catalog.ModeratingShops;
import com.pakashop.application.catalog.RunningShops;
import com.pakashop.domain.catalog.Shop;
import com.pakashop.domain.catalog.ShopProfile;
import com.pakashop.domain.catalog.ShopStatus;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Vendors open and edit shops; anyone reads active ones; staff review them. */
final class ShopRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 50;

    private final ModeratingShops moderatingShops;
    private final RunningShops runningShops;
    private final Requests requests;

    ShopRoutes(ModeratingShops moderatingShops, RunningShops runningShops, Requests requests) {
        this.moderatingShops = moderatingShops;
        this.runningShops = runningShops;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/v1/shops", Access.CLIENT, Guard.signedIn(), this::open),
                ApiRoute.patch("/api/v1/shops/{id}", Access.CLIENT, Guard.signedIn(), this::edit),
                ApiRoute.get("/api/v1/shops/{id}", Access.CLIENT, Guard.anonymous(), this::view),
                ApiRoute.get("/api/v1/me/shops", Access.CLIENT, Guard.signedIn(), this::mine),
                ApiRoute.get("/api/v1/admin/shops", Access.CLIENT, Guard.signedIn(), this::all),
                ApiRoute.post("/api/v1/admin/shops/{id}/approve", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(ShopView.of(
                        moderatingShops.approve(Authorization.principal(ctx), id(ctx), requests.context(ctx))))),
                ApiRoute.post("/api/v1/admin/shops/{id}/reject", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(ShopView.of(
                        moderatingShops.reject(Authorization.principal(ctx), id(ctx), reason(ctx),
                                requests.context(ctx))))),
                ApiRoute.post("/api/v1/admin/shops/{id}/suspend", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(ShopView.of(
                        moderatingShops.suspend(Authorization.principal(ctx), id(ctx), reason(ctx),
                                requests.context(ctx))))),
                ApiRoute.post("/api/v1/admin/shops/{id}/reinstate", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(ShopView.of(
                        moderatingShops.reinstate(Authorization.principal(ctx), id(ctx), requests.context(ctx))))));
    }

    private void open(Context ctx) {
        Shop shop = runningShops.open(Authorization.principal(ctx), profile(ctx), requests.context(ctx));
        ctx.status(201).json(ShopView.of(shop));
    }

    private void edit(Context ctx) {
        ctx.json(ShopView.of(runningShops.edit(Authorization.principal(ctx), id(ctx), profile(ctx),
                requests.context(ctx))));
    }

    private void view(Context ctx) {
        RunningShops.Visible visible = runningShops.view(Authorization.optionalPrincipal(ctx), id(ctx));
        ctx.json(visible.withPrivateDetails() ? ShopView.of(visible.shop())
                : PublicShopView.of(visible.shop(), visible.logoApproved()));
    }

    private void mine(Context ctx) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, RunningShops.MAX_PAGE);
        ctx.json(page(runningShops.mine(Authorization.principal(ctx), Requests.cursor(ctx), limit), limit));
    }

    private void all(Context ctx) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, RunningShops.MAX_PAGE);
        Optional<ShopStatus> status = Requests.query(ctx, "status").map(ShopRoutes::status);
        ctx.json(page(moderatingShops.all(Authorization.principal(ctx), status, Requests.cursor(ctx), limit),
                limit));
    }

    private ShopProfile profile(Context ctx) {
        ShopRequest body = requests.body(ctx, ShopRequest.class);
        return ShopProfile.of(body.name(), body.slug(), body.town(), body.district(), body.contactPhone(),
                body.payoutNumber(), body.payoutNetwork(), body.tpin(), body.branchId(), body.kycDocumentUrls(),
                body.logoUrl());
    }

    private String reason(Context ctx) {
        ReasonRequest body = requests.body(ctx, ReasonRequest.class);
        if (body.reason() == null) {
            throw ValidationFailed.of("reason", "is required, at most 500 characters");
        }
        return body.reason();
    }

    private static java.util.UUID id(Context ctx) {
        return Requests.uuid("id", ctx.pathParam("id"));
    }

    private static ShopStatus status(String text) {
        try {
            return ShopStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("status", "must be one of " + List.of(ShopStatus.values()));
        }
    }

    private static Page<ShopView> page(List<Shop> shops, int limit) {
        return Page.of(shops, limit, ShopView::of, Shop::id);
    }

    record ShopRequest(String name, String slug, String town, String district, String contactPhone, String payoutNumber,
                       String payoutNetwork, String tpin, String branchId, List<String> kycDocumentUrls,
                       String logoUrl) {
    }

    record ReasonRequest(String reason) {
    }

    /** What owners and staff see: everything, including payout details and KYC documents. */
    record ShopView(String id, String ownerId, String name, String slug, String town, String district,
                    String contactPhone, String payoutNumber, String payoutNetwork, String tpin, String branchId,
                    List<String> kycDocumentUrls, String logoUrl, String status, String statusReason, Instant createdAt) {
        static ShopView of(Shop shop) {
            ShopProfile p = shop.profile();
            return new ShopView(shop.id().toString(), shop.ownerId().toString(), p.name(), p.slug(), p.town(),
                    p.district(), p.contactPhone().e164(), p.payoutNumber().e164(), p.payoutNetwork().name(),
                    p.tpin().orElse(null), p.branchId().orElse(null),
                    p.kycDocuments().stream().map(URI::toString).toList(), p.logo().map(URI::toString).orElse(null),
                    shop.status().name(),
                    shop.statusReason().orElse(null), shop.createdAt());
        }
    }

    /** What buyers see: no payout number, no KYC documents, no tax number. */
    /** What buyers see: the logo only once moderation approved it. */
    record PublicShopView(String id, String name, String slug, String town, String district, String contactPhone,
                          String logoUrl) {
        static PublicShopView of(Shop shop, boolean logoApproved) {
            ShopProfile p = shop.profile();
            return new PublicShopView(shop.id().toString(), p.name(), p.slug(), p.town(), p.district(),
                    p.contactPhone().e164(), logoApproved ? p.logo().map(URI::toString).orElse(null) : null);
        }
    }
}
