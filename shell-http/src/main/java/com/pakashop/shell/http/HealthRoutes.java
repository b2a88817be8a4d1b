package com.pakashop.shell.http;

import com.pakashop.application.health.CheckingReadiness;
import com.pakashop.application.health.ComponentHealth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Liveness (the process answers) and readiness (what it depends on answers). */
final class HealthRoutes implements RouteGroup {
    private final CheckingReadiness readiness;
    private final Problems problems;

    HealthRoutes(CheckingReadiness readiness, Problems problems) {
        this.readiness = readiness;
        this.problems = problems;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/health/live", Access.PUBLIC, Guard.anonymous(), ctx -> ctx.json(Map.of("status", "UP"))),
                ApiRoute.get("/api/v1/health/ready", Access.PUBLIC, Guard.anonymous(), ctx -> {
                    CheckingReadiness.Readiness result = readiness.check();
                    if (result.ready()) {
                        ctx.json(Map.of("status", "UP", "components", components(result)));
                    } else {
                        problems.write(ctx, 503, "not-ready", "Not ready",
                                "Not ready: " + String.join(", ", result.failing()) + " not answering", List.of());
                    }
                }));
    }

    private static Map<String, Map<String, String>> components(CheckingReadiness.Readiness result) {
        Map<String, Map<String, String>> components = new LinkedHashMap<>();
        result.components().forEach((name, health) -> components.put(name, view(health)));
        return components;
    }

    private static Map<String, String> view(ComponentHealth health) {
        return Map.of("status", health.status().name(), "detail", health.detail());
    }
}
