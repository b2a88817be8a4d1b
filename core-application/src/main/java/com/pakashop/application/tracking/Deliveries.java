package com.pakashop.application.tracking;

import com.pakashop.domain.tracking.Delivery;
import java.util.Optional;
import java.util.UUID;

/** Deliveries, and the head of each one's track: the smoother's state and the last smoothed position. */
public interface Deliveries {

    void add(Delivery delivery);

    Optional<Delivery> byOrder(UUID orderId);

    /** Locked for the caller's transaction: fixes of one order are smoothed one batch at a time. */
    Optional<Delivery> byOrderForUpdate(UUID orderId);

    /** Saves a change against the delivery's version; Conflict if it changed meanwhile. */
    Delivery update(Delivery before, Delivery after);

    Optional<TrackHead> head(UUID orderId);

    void saveHead(UUID orderId, TrackHead head);

    /** Where smoothing stands for a delivery: empty before its first accepted fix. */
    record TrackHead(FilterState filter, LocationUpdate last) {
    }
}
