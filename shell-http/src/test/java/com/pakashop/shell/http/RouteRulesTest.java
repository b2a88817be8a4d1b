package com.pakashop.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Default deny, checked over every registered route rather than a hand-picked few. */
class RouteRulesTest {
    private static RunningApp app;
    private static List<ApiRoute> routes;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        routes = HttpApp.productionRoutes(app.pakashop);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyRouteForSignedInCallersRefusesACallerWithoutAToken() {
        for (ApiRoute route : routes) {
            if (route.guard().kind() == Guard.Kind.ANONYMOUS || route.access() == Access.INTERNAL) {
                continue;
            }
            String path = route.path().replaceAll("\\{[a-zA-Z]+}", "01a20ee4-1ae8-756b-b01a-4c66c4afb6b1");
            HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                    .method(route.method().name(), HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json");
            HttpResponse<String> response = app.send(request, RunningApp.client());

            assertThat(response.statusCode()).as(route.method() + " " + route.path()).isEqualTo(401);
        }
    }

    @Test
    void everyInternalRouteRefusesTheClientKey() {
        for (ApiRoute route : routes) {
            if (route.access() != Access.INTERNAL) {
                continue;
            }
            String path = route.path().replaceAll("\\{[a-zA-Z]+}", "01a20ee4-1ae8-756b-b01a-4c66c4afb6b1");
            HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                    .method(route.method().name(), HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json");

            assertThat(app.send(request, RunningApp.client()).statusCode()).as(route.path()).isEqualTo(403);
        }
    }
}
