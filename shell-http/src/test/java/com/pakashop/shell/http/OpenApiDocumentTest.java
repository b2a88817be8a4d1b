package com.pakashop.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theDocumentDescribesExactlyTheRegisteredRoutes() throws Exception {
        JsonNode document = new ObjectMapper().readTree(app.get("/api/v1/openapi.json", RunningApp.client()).body());
        Set<String> documented = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        Set<String> registered = HttpApp.productionRoutes(app.pakashop).stream()
                .map(route -> route.method().name() + " " + route.path())
                .collect(Collectors.toSet());

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(documented).as("documented routes").containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void everyRouteDeclaresWhoMayCallIt() {
        assertThat(HttpApp.productionRoutes(app.pakashop)).allSatisfy(route -> assertThat(route.access()).isNotNull());
    }
}
