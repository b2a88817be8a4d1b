package com.pakashop.domain.catalog;

import com.pakashop.domain.shared.Conflict;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A vendor's shop. New shops wait for approval; staff approve or reject them and may suspend an
 * active one (and lift the suspension). Every other move is a Conflict and changes nothing.
 */
public record Shop(UUID id, UUID ownerId, ShopProfile profile, ShopStatus status, Optional<String> statusReason,
                   Instant createdAt, int version) {

    public static Shop open(UUID id, UUID ownerId, ShopProfile profile, Instant now) {
        return new Shop(id, ownerId, profile, ShopStatus.PENDING_APPROVAL, Optional.empty(), now, 0);
    }

    public boolean visibleToBuyers() {
        return status == ShopStatus.ACTIVE;
    }

    public Shop withProfile(ShopProfile newProfile) {
        if (status == ShopStatus.REJECTED) {
            throw new Conflict("A rejected shop cannot be edited; open a new one");
        }
        return new Shop(id, ownerId, newProfile, status, statusReason, createdAt, version);
    }

    public Shop approved() {
        return move(ShopStatus.PENDING_APPROVAL, ShopStatus.ACTIVE, Optional.empty());
    }

    public Shop rejected(String reason) {
        return move(ShopStatus.PENDING_APPROVAL, ShopStatus.REJECTED, Optional.of(reason));
    }

    public Shop suspended(String reason) {
        return move(ShopStatus.ACTIVE, ShopStatus.SUSPENDED, Optional.of(reason));
    }

    public Shop reinstated() {
        return move(ShopStatus.SUSPENDED, ShopStatus.ACTIVE, Optional.empty());
    }

    private Shop move(ShopStatus from, ShopStatus to, Optional<String> reason) {
        if (status != from) {
            throw new Conflict("The shop is " + status + "; only a " + from + " shop can become " + to);
        }
        return new Shop(id, ownerId, profile, to, reason, createdAt, version);
    }
}
