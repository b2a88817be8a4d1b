package com.pakashop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.bootstrap.config.Mode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class LoggingTest {

    @Test
    void prodLogsOneJsonObjectPerLineWithTheRequestId() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Logging.configure(Mode.PROD);
            MDC.put("requestId", "req-42");
            LoggerFactory.getLogger("com.pakashop.test").info("Order {} paid", "PK-1001");
            MDC.remove("requestId");
            ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
        } finally {
            System.setOut(original);
            resetToDefault();
        }
        String line = captured.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("PK-1001")).findFirst().orElseThrow();
        JsonNode json = new ObjectMapper().readTree(line);

        assertThat(json.get("message").asText()).isEqualTo("Order PK-1001 paid");
        assertThat(json.get("requestId").asText()).isEqualTo("req-42");
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.has("time")).isTrue();
    }

    private static void resetToDefault() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }
}
