package com.pakashop.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.domain.shared.Ids;
import com.pakashop.testkit.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeadLetterRoutesTest {
    private static RunningApp app;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void operatorsPageThroughDeadLettersAndReplayOneWithAReason() throws Exception {
        String handler = "zra-invoicing-" + UUID.randomUUID();
        List<UUID> dead = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            dead.add(insertDeadLetter(handler, i));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = app.get("/api/v1/internal/outbox/dead-letters?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), RunningApp.internal());
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(page.body());
            body.get("items").forEach(item -> {
                if (item.get("handler").asText().equals(handler)) {
                    seen.add(item.get("id").asText());
                    assertThat(item.get("lastError").asText()).isEqualTo("VSDC timed out");
                    assertThat(item.get("failedAt").asText()).endsWith("Z");
                }
            });
            cursor = body.hasNonNull("nextCursor") ? body.get("nextCursor").asText() : null;
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(dead.stream().map(UUID::toString).toList());

        HttpResponse<String> replayed = app.post("/api/v1/internal/outbox/dead-letters/" + dead.get(0) + "/replay",
                "application/json", "{\"reason\":\"VSDC is back\",\"requestedBy\":\"finance-ops\"}", RunningApp.internal());
        HttpResponse<String> again = app.post("/api/v1/internal/outbox/dead-letters/" + dead.get(0) + "/replay",
                "application/json", "{\"reason\":\"VSDC is back\"}", RunningApp.internal());

        assertThat(replayed.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).as("already pending, no longer dead").isEqualTo(404);
        assertThat(statusOf(dead.get(0))).isEqualTo("PENDING");
        assertThat(replayActor(dead.get(0))).isEqualTo("system for finance-ops");
    }

    /** Ids a millisecond apart, so their time order is the order of insertion. */
    private static UUID insertDeadLetter(String handler, int index) throws Exception {
        UUID event = UUID.randomUUID();
        UUID delivery = new Ids(Clock.offset(Clock.systemUTC(), Duration.ofMillis(index))).next();
        try (Connection c = TestDatabase.shared().connect()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO outbox_events (id, type, aggregate_id, payload, occurred_at, dispatched_at)
                    VALUES (?, 'OrderPaid', 'order-1', '{}'::jsonb, now(), now())""")) {
                s.setObject(1, event);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO outbox_deliveries (id, event_id, handler, status, attempts, next_attempt_at, last_error, dead_at)
                    VALUES (?, ?, ?, 'DEAD', 10, now(), 'VSDC timed out', now())""")) {
                s.setObject(1, delivery);
                s.setObject(2, event);
                s.setString(3, handler);
                s.executeUpdate();
            }
        }
        return delivery;
    }

    private static String statusOf(UUID delivery) throws Exception {
        return single("SELECT status FROM outbox_deliveries WHERE id = ?", delivery);
    }

    private static String replayActor(UUID delivery) throws Exception {
        return single("SELECT actor FROM outbox_replays WHERE delivery_id = ?", delivery);
    }

    private static String single(String sql, UUID id) throws Exception {
        try (Connection c = TestDatabase.shared().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
