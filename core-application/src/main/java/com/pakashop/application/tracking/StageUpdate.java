package com.pakashop.application.tracking;

import java.time.Instant;
import java.util.UUID;

/** A delivery reached a stage; watchers are told at once, besides the positions they receive. */
public record StageUpdate(UUID orderId, Stage stage, Instant at) implements LiveUpdate {

    /** The stages a watcher sees, from a paid order waiting for its agent to the door. */
    public enum Stage { WAITING_FOR_DISPATCH, DISPATCHED, ARRIVING, DELIVERED, CANCELLED }
}
