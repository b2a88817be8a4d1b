package com.pakashop.adapter.persistence;


import com.pakashop.application.tracking.Smoothing;
import com.pakashop.application.tracking.StoredFix;
import com.pakashop.application.tracking.TrackFixes;
import com.pakashop.domain.tracking.Fix;
import com.pakashop.domain.tracking.GeoPoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Every fix, raw and smoothed, in one batch insert per request. */
public final class JdbiTrackFixes implements TrackFixes {
    private final JdbiTransactions tx;

    public JdbiTrackFixes(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(UUID orderId, List<StoredFix> fixes) {
        tx.withHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO track_fixes (order_id, recorded_at, lat, lng, accuracy, speed, heading, outcome,
                                             smoothed_lat, smoothed_lng, received_at)
                    VALUES (:order, :recorded, :lat, :lng, :accuracy, :speed, :heading, :outcome, :slat, :slng, :received)""");
            for (StoredFix fix : fixes) {
                Fix raw = fix.raw();
                batch.bind("order", orderId).bind("recorded", raw.recordedAt())
                        .bind("lat", raw.position().lat()).bind("lng", raw.position().lng())
                        .bind("accuracy", raw.accuracy()).bind("speed", raw.speed().orElse(null))
                        .bind("heading", raw.heading().orElse(null)).bind("outcome", fix.outcome().name())
                        .bind("slat", fix.smoothed().map(GeoPoint::lat).orElse(null))
                        .bind("slng", fix.smoothed().map(GeoPoint::lng).orElse(null))
                        .bind("received", fix.receivedAt()).add();
            }
            return batch.execute();
        });
    }

    @Override
    public List<StoredFix> smoothedPath(UUID orderId, int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT recorded_at, lat, lng, accuracy, speed, heading, outcome, smoothed_lat, smoothed_lng, received_at
                        FROM track_fixes WHERE order_id = :order AND outcome = 'ACCEPTED'
                        ORDER BY recorded_at, id LIMIT :limit""")
                .bind("order", orderId).bind("limit", limit).map((rs, ctx) -> fix(rs)).list());
    }

    @Override
    public int purgeBefore(Instant before) {
        return tx.withHandle(handle -> handle.createUpdate("DELETE FROM track_fixes WHERE received_at < :before")
                .bind("before", before).execute());
    }

    private static StoredFix fix(ResultSet rs) throws SQLException {
        Fix raw = new Fix(new GeoPoint(rs.getDouble("lat"), rs.getDouble("lng")), rs.getDouble("accuracy"),
                Optional.ofNullable((Double) rs.getObject("speed")), Optional.ofNullable((Double) rs.getObject("heading")),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
        Optional<GeoPoint> smoothed = rs.getObject("smoothed_lat") == null ? Optional.empty()
                : Optional.of(new GeoPoint(rs.getDouble("smoothed_lat"), rs.getDouble("smoothed_lng")));
        return new StoredFix(raw, Smoothing.Outcome.valueOf(rs.getString("outcome")), smoothed,
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }
}
