package com.pakashop.domain.tracking;

import com.pakashop.domain.shared.Validation;

/**
 * Where the buyer wants an order brought: a point for the map and the geofence, words for the
 * agent, and the town whose delivery fee applies.
 */
public record Destination(GeoPoint point, String address, String town) {
    public static final int MAX_TOWN = 60;

    public Destination {
        Validation errors = new Validation();
        if (address == null || address.isBlank() || address.length() > 300) {
            errors.add("destination.address", "describe the place in 1 to 300 characters");
        }
        if (town == null || town.isBlank() || town.length() > MAX_TOWN) {
            errors.add("destination.town", "name the town in 1 to " + MAX_TOWN + " characters");
        }
        errors.throwIfInvalid();
        address = address.strip();
        town = town.strip();
    }
}
