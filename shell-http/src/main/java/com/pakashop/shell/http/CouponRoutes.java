package com.pakashop.shell.http;

import com.pakashop.application.ordering.PlacingOrders;
import com.pakashop.application.ordering.QuotingCoupons;
import com.pakashop.application.promotion.ManagingCoupons;
import com.pakashop.domain.promotion.Coupon;
import com.pakashop.domain.promotion.CouponCheck;
import com.pakashop.domain.promotion.CouponScope;
import com.pakashop.domain.promotion.CouponTerms;
import com.pakashop.domain.promotion.DiscountKind;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.Validation;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Staff issue platform coupons, vendors their own shop's; buyers ask what a code would do. */
final class CouponRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 20;

    private final ManagingCoupons managingCoupons;
    private final QuotingCoupons quotingCoupons;
    private final Requests requests;

    CouponRoutes(ManagingCoupons managingCoupons, QuotingCoupons quotingCoupons, Requests requests) {
        this.managingCoupons = managingCoupons;
        this.quotingCoupons = quotingCoupons;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/v1/admin/coupons", Access.CLIENT, Guard.signedIn(), ctx -> issue(ctx, Optional.empty())),
                ApiRoute.get("/api/v1/admin/coupons", Access.CLIENT, Guard.signedIn(), ctx -> list(ctx, Optional.empty())),
                ApiRoute.post("/api/v1/admin/coupons/{couponId}/withdraw", Access.CLIENT, Guard.signedIn(),
                        ctx -> withdraw(ctx, Optional.empty())),
                ApiRoute.post("/api/v1/shops/{id}/coupons", Access.CLIENT, Guard.signedIn(), ctx -> issue(ctx, shop(ctx))),
                ApiRoute.get("/api/v1/shops/{id}/coupons", Access.CLIENT, Guard.signedIn(), ctx -> list(ctx, shop(ctx))),
                ApiRoute.post("/api/v1/shops/{id}/coupons/{couponId}/withdraw", Access.CLIENT, Guard.signedIn(),
                        ctx -> withdraw(ctx, shop(ctx))),
                ApiRoute.post("/api/v1/coupons/validate", Access.CLIENT, Guard.signedIn(),
                        this::validate));
    }

    private static Optional<UUID> shop(Context ctx) {
        return Optional.of(Requests.uuid("id", ctx.pathParam("id")));
    }

    private void issue(Context ctx, Optional<UUID> shopId) {
        CouponRequest body = requests.body(ctx, CouponRequest.class);
        Coupon coupon = managingCoupons.issue(Authorization.principal(ctx), shopId, body.code(), body.terms(),
                requests.context(ctx));
        ctx.status(201).json(CouponView.of(coupon));
    }

    private void list(Context ctx, Optional<UUID> shopId) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, ManagingCoupons.MAX_PAGE);
        List<Coupon> coupons = managingCoupons.list(Authorization.principal(ctx), shopId,
                Requests.cursor(ctx), limit);
        ctx.json(Page.of(coupons, limit, CouponView::of, Coupon::id));
    }

    private void withdraw(Context ctx, Optional<UUID> shopId) {
        ctx.json(CouponView.of(managingCoupons.withdraw(Authorization.principal(ctx), shopId,
                Requests.uuid("couponId", ctx.pathParam("couponId")), requests.context(ctx))));
    }

    private void validate(Context ctx) {
        ValidateRequest body = requests.body(ctx, ValidateRequest.class);
        List<PlacingOrders.Wanted> items = body.items() == null ? List.of() : body.items().stream()
                .map(i -> new PlacingOrders.Wanted(Requests.uuid("items.productId", i.productId()),
                        i.quantity() == null ? 0 : i.quantity()))
                .toList();
        CouponCheck check = quotingCoupons.quote(Authorization.principal(ctx), body.code(), items);
        if (check instanceof CouponCheck.Applies applies) {
            ctx.json(new QuoteView(true, MoneyJson.of(applies.discount()), null, null));
        } else {
            CouponCheck.Rejected rejected = (CouponCheck.Rejected) check;
            ctx.json(new QuoteView(false, null, rejected.reason().name(), rejected.message()));
        }
    }

    record ValidateRequest(String code, List<OrderRoutes.ItemRequest> items) {
    }

    record QuoteView(boolean applies, MoneyJson discount, String reason, String message) {
    }

    /** The coupon as sent: exactly one of {@code percentOffBasisPoints} and {@code amountOff}, by kind. */
    record CouponRequest(String code, String kind, Long percentOffBasisPoints, MoneyJson amountOff,
                         MoneyJson minimumOrder, MoneyJson maximumDiscount, String startsAt, String endsAt,
                         Long totalUses, Long usesPerBuyer, String scope, String scopeId) {

        CouponTerms terms() {
            Validation errors = new Validation();
            DiscountKind discountKind = enumOf(DiscountKind.class, "kind", kind, errors);
            CouponScope couponScope = scope == null ? CouponScope.ALL : enumOf(CouponScope.class, "scope", scope, errors);
            Instant starts = instant("startsAt", startsAt, errors);
            Instant ends = instant("endsAt", endsAt, errors);
            long value = 0;
            if (discountKind == DiscountKind.PERCENTAGE && (percentOffBasisPoints == null || amountOff != null)) {
                errors.add("percentOffBasisPoints", "a PERCENTAGE coupon gives this (1500 = 15%) and no amountOff");
            } else if (discountKind == DiscountKind.PERCENTAGE) {
                value = percentOffBasisPoints;
            }
            if (discountKind == DiscountKind.FIXED && (amountOff == null || percentOffBasisPoints != null)) {
                errors.add("amountOff", "a FIXED coupon gives this and no percentOffBasisPoints");
            } else if (discountKind == DiscountKind.FIXED) {
                value = amountOff.toZmw("amountOff").minor();
            }
            if (totalUses == null) {
                errors.add("totalUses", "is required");
            }
            errors.throwIfInvalid();
            return new CouponTerms(discountKind, value,
                    minimumOrder == null ? Money.zmw(0) : minimumOrder.toZmw("minimumOrder"),
                    Optional.ofNullable(maximumDiscount).map(m -> m.toZmw("maximumDiscount")), starts, ends, totalUses,
                    usesPerBuyer == null ? 1 : usesPerBuyer, couponScope,
                    Optional.ofNullable(scopeId).map(id -> Requests.uuid("scopeId", id)));
        }

        private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String text, Validation errors) {
            try {
                return Enum.valueOf(type, text == null ? "" : text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(field, "must be one of " + List.of(type.getEnumConstants()));
                return null;
            }
        }

        private static Instant instant(String field, String text, Validation errors) {
            try {
                return Instant.parse(text == null ? "" : text);
            } catch (DateTimeParseException e) {
                errors.add(field, "must be an instant such as 2026-12-01T00:00:00Z");
                return null;
            }
        }
    }

    record CouponView(String id, String code, String shopId, String kind, Long percentOffBasisPoints,
                      MoneyJson amountOff, MoneyJson minimumOrder, MoneyJson maximumDiscount, Instant startsAt,
                      Instant endsAt, long totalUses, long usesPerBuyer, long used, String scope, String scopeId,
                      boolean active, Instant createdAt) {
        static CouponView of(Coupon c) {
            CouponTerms t = c.terms();
            boolean percentage = t.kind() == DiscountKind.PERCENTAGE;
            return new CouponView(c.id().toString(), c.code(), c.issuerShopId().map(UUID::toString).orElse(null),
                    t.kind().name(), percentage ? t.value() : null, percentage ? null : MoneyJson.of(Money.zmw(t.value())),
                    MoneyJson.of(t.minimumOrder()), t.maximumDiscount().map(MoneyJson::of).orElse(null), t.startsAt(),
                    t.endsAt(), t.totalUses(), t.usesPerBuyer(), c.used(), t.scope().name(),
                    t.scopeId().map(UUID::toString).orElse(null), c.active(), c.createdAt());
        }
    }
}
