package com.pakashop.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.PermissionMatrix;
import com.pakashop.domain.identity.Role;
import com.pakashop.testkit.TestDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Routes ask only for a signed-in caller; the use cases decide who may do what. This calls every
 * signed-in route as a user of each role and holds the answer to the permission matrix and to the
 * permission the OpenAPI document names: a role the matrix denies gets 403, a role it allows gets
 * past the check (here a 400, 404 or 409 for a made-up id and an empty body, never 401 or 403).
 * It runs on a database of its own, since an allowed call may change something.
 */
class RoleMatrixTest {
    private static final String DATABASE_SUFFIX = "_roles";
    private static final String SOME_ID = "01a20ee4-1ae8-756b-b01a-4c66c4afb6b1";
    /** How a use case words a refusal for want of a permission ({@code Principal.require}). */
    private static final String PERMISSION_REFUSED = "You may not do this (";
    private static final String SHOP = "{\"name\":\"Duka\",\"slug\":\"duka-roles\",\"town\":\"Lusaka\","
            + "\"district\":\"Lusaka\",\"contactPhone\":\"0977123456\",\"payoutNumber\":\"0965550001\","
            + "\"payoutNetwork\":\"MTN\"}";
    private static final String COUPON = "{\"code\":\"ROLES10\",\"kind\":\"PERCENTAGE\",\"percentOffBasisPoints\":1000,"
            + "\"startsAt\":\"2026-01-01T00:00:00Z\",\"endsAt\":\"2036-01-01T00:00:00Z\",\"totalUses\":5}";
    private static final String FIX = "\"lat\":-15.4167,\"lng\":28.2833,\"accuracy\":5,\"recordedAt\":\"2026-12-04T10:00:00Z\"";
    /**
     * Bodies that read, for the routes whose handlers refuse an empty body before the use case is
     * asked: the use case is where a role is refused, so it must be reached.
     */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/admin/invoices/backfill", "{\"from\":\"2026-11-01\",\"to\":\"2026-11-02\"}"),
            Map.entry("PATCH /api/v1/products/{id}", "{\"status\":\"ARCHIVED\"}"),
            Map.entry("PATCH /api/v1/shops/{id}", SHOP),
            Map.entry("POST /api/v1/shops", SHOP),
            Map.entry("POST /api/v1/admin/coupons", COUPON),
            Map.entry("POST /api/v1/shops/{id}/coupons", COUPON),
            Map.entry("POST /api/v1/admin/payments/{id}/refunds", "{\"reason\":\"arrived broken\"}"),
            Map.entry("POST /api/v1/admin/refunds/{id}/resolve", "{\"outcome\":\"COMPLETED\",\"note\":\"seen\"}"),
            Map.entry("POST /api/v1/admin/shops/{id}/reject", "{\"reason\":\"papers missing\"}"),
            Map.entry("POST /api/v1/admin/shops/{id}/suspend", "{\"reason\":\"papers missing\"}"),
            Map.entry("POST /api/v1/shops/{shopId}/products", "{\"title\":\"Chitenge\",\"categoryId\":\"" + SOME_ID
                    + "\",\"price\":{\"amount\":\"150.00\",\"currency\":\"ZMW\"},\"stockQuantity\":3}"),
            Map.entry("POST /api/v1/tracking/location", "{\"orderId\":\"" + SOME_ID + "\"," + FIX + "}"),
            Map.entry("POST /api/v1/tracking/locations", "{\"orderId\":\"" + SOME_ID + "\",\"fixes\":[{" + FIX + "}]}"),
            Map.entry("PUT /api/v1/admin/pricing/categories/{id}/commission", "{\"basisPoints\":500}"),
            Map.entry("PUT /api/v1/admin/pricing/categories/{id}/markup", "{\"basisPoints\":500}"),
            Map.entry("PUT /api/v1/admin/pricing/shops/{id}/commission", "{\"basisPoints\":500}"),
            Map.entry("PUT /api/v1/admin/pricing/delivery-fees/{town}",
                    "{\"fee\":{\"amount\":\"25.00\",\"currency\":\"ZMW\"}}"));
    private static RunningApp app;
    private static final Map<Role, String> tokens = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() {
        Map<String, String> env = RunningApp.environment();
        env.put("DATABASE_URL", TestDatabase.shared().databaseUrl() + DATABASE_SUFFIX);
        env.put("PAKASHOP_EMBEDDED_WORKER", "false");
        env.put("PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE", "1000000");
        env.put("PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE", "1000000");
        app = RunningApp.start(env);
        Accounts accounts = new Accounts(app);
        for (Role role : Role.values()) {
            tokens.put(role, accounts.tokenFor(role));
        }
    }

    @AfterAll
    static void stop() {
        app.close();
        TestDatabase.shared().dropDerived(DATABASE_SUFFIX);
    }

    @Test
    void everySignedInRouteAnswersEachRoleAsTheMatrixSays() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(OpenApiRoutes.load()).get("paths");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ApiRoute route : HttpApp.productionRoutes(app.pakashop)) {
            if (route.guard().kind() != Guard.Kind.SIGNED_IN || route.access() == Access.INTERNAL) {
                continue;
            }
            String operation = route.method() + " " + route.path();
            JsonNode documented = paths.get(route.path()).get(route.method().name().toLowerCase(Locale.ROOT))
                    .path("x-pakashop-permission");
            if (!documented.isTextual() && !documented.isArray()) {
                wrong.add(operation + ": the document names no permission");
                continue;
            }
            List<Permission> needed = permissions(documented);
            for (Role role : Role.values()) {
                HttpResponse<String> response = call(route, tokens.get(role));
                boolean allowed = needed.stream().anyMatch(p -> PermissionMatrix.allows(Set.of(role), p));
                boolean refused = response.statusCode() == 403 && response.body().contains(PERMISSION_REFUSED);
                if (allowed ? response.statusCode() == 401 || refused : !refused) {
                    wrong.add(operation + " as " + role + " (" + needed + (allowed ? " granted" : " denied")
                            + "): HTTP " + response.statusCode() + " " + response.body());
                }
                checked++;
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(checked).as("routes times roles").isGreaterThan(500);
    }

    /** One permission, or several of which any will do (a vendor for their own shop, or staff for any). */
    private static List<Permission> permissions(JsonNode documented) {
        List<Permission> permissions = new ArrayList<>();
        if (documented.isArray()) {
            documented.forEach(p -> permissions.add(Permission.valueOf(p.asText())));
        } else {
            permissions.add(Permission.valueOf(documented.asText()));
        }
        return permissions;
    }

    private static HttpResponse<String> call(ApiRoute route, String token) {
        String path = route.path().replaceAll("\\{[a-zA-Z]+}", SOME_ID);
        String body = BODIES.getOrDefault(route.method() + " " + route.path(), "{}");
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .method(route.method().name(), HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "role-matrix-" + UUID.randomUUID());
        return app.send(request, RunningApp.as(token));
    }
}
