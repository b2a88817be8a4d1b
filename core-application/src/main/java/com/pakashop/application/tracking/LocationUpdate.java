package com.pakashop.application.tracking;

import java.time.Instant;
import java.util.UUID;

/** A smoothed position as watchers receive it. {@code publishedAt} lets a watcher measure how late it is. */
public record LocationUpdate(UUID orderId, double lat, double lng, double speedMetresPerSecond, Instant recordedAt,
                             Instant publishedAt) implements LiveUpdate {
}
