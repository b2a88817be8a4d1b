package com.pakashop.application.ordering;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.Validation;
import java.util.Map;
import java.util.UUID;

/** Staff setting commissions, markups and delivery fees, each change on the audit record. */
public final class ManagingPriceLists {
    private final PriceLists lists;
    private final Transactions tx;
    private final Auditing audit;

    public ManagingPriceLists(PriceLists lists, Transactions tx, Auditing audit) {
        this.lists = lists;
        this.tx = tx;
        this.audit = audit;
    }

    public void setCategoryCommission(Principal caller, UUID categoryId, long bps, RequestContext context) {
        setRate(caller, "COMMISSION_SET", "category:" + categoryId, bps, context,
                () -> lists.setCategoryCommission(categoryId, bps));
    }

    public void setShopCommission(Principal caller, UUID shopId, long bps, RequestContext context) {
        setRate(caller, "COMMISSION_SET", "shop:" + shopId, bps, context, () -> lists.setShopCommission(shopId, bps));
    }

    public void setCategoryMarkup(Principal caller, UUID categoryId, long bps, RequestContext context) {
        setRate(caller, "MARKUP_SET", "category:" + categoryId, bps, context,
                () -> lists.setCategoryMarkup(categoryId, bps));
    }

    public void setDeliveryFee(Principal caller, String town, Money fee, RequestContext context) {
        caller.require(Permission.PRICING_MANAGE);
        new Validation()
                .require(town != null && !town.isBlank() && town.length() <= 60, "town", "is required, at most 60 characters")
                .require(!fee.isNegative() && fee.minor() <= 1_000_000, "fee", "must be from 0.00 to 10000.00")
                .throwIfInvalid();
        String key = Rates.townKey(town);
        tx.inTransaction(() -> {
            lists.setDeliveryFee(key, fee);
            audit.record("DELIVERY_FEE_SET", caller.describe(), "town:" + key, context,
                    Map.of("fee", fee.toDecimalString()));
        });
    }

    private void setRate(Principal caller, String action, String subject, long bps, RequestContext context,
                         Runnable write) {
        caller.require(Permission.PRICING_MANAGE);
        new Validation().require(bps >= 0 && bps <= 10_000, "basisPoints", "must be from 0 to 10000").throwIfInvalid();
        tx.inTransaction(() -> {
            write.run();
            audit.record(action, caller.describe(), subject, context, Map.of("bps", Long.toString(bps)));
        });
    }
}
