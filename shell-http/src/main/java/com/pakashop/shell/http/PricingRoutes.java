package com.pakashop.shell.http;

import com.pakashop.application.ordering.ManagingPriceLists;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.util.List;

/** Staff set commission rates (per category, per shop), markup (per category) and delivery fees (per town). */
final class PricingRoutes implements RouteGroup {
    private final ManagingPriceLists pricing;
    private final Requests requests;

    PricingRoutes(ManagingPriceLists pricing, Requests requests) {
        this.pricing = pricing;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.put("/api/v1/admin/pricing/categories/{id}/commission", Access.CLIENT, Guard.signedIn(), ctx -> {
                    pricing.setCategoryCommission(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")),
                            rate(ctx), requests.context(ctx));
                    ctx.status(204);
                }),
                ApiRoute.put("/api/v1/admin/pricing/shops/{id}/commission", Access.CLIENT, Guard.signedIn(), ctx -> {
                    pricing.setShopCommission(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")),
                            rate(ctx), requests.context(ctx));
                    ctx.status(204);
                }),
                ApiRoute.put("/api/v1/admin/pricing/categories/{id}/markup", Access.CLIENT, Guard.signedIn(), ctx -> {
                    pricing.setCategoryMarkup(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")),
                            rate(ctx), requests.context(ctx));
                    ctx.status(204);
                }),
                ApiRoute.put("/api/v1/admin/pricing/delivery-fees/{town}", Access.CLIENT, Guard.signedIn(), ctx -> {
                    FeeRequest body = requests.body(ctx, FeeRequest.class);
                    if (body.fee() == null) {
                        throw ValidationFailed.of("fee", "is required, such as {\"amount\":\"25.00\",\"currency\":\"ZMW\"}");
                    }
                    Money fee = body.fee().toZmw("fee");
                    pricing.setDeliveryFee(Authorization.principal(ctx), ctx.pathParam("town"), fee, requests.context(ctx));
                    ctx.status(204);
                }));
    }

    private long rate(Context ctx) {
        RateRequest body = requests.body(ctx, RateRequest.class);
        if (body.basisPoints() == null) {
            throw ValidationFailed.of("basisPoints", "is required (100 basis points = 1%)");
        }
        return body.basisPoints();
    }

    record RateRequest(Long basisPoints) {
    }

    record FeeRequest(MoneyJson fee) {
    }
}
