package com.pakashop.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SecretsStayOutOfLogsTest {

    @Test
    void configuredSecretsNeverAppearInLogsOrResponses() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAWAPAY_API_KEY", "pawapay-live-key-that-must-not-leak");
        env.put("FLUTTERWAVE_SECRET_HASH", "flutterwave-hash-that-must-not-leak");
        env.put("TOTP_ENCRYPTION_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        List<String> secrets = List.of(RunningApp.CLIENT_KEY, RunningApp.INTERNAL_KEY, RunningApp.JWT_SECRET,
                env.get("PAWAPAY_API_KEY"), env.get("FLUTTERWAVE_SECRET_HASH"), env.get("TOTP_ENCRYPTION_KEY"));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        List<String> bodies = new ArrayList<>();
        try (RunningApp app = RunningApp.start(env)) {
            bodies.add(collect(app.get("/api/v1/health/ready", RunningApp.client())));
            bodies.add(collect(app.get("/api/v1/openapi.json", "x-pakashop-key", RunningApp.CLIENT_KEY + "x")));
            bodies.add(collect(app.get("/api/v1/internal/outbox/dead-letters", RunningApp.client())));
            bodies.add(collect(app.get("/api/v1/internal/outbox/dead-letters", "x-internal-key", RunningApp.INTERNAL_KEY.substring(1))));
            bodies.add(collect(app.post("/api/v1/internal/outbox/dead-letters/x/replay", "application/json",
                    "{\"reason\":\"" + RunningApp.JWT_SECRET + "\"}", RunningApp.client())));
            bodies.add(collect(app.get("/api/v1/nowhere?token=" + RunningApp.CLIENT_KEY, RunningApp.client())));
            bodies.add(app.pakashop.config().toString());
            bodies.add(app.pakashop.config().resolved().toString());
        } finally {
            root.detachAppender(captured);
        }
        String logs = captured.list.stream()
                .map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap() + " " + throwableText(e))
                .collect(Collectors.joining("\n"));

        assertThat(captured.list).as("the run logged something to check").isNotEmpty();
        for (String secret : secrets) {
            assertThat(logs).as("logs").doesNotContain(secret);
            assertThat(String.join("\n", bodies)).as("responses").doesNotContain(secret);
        }
    }

    private static String collect(HttpResponse<String> response) {
        return response.headers().map() + " " + response.body();
    }

    private static String throwableText(ILoggingEvent event) {
        return event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage();
    }
}
