package com.pakashop.application.ordering;

import com.pakashop.domain.shared.Money;
import java.util.Locale;
import java.util.UUID;

/**
 * Which rate applies at checkout: a shop's commission override, else its category's, else the
 * platform default; a category's markup, else the default; a town's delivery fee, else the default.
 */
public final class Rates {
    private final PriceLists lists;
    private final long defaultCommissionBps;
    private final long defaultMarkupBps;
    private final Money defaultDeliveryFee;

    public Rates(PriceLists lists, long defaultCommissionBps, long defaultMarkupBps, Money defaultDeliveryFee) {
        this.lists = lists;
        this.defaultCommissionBps = defaultCommissionBps;
        this.defaultMarkupBps = defaultMarkupBps;
        this.defaultDeliveryFee = defaultDeliveryFee;
    }

    public long commissionFor(UUID shopId, UUID categoryId) {
        return lists.shopCommission(shopId).or(() -> lists.categoryCommission(categoryId)).orElse(defaultCommissionBps);
    }

    public long markupFor(UUID categoryId) {
        return lists.categoryMarkup(categoryId).orElse(defaultMarkupBps);
    }

    public Money deliveryFeeTo(String town) {
        return lists.deliveryFee(townKey(town)).orElse(defaultDeliveryFee);
    }

    /** Towns are looked up as staff and buyers type them, in any case and spacing at the ends. */
    static String townKey(String town) {
        return town.strip().toLowerCase(Locale.ROOT);
    }
}
