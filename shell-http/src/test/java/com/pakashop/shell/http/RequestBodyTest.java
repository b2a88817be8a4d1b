package com.pakashop.shell.http;

import static com.pakashop.shell.http.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestBodyTest {
    private static RunningApp app;
    private final String replay = "/api/v1/internal/outbox/dead-letters/" + UUID.randomUUID() + "/replay";

    @BeforeAll
    static void start() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAKASHOP_MAX_BODY_BYTES", "2048");
        app = RunningApp.start(env);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void malformedJsonIsA400SayingWhereItBroke() {
        HttpResponse<String> response = app.post(replay, "application/json", "{\n  \"reason\": \"x\",,\n}", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "malformed-json");
        assertThat(response.body()).contains("line 2");
    }

    @Test
    void anUnknownFieldIsNamed() {
        HttpResponse<String> response = app.post(replay, "application/json", "{\"reason\":\"x\",\"force\":true}", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Unknown field 'force'");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        HttpResponse<String> response = app.post(replay, "application/json", "{\"reason\":{\"nested\":1}}", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'reason'");
    }

    @Test
    void aMissingRequiredFieldIsA422WithFieldErrors() {
        HttpResponse<String> response = app.post(replay, "application/json", "{\"requestedBy\":\"ops\"}", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(422);
        assertProblem(response, "validation-failed");
        assertThat(response.body()).contains("\"errors\":[{\"field\":\"reason\"");
    }

    @Test
    void aBadPathIdIsA422NamingIt() {
        HttpResponse<String> response = app.post("/api/v1/internal/outbox/dead-letters/not-a-uuid/replay",
                "application/json", "{\"reason\":\"retry\"}", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"id\"");
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        HttpResponse<String> response = app.post(replay, "text/plain", "reason=retry", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(415);
        assertProblem(response, "unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        String big = "{\"reason\":\"" + "x".repeat(4096) + "\"}";

        HttpResponse<String> response = app.post(replay, "application/json", big, RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, "payload-too-large");
    }

    @Test
    void replayingSomethingThatIsNotADeadLetterIs404() {
        HttpResponse<String> response = app.post(replay, "application/json", "{\"reason\":\"provider fixed\"}", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, "not-found");
    }

    @Test
    void aBadPageSizeIsA422() {
        HttpResponse<String> response = app.get("/api/v1/internal/outbox/dead-letters?limit=500", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"limit\"");
    }
}
