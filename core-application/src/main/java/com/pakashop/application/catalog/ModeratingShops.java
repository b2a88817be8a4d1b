package com.pakashop.application.catalog;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.Shop;
import com.pakashop.domain.catalog.ShopStatus;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Validation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Staff review of shops: approve or reject new ones, suspend and reinstate active ones, on the record. */
public final class ModeratingShops {
    private final Shops shops;
    private final Transactions tx;
    private final Auditing audit;

    public ModeratingShops(Shops shops, Transactions tx, Auditing audit) {
        this.shops = shops;
        this.tx = tx;
        this.audit = audit;
    }

    public List<Shop> all(Principal caller, Optional<ShopStatus> status, Optional<UUID> after, int limit) {
        caller.require(Permission.SHOPS_READ_ANY);
        RunningShops.requirePage(limit);
        return shops.find(Optional.empty(), status, after, limit);
    }

    public Shop approve(Principal caller, UUID shopId, RequestContext context) {
        return moderate(caller, shopId, "SHOP_APPROVED", Optional.empty(), Shop::approved, context);
    }

    public Shop reject(Principal caller, UUID shopId, String reason, RequestContext context) {
        return moderate(caller, shopId, "SHOP_REJECTED", Optional.of(reason), s -> s.rejected(reason.strip()), context);
    }

    public Shop suspend(Principal caller, UUID shopId, String reason, RequestContext context) {
        return moderate(caller, shopId, "SHOP_SUSPENDED", Optional.of(reason), s -> s.suspended(reason.strip()), context);
    }

    public Shop reinstate(Principal caller, UUID shopId, RequestContext context) {
        return moderate(caller, shopId, "SHOP_REINSTATED", Optional.empty(), Shop::reinstated, context);
    }

    private Shop moderate(Principal caller, UUID shopId, String action, Optional<String> reason, UnaryOperator<Shop> move,
                          RequestContext context) {
        caller.require(Permission.SHOPS_MODERATE);
        reason.ifPresent(r -> new Validation()
                .require(!r.isBlank() && r.length() <= 500, "reason", "is required, at most 500 characters")
                .throwIfInvalid());
        return tx.inTransaction(() -> {
            Shop shop = shops.byIdForUpdate(shopId).orElseThrow(() -> new NotFound("No shop " + shopId));
            Shop moved = shops.update(move.apply(shop));
            audit.record(action, caller.describe(), "shop:" + shopId, context,
                    reason.map(r -> Map.of("reason", r.strip())).orElse(Map.of()));
            return moved;
        });
    }

}
