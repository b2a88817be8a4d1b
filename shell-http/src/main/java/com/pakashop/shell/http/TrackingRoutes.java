package com.pakashop.shell.http;

import com.pakashop.application.tracking.ConfirmingDeliveries;
import com.pakashop.application.tracking.DispatchingDeliveries;
import com.pakashop.application.tracking.IngestingLocations;
import com.pakashop.application.tracking.StoredFix;
import com.pakashop.application.tracking.WatchingDeliveries;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.shared.ValidationFailed;
import com.pakashop.domain.tracking.Delivery;
import com.pakashop.domain.tracking.Fix;
import com.pakashop.domain.tracking.GeoPoint;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Seed flow 4.4 over HTTP: dispatch, agents' fixes, the track for disputes, confirmation with the PIN, unlock. */
final class TrackingRoutes implements RouteGroup {
    private final WatchingDeliveries watching;
    private final ConfirmingDeliveries confirming;
    private final DispatchingDeliveries dispatching;
    private final IngestingLocations ingesting;
    private final Requests requests;

    TrackingRoutes(WatchingDeliveries watching, ConfirmingDeliveries confirming, DispatchingDeliveries dispatching,
                   IngestingLocations ingesting, Requests requests) {
        this.watching = watching;
        this.confirming = confirming;
        this.dispatching = dispatching;
        this.ingesting = ingesting;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/v1/deliveries/{orderId}/dispatch", Access.CLIENT, Guard.signedIn(), this::dispatch),
                ApiRoute.post("/api/v1/tracking/location", Access.CLIENT, Guard.signedIn(), this::location),
                ApiRoute.post("/api/v1/tracking/locations", Access.CLIENT, Guard.signedIn(), this::locations),
                ApiRoute.get("/api/v1/deliveries/{orderId}/track", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(TrackView.of(
                        watching.track(Authorization.principal(ctx), orderId(ctx))))),
                ApiRoute.post("/api/v1/deliveries/{orderId}/confirm", Access.CLIENT, Guard.signedIn(), this::confirm),
                ApiRoute.post("/api/v1/deliveries/{orderId}/unlock", Access.CLIENT,
                        Guard.signedIn(), ctx -> {
                            ReasonRequest body = requests.body(ctx, ReasonRequest.class);
                            ctx.json(DeliveryView.of(confirming.unlock(Authorization.principal(ctx),
                                    orderId(ctx), body.reason(), requests.context(ctx))));
                        }));
    }

    private void dispatch(Context ctx) {
        DispatchRequest body = requests.body(ctx, DispatchRequest.class);
        Delivery delivery = dispatching.dispatch(Authorization.principal(ctx), orderId(ctx),
                Requests.uuid("agentId", body.agentId()), requests.context(ctx));
        ctx.status(201).json(DeliveryView.of(delivery));
    }

    private void location(Context ctx) {
        FixRequest body = requests.body(ctx, FixRequest.class);
        IngestingLocations.Ingested ingested = ingesting.ingest(Authorization.principal(ctx),
                Requests.uuid("orderId", body.orderId()), List.of(body.toFix("")));
        ctx.status(202).json(ingested);
    }

    private void locations(Context ctx) {
        BatchRequest body = requests.body(ctx, BatchRequest.class);
        if (body.fixes() == null || body.fixes().isEmpty() || body.fixes().size() > IngestingLocations.MAX_BATCH) {
            throw ValidationFailed.of("fixes", "send 1 to " + IngestingLocations.MAX_BATCH + " fixes in time order");
        }
        List<Fix> fixes = new ArrayList<>();
        for (int i = 0; i < body.fixes().size(); i++) {
            fixes.add(body.fixes().get(i).toFix("fixes[" + i + "]."));
        }
        ctx.status(202).json(ingesting.ingest(Authorization.principal(ctx),
                Requests.uuid("orderId", body.orderId()), fixes));
    }

    private void confirm(Context ctx) {
        ConfirmRequest body = requests.body(ctx, ConfirmRequest.class);
        byte[] png;
        try {
            png = Base64.getDecoder().decode(body.signaturePng() == null ? "" : body.signaturePng());
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("signaturePng", "must be base64");
        }
        ConfirmingDeliveries.Confirmation confirmation = confirming.confirm(Authorization.principal(ctx),
                orderId(ctx), body.pin(), png);
        if (!confirmation.delivered()) {
            throw new ValidationFailed(List.of(new FieldError("pin", confirmation.triesLeft() > 0
                    ? "is not the buyer's PIN; " + confirmation.triesLeft() + " tries left"
                    : "is not the buyer's PIN; the delivery is now locked until support unlocks it", "WRONG_PIN")));
        }
        ctx.json(DeliveryView.of(confirmation.delivery()));
    }

    private static UUID orderId(Context ctx) {
        return Requests.uuid("orderId", ctx.pathParam("orderId"));
    }

    record DispatchRequest(String agentId) {
    }

    record ReasonRequest(String reason) {
    }

    record ConfirmRequest(String pin, String signaturePng) {
    }

    record BatchRequest(String orderId, List<FixRequest> fixes) {
    }

    /** One fix on the wire: degrees, metres, m/s, degrees, and an RFC 3339 time. */
    record FixRequest(String orderId, Double lat, Double lng, Double accuracy, Double speed, Double heading,
                      String recordedAt) {
        Fix toFix(String prefix) {
            Validation errors = new Validation();
            if (lat == null) {
                errors.add(prefix + "lat", "is required");
            }
            if (lng == null) {
                errors.add(prefix + "lng", "is required");
            }
            if (accuracy == null) {
                errors.add(prefix + "accuracy", "is required (metres)");
            }
            Instant at = null;
            try {
                at = recordedAt == null ? null : Instant.parse(recordedAt);
            } catch (DateTimeParseException e) {
                at = null;
            }
            if (at == null) {
                errors.add(prefix + "recordedAt", "is required, as RFC 3339 UTC such as 2026-11-24T10:15:00Z");
            }
            errors.throwIfInvalid();
            return new Fix(new GeoPoint(lat, lng), accuracy, Optional.ofNullable(speed), Optional.ofNullable(heading), at);
        }
    }

    /** A delivery as its watchers see it: never the PIN or its hash. */
    record DeliveryView(String orderId, String agentId, String address, double destinationLat, double destinationLng,
                        boolean locked, int wrongPins, Instant arrivingAt, Instant deliveredAt, String signatureSha256,
                        Instant dispatchedAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.orderId().toString(), d.agentId().toString(), d.address(), d.destination().lat(),
                    d.destination().lng(), d.locked(), d.wrongPins(), d.arrivingAt().orElse(null),
                    d.deliveredAt().orElse(null), d.signatureSha256().orElse(null), d.dispatchedAt());
        }
    }

    record TrackView(DeliveryView delivery, List<PointView> path) {
        static TrackView of(WatchingDeliveries.Track track) {
            return new TrackView(DeliveryView.of(track.delivery()), track.path().stream().map(PointView::of).toList());
        }
    }

    record PointView(double lat, double lng, double rawLat, double rawLng, double accuracy, Instant recordedAt) {
        static PointView of(StoredFix fix) {
            GeoPoint smoothed = fix.smoothed().orElseThrow();
            return new PointView(smoothed.lat(), smoothed.lng(), fix.raw().position().lat(), fix.raw().position().lng(),
                    fix.raw().accuracy(), fix.raw().recordedAt());
        }
    }
}
