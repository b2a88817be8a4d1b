package com.pakashop.application.ordering;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.Validation;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Which rate applies (a shop's override, else its category's, else the platform default; a
 * category's markup, else the default; a town's delivery fee, else the default), and staff
 * setting those rates on the record.
 */
public final class Pricing {
    private final PriceLists lists;
    private final long defaultCommissionBps;
    private final long defaultMarkupBps;
    private final Money defaultDeliveryFee;
    private final Transactions tx;
    private final Auditing audit;

    public Pricing(PriceLists lists, long defaultCommissionBps, long defaultMarkupBps, Money defaultDeliveryFee,
                   Transactions tx, Auditing audit) {
        this.lists = lists;
        this.defaultCommissionBps = defaultCommissionBps;
        this.defaultMarkupBps = defaultMarkupBps;
        this.defaultDeliveryFee = defaultDeliveryFee;
        this.tx = tx;
        this.audit = audit;
    }

    public long commissionFor(UUID shopId, UUID categoryId) {
        return lists.shopCommission(shopId).or(() -> lists.categoryCommission(categoryId)).orElse(defaultCommissionBps);
    }

    public long markupFor(UUID categoryId) {
        return lists.categoryMarkup(categoryId).orElse(defaultMarkupBps);
    }

    public Money deliveryFeeTo(String town) {
        return lists.deliveryFee(normalise(town)).orElse(defaultDeliveryFee);
    }

    public void setCategoryCommission(Principal caller, UUID categoryId, long bps, RequestContext context) {
        caller.require(Permission.PRICING_MANAGE);
        requireRate(bps);
        tx.inTransaction(() -> {
            lists.setCategoryCommission(categoryId, bps);
            audit.record("COMMISSION_SET", caller.describe(), "category:" + categoryId, context, Map.of("bps", "" + bps));
        });
    }

    public void setShopCommission(Principal caller, UUID shopId, long bps, RequestContext context) {
        caller.require(Permission.PRICING_MANAGE);
        requireRate(bps);
        tx.inTransaction(() -> {
            lists.setShopCommission(shopId, bps);
            audit.record("COMMISSION_SET", caller.describe(), "shop:" + shopId, context, Map.of("bps", "" + bps));
        });
    }

    public void setCategoryMarkup(Principal caller, UUID categoryId, long bps, RequestContext context) {
        caller.require(Permission.PRICING_MANAGE);
        requireRate(bps);
        tx.inTransaction(() -> {
            lists.setCategoryMarkup(categoryId, bps);
            audit.record("MARKUP_SET", caller.describe(), "category:" + categoryId, context, Map.of("bps", "" + bps));
        });
    }

    public void setDeliveryFee(Principal caller, String town, Money fee, RequestContext context) {
        caller.require(Permission.PRICING_MANAGE);
        new Validation()
                .require(town != null && !town.isBlank() && town.length() <= 60, "town", "is required, at most 60 characters")
                .require(!fee.isNegative() && fee.minor() <= 1_000_000, "fee", "must be from 0.00 to 10000.00")
                .throwIfInvalid();
        tx.inTransaction(() -> {
            lists.setDeliveryFee(normalise(town), fee);
            audit.record("DELIVERY_FEE_SET", caller.describe(), "town:" + normalise(town), context,
                    Map.of("fee", fee.toDecimalString()));
        });
    }

    private static void requireRate(long bps) {
        new Validation().require(bps >= 0 && bps <= 10_000, "basisPoints", "must be from 0 to 10000").throwIfInvalid();
    }

    private static String normalise(String town) {
        return town.strip().toLowerCase(Locale.ROOT);
    }
}
