package com.pakashop.domain.tracking;

import com.pakashop.domain.shared.ValidationFailed;

/** A position in WGS 84 degrees. */
public record GeoPoint(double lat, double lng) {
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw ValidationFailed.of("lat", "must be a latitude from -90 to 90");
        }
        if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
            throw ValidationFailed.of("lng", "must be a longitude from -180 to 180");
        }
    }

    /** Great-circle distance by the haversine formula, in metres. */
    public double metresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLng = Math.toRadians(other.lng - lng);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
