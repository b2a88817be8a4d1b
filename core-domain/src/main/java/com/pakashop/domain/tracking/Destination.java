package com.pakashop.domain.tracking;

import com.pakashop.domain.shared.ValidationFailed;

/** Where the buyer wants an order brought: a point for the map and the geofence, and words for the agent. */
public record Destination(GeoPoint point, String address) {
    public Destination {
        if (address == null || address.isBlank() || address.length() > 300) {
            throw ValidationFailed.of("deliveryAddress", "describe the place in 1 to 300 characters");
        }
        address = address.strip();
    }
}
