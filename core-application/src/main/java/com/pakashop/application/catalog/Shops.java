package com.pakashop.application.catalog;

import com.pakashop.domain.catalog.Shop;
import com.pakashop.domain.catalog.ShopStatus;
import com.pakashop.domain.identity.Principal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shops. {@link #update} saves against the shop's version and fails with Conflict if it moved. */
public interface Shops {

    /** Throws Conflict when the slug is taken. */
    void add(Shop shop);

    Optional<Shop> byId(UUID id);

    Optional<Shop> byIdForUpdate(UUID id);

    Shop update(Shop shop);

    /** The shop if the caller owns it. */
    default Optional<Shop> ownedBy(UUID shopId, Principal caller) {
        return byId(shopId).filter(shop -> caller.is(shop.ownerId()));
    }

    /** Whether moderation approved this logo of the shop: only then do buyers see it. */
    boolean logoApproved(UUID shopId, URI logo);

    /** Ordered by id, after {@code after}; owner and status filters are optional. */
    List<Shop> find(Optional<UUID> owner, Optional<ShopStatus> status, Optional<UUID> after, int limit);
}
