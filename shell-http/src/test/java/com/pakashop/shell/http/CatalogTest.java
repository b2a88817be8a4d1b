package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.domain.identity.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;
    private static String electronics;
    private static String phones;
    private static String vendor;
    private static String shopId;
    private static String town;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        electronics = category("Electronics", null);
        phones = category("Phones", electronics);
        vendor = vendorToken();
        town = "Kabwe-" + UUID.randomUUID().toString().substring(0, 6);
        shopId = activeShop(vendor, town);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anUnknownQueryParameterIsRefusedByNameInsteadOfIgnored() {
        HttpResponse<String> typo = app.get("/api/v1/products?q=hammer", RunningApp.client());
        HttpResponse<String> known = app.get("/api/v1/products?limit=1", RunningApp.client());

        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(typo).get("detail").asText()).contains("'q'").contains("limit");
        assertThat(known.statusCode()).isEqualTo(200);
    }

    @Test
    void aProductIsADraftUntilItsVendorPutsItOnSale() {
        String id = addProduct(vendor, shopId, "Tecno Spark 20", phones, "2450.00", 5);

        assertThat(app.get("/api/v1/products/" + id, RunningApp.client()).statusCode()).isEqualTo(404);
        assertThat(app.get("/api/v1/products/" + id, RunningApp.as(vendor)).statusCode()).isEqualTo(200);

        HttpResponse<String> onSale = patch("/api/v1/products/" + id, "{\"status\":\"ACTIVE\"}", vendor);
        HttpResponse<String> publicView = app.get("/api/v1/products/" + id, RunningApp.client());

        assertThat(json(onSale).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(publicView.statusCode()).isEqualTo(200);
        assertThat(json(publicView).get("price").toString()).isEqualTo("{\"amount\":\"2450.00\",\"currency\":\"ZMW\"}");
    }

    @Test
    void badProductsAreRefusedNamingEveryField() {
        HttpResponse<String> response = app.postJson("/api/v1/shops/" + shopId + "/products",
                "{\"title\":\"\",\"categoryId\":\"" + UUID.randomUUID() + "\",\"price\":{\"amount\":\"10.999\",\"currency\":\"ZMW\"},"
                        + "\"stockQuantity\":-1,\"imageUrls\":[\"ftp://x\"]}", RunningApp.as(vendor));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"title\"", "\"field\":\"price.amount\"",
                "\"field\":\"stockQuantity\"", "\"field\":\"imageUrls[0]\"");
    }

    @Test
    void aPriceAsAJsonNumberIsRefused() {
        HttpResponse<String> response = app.postJson("/api/v1/shops/" + shopId + "/products",
                "{\"title\":\"Radio\",\"categoryId\":\"" + electronics + "\",\"price\":{\"amount\":150.0,\"currency\":\"ZMW\"},"
                        + "\"stockQuantity\":1}", RunningApp.as(vendor));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("price.amount");
    }

    @Test
    void anotherVendorCannotTouchTheProduct() {
        String id = addProduct(vendor, shopId, "Itel A70", phones, "1200.00", 3);
        String rival = vendorToken();

        assertThat(patch("/api/v1/products/" + id, "{\"status\":\"ARCHIVED\"}", rival).statusCode()).isEqualTo(404);
        assertThat(app.postJson("/api/v1/shops/" + shopId + "/products", product("Fake", phones, "1.00", 1),
                RunningApp.as(rival)).statusCode()).isEqualTo(404);
    }

    @Test
    void archivedIsFinal() {
        String id = addProduct(vendor, shopId, "Old charger", electronics, "50.00", 1);
        patch("/api/v1/products/" + id, "{\"status\":\"ARCHIVED\"}", vendor);

        HttpResponse<String> revive = patch("/api/v1/products/" + id, "{\"status\":\"ACTIVE\"}", vendor);

        assertThat(revive.statusCode()).isEqualTo(409);
    }

    @Test
    void browsingFiltersByCategoryTreePriceTownAndStockAndPagesWithSignedCursors() {
        List<String> onSale = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            onSale.add(sell(addProduct(vendor, shopId, "Phone " + i, phones, (1000 + i) + ".00", i)));
        }
        String cable = sell(addProduct(vendor, shopId, "USB cable", electronics, "25.00", 10));
        String base = "/api/v1/products?town=" + town;

        assertThat(ids(app.get(base + "&category=" + electronics + "&limit=100", RunningApp.client())))
                .as("a parent category includes its children").containsAll(onSale).contains(cable);
        assertThat(ids(app.get(base + "&category=" + phones + "&limit=100", RunningApp.client())))
                .doesNotContain(cable);
        assertThat(ids(app.get(base + "&minPrice=1002.00&maxPrice=1003.00&limit=100", RunningApp.client())))
                .containsExactlyInAnyOrder(onSale.get(2), onSale.get(3));
        assertThat(ids(app.get(base + "&category=" + phones + "&inStock=true&limit=100", RunningApp.client())))
                .doesNotContain(onSale.get(0));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = app.get(base + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    RunningApp.client());
            walked.addAll(ids(page));
            JsonNode body = json(page);
            cursor = body.hasNonNull("nextCursor") ? body.get("nextCursor").asText() : null;
        } while (cursor != null);
        assertThat(walked).containsAll(onSale).contains(cable).doesNotHaveDuplicates();
    }

    @Test
    void aTamperedCursorIsA400() {
        String cursor = json(app.get("/api/v1/products?limit=1", RunningApp.client())).path("nextCursor").asText("AAAA");
        String tampered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);

        HttpResponse<String> response = app.get("/api/v1/products?cursor=" + tampered, RunningApp.client());

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "bad-request");
    }

    @Test
    void onlyStaffAddCategories() {
        HttpResponse<String> byVendor = app.postJson("/api/v1/admin/categories",
                "{\"name\":\"Shoes\",\"slug\":\"shoes-" + UUID.randomUUID().toString().substring(0, 6) + "\"}",
                RunningApp.as(vendor));
        HttpResponse<String> unknownParent = app.postJson("/api/v1/admin/categories",
                "{\"name\":\"Shoes\",\"slug\":\"shoes\",\"parentId\":\"" + UUID.randomUUID() + "\"}", RunningApp.as(admin));

        assertThat(byVendor.statusCode()).isEqualTo(403);
        assertThat(unknownParent.statusCode()).isEqualTo(422);
        assertThat(app.get("/api/v1/categories", RunningApp.client()).body()).contains(electronics, phones);
    }

    private static String category(String name, String parent) {
        HttpResponse<String> response = app.postJson("/api/v1/admin/categories", "{\"name\":\"" + name + "\",\"slug\":\""
                + name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "\""
                + (parent == null ? "" : ",\"parentId\":\"" + parent + "\"") + "}", RunningApp.as(admin));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asText();
    }

    private static String vendorToken() {
        String phone = freshPhone();
        accounts.grant(accounts.register(phone), Role.BUYER, Role.VENDOR);
        return accounts.session(phone).get("accessToken").asText();
    }

    private static String activeShop(String vendorToken, String town) {
        String id = json(app.postJson("/api/v1/shops", "{\"name\":\"Phones4U\",\"slug\":\"phones-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"town\":\"" + town + "\",\"district\":\"Kabwe\","
                + "\"contactPhone\":\"0977123456\",\"payoutNumber\":\"0961234567\",\"payoutNetwork\":\"MTN\"}",
                RunningApp.as(vendorToken))).get("id").asText();
        app.postJson("/api/v1/admin/shops/" + id + "/approve", "{}", RunningApp.as(admin));
        return id;
    }

    private static String addProduct(String token, String shop, String title, String category, String price, int stock) {
        HttpResponse<String> response = app.postJson("/api/v1/shops/" + shop + "/products",
                product(title, category, price, stock), RunningApp.as(token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asText();
    }

    private static String sell(String productId) {
        patch("/api/v1/products/" + productId, "{\"status\":\"ACTIVE\"}", vendor);
        return productId;
    }

    private static String product(String title, String category, String price, int stock) {
        return "{\"title\":\"" + title + "\",\"description\":\"Dual SIM\",\"categoryId\":\"" + category + "\","
                + "\"price\":{\"amount\":\"" + price + "\",\"currency\":\"ZMW\"},\"stockQuantity\":" + stock
                + ",\"attributes\":{\"colour\":\"black\"}}";
    }

    private static HttpResponse<String> patch(String path, String body, String token) {
        return app.patch(path, body, RunningApp.as(token));
    }

    private static List<String> ids(HttpResponse<String> response) {
        List<String> ids = new ArrayList<>();
        json(response).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
