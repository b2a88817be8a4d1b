package com.pakashop.domain.tracking;

import com.pakashop.domain.shared.Conflict;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One order on its way to the buyer with one agent: where it goes, the hash of the PIN the buyer
 * holds, the wrong PINs tried so far, when it first came near, and, once delivered, the SHA-256
 * of the buyer's signature as tamper evidence.
 */
public record Delivery(UUID orderId, UUID agentId, UUID buyerId, UUID shopId, GeoPoint destination, String address,
                       String pinHash, int wrongPins, boolean locked, Optional<Instant> arrivingAt,
                       Optional<String> signatureSha256, Optional<Instant> deliveredAt, Instant dispatchedAt,
                       int version) {
    /** After this many wrong PINs only staff can let the agent try again (the buyer may be coerced or guessed). */
    public static final int MAX_WRONG_PINS = 5;
    /** The seed's geofence (§4.4): the buyer hears the agent is near at 400 m. */
    public static final double ARRIVING_WITHIN_METRES = 400;

    public static Delivery dispatch(UUID orderId, UUID agentId, UUID buyerId, UUID shopId, GeoPoint destination,
                                    String address, String pinHash, Instant now) {
        return new Delivery(orderId, agentId, buyerId, shopId, destination, address, pinHash, 0, false,
                Optional.empty(), Optional.empty(), Optional.empty(), now, 0);
    }

    public boolean delivered() {
        return deliveredAt.isPresent();
    }

    /**
     * True the first time a smoothed position comes within the geofence. Later positions never
     * fire it again, so jitter around the boundary announces the agent once.
     */
    public boolean arrivesWith(GeoPoint smoothed) {
        return arrivingAt.isEmpty() && smoothed.metresTo(destination) <= ARRIVING_WITHIN_METRES;
    }

    public Delivery arrived(Instant at) {
        return new Delivery(orderId, agentId, buyerId, shopId, destination, address, pinHash, wrongPins, locked,
                Optional.of(at), signatureSha256, deliveredAt, dispatchedAt, version);
    }

    /** A wrong PIN; the fifth locks the delivery. */
    public Delivery wrongPin() {
        requireOpen();
        int wrong = wrongPins + 1;
        return new Delivery(orderId, agentId, buyerId, shopId, destination, address, pinHash, wrong,
                wrong >= MAX_WRONG_PINS, arrivingAt, signatureSha256, deliveredAt, dispatchedAt, version);
    }

    public Delivery unlocked() {
        if (!locked) {
            throw new Conflict("The delivery of order " + orderId + " is not locked");
        }
        return new Delivery(orderId, agentId, buyerId, shopId, destination, address, pinHash, 0, false, arrivingAt,
                signatureSha256, deliveredAt, dispatchedAt, version);
    }

    public Delivery confirmed(String signatureSha256, Instant at) {
        requireOpen();
        return new Delivery(orderId, agentId, buyerId, shopId, destination, address, pinHash, wrongPins, false,
                arrivingAt, Optional.of(signatureSha256), Optional.of(at), dispatchedAt, version);
    }

    public void requireOpen() {
        if (delivered()) {
            throw new Conflict("Order " + orderId + " is already delivered");
        }
        if (locked) {
            throw new Conflict("The delivery of order " + orderId + " is locked after " + MAX_WRONG_PINS
                    + " wrong PINs; support must unlock it");
        }
    }
}
