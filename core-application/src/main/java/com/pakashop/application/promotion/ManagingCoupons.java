package com.pakashop.application.promotion;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.catalog.Categories;
import com.pakashop.application.catalog.Shops;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.promotion.Coupon;
import com.pakashop.domain.promotion.CouponScope;
import com.pakashop.domain.promotion.CouponTerms;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff issue platform coupons; a vendor issues coupons for their own shop, which can only ever
 * cover that shop's goods. Issuing and withdrawing are on the audit record.
 */
public final class ManagingCoupons {
    public static final int MAX_PAGE = 100;

    private final Coupons coupons;
    private final Shops shops;
    private final Categories categories;
    private final Transactions tx;
    private final Auditing audit;
    private final Ids ids;
    private final Clock clock;

    public ManagingCoupons(Coupons coupons, Shops shops, Categories categories, Transactions tx, Auditing audit, Ids ids,
                           Clock clock) {
        this.coupons = coupons;
        this.shops = shops;
        this.categories = categories;
        this.tx = tx;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code issuerShopId} empty issues a platform coupon. */
    public Coupon issue(Principal caller, Optional<UUID> issuerShopId, String code, CouponTerms terms,
                        RequestContext context) {
        requireIssuer(caller, issuerShopId);
        String normalCode = Coupon.normaliseCode("code", code);
        requireScope(issuerShopId, terms);
        Coupon coupon = new Coupon(ids.next(), normalCode, issuerShopId, terms, 0, true, clock.instant());
        return tx.inTransaction(() -> {
            coupons.add(coupon, caller.describe());
            Map<String, String> details = new HashMap<>(Map.of("code", normalCode, "kind", terms.kind().name(),
                    "value", "" + terms.value(), "totalUses", "" + terms.totalUses(), "scope", terms.scope().name()));
            issuerShopId.ifPresent(shop -> details.put("shopId", shop.toString()));
            audit.record("COUPON_ISSUED", caller.describe(), "coupon:" + coupon.id(), context, details);
            return coupon;
        });
    }

    public List<Coupon> list(Principal caller, Optional<UUID> issuerShopId, Optional<UUID> before, int limit) {
        requireIssuer(caller, issuerShopId);
        return coupons.issuedBy(issuerShopId, before, limit);
    }

    /** Withdrawn coupons stop applying at once; redemptions already made stand. */
    public Coupon withdraw(Principal caller, Optional<UUID> issuerShopId, UUID couponId, RequestContext context) {
        requireIssuer(caller, issuerShopId);
        return tx.inTransaction(() -> {
            Coupon coupon = coupons.byId(couponId).filter(c -> c.issuerShopId().equals(issuerShopId))
                    .orElseThrow(() -> new NotFound("No coupon " + couponId));
            coupons.setActive(couponId, false);
            audit.record("COUPON_WITHDRAWN", caller.describe(), "coupon:" + couponId, context,
                    Map.of("code", coupon.code()));
            return new Coupon(coupon.id(), coupon.code(), coupon.issuerShopId(), coupon.terms(), coupon.used(), false,
                    coupon.createdAt());
        });
    }

    private void requireIssuer(Principal caller, Optional<UUID> issuerShopId) {
        if (issuerShopId.isEmpty()) {
            caller.require(Permission.COUPONS_MANAGE);
            return;
        }
        caller.require(Permission.SHOP_MANAGE_OWN);
        shops.ownedBy(issuerShopId.get(), caller).orElseThrow(() -> new NotFound("No shop " + issuerShopId.get()));
    }

    private void requireScope(Optional<UUID> issuerShopId, CouponTerms terms) {
        UUID target = terms.scopeId().orElse(null);
        if (terms.scope() == CouponScope.SHOP && (shops.byId(target).isEmpty()
                || issuerShopId.map(shop -> !shop.equals(target)).orElse(false))) {
            throw ValidationFailed.of("scopeId", issuerShopId.isPresent()
                    ? "a shop's coupon can only cover that shop" : "no such shop");
        }
        if (terms.scope() == CouponScope.CATEGORY && categories.byId(target).isEmpty()) {
            throw ValidationFailed.of("scopeId", "no such category");
        }
    }
}
