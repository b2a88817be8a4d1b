package com.pakashop.application.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every fix an agent sent, raw and smoothed, kept for disputes until the retention job removes it. */
public interface TrackFixes {

    void add(UUID orderId, List<StoredFix> fixes);

    /** The accepted, smoothed positions of an order in time order, at most {@code limit}. */
    List<StoredFix> smoothedPath(UUID orderId, int limit);

    /** Removes fixes received before {@code before}; returns how many. */
    int purgeBefore(Instant before);
}
