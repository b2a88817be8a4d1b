package com.pakashop.shell.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.domain.identity.Role;
import com.pakashop.testkit.TestRedis;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed flows 4.5 (fraud) and 4.3 (moderation) end to end over HTTP, on real PostgreSQL and Redis,
 * with the real pawaPay and Sightengine adapters pointed at WireMock.
 */
class TrustAndSafetyTest {
    private static final WireMockServer pawapay = new WireMockServer(options().dynamicPort());
    private static final WireMockServer sightengine = new WireMockServer(options().dynamicPort());
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        pawapay.start();
        sightengine.start();
        Map<String, String> env = RunningApp.environment();
        env.put("REDIS_URL", TestRedis.url());
        env.put("PAYMENT_PROVIDER", "PAWAPAY");
        env.put("PAWAPAY_API_KEY", "pawapay-sandbox-token");
        env.put("PAWAPAY_WEBHOOK_SECRET", "unused-by-pawapay-itself");
        env.put("PAKASHOP_PAWAPAY_BASE_URL", pawapay.baseUrl());
        env.put("SIGHTENGINE_API_USER", "api-user-1");
        env.put("SIGHTENGINE_API_SECRET", "api-secret-1");
        env.put("PAKASHOP_SIGHTENGINE_BASE_URL", sightengine.baseUrl());
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        category = TestShop.category(app, admin, "Trust-" + UUID.randomUUID().toString().substring(0, 6));
    }

    @BeforeEach
    void stubs() {
        pawapay.resetAll();
        sightengine.resetAll();
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"ACCEPTED\",\"nextStep\":\"FINAL_STATUS\"}")));
    }

    @AfterAll
    static void stop() {
        app.close();
        pawapay.stop();
        sightengine.stop();
    }

    @Test
    void aVendorPayingTheirOwnShopIsHeldBeforeAnyProviderCallAndGoesThroughOnceApproved() {
        TestShop shop = newShop();
        String orderId = order(shop.vendor, shop.onSale("Solar lamp", "220.00", 5));

        HttpResponse<String> held = pay(shop.vendor, orderId, "0961234567");
        JsonNode cases = json(app.get("/api/v1/admin/fraud/cases?status=OPEN", RunningApp.as(admin)));
        JsonNode mine = find(cases, orderId);
        HttpResponse<String> buyerLooks = app.get("/api/v1/admin/fraud/cases/" + mine.get("id").asText(),
                RunningApp.as(shop.vendor));
        HttpResponse<String> noNote = app.postJson("/api/v1/admin/fraud/cases/" + mine.get("id").asText() + "/approve",
                "{}", RunningApp.as(admin));
        HttpResponse<String> approved = app.postJson("/api/v1/admin/fraud/cases/" + mine.get("id").asText() + "/approve",
                "{\"note\":\"called the vendor: buying stock for a relative\"}", RunningApp.as(admin));
        HttpResponse<String> paid = pay(shop.vendor, orderId, "0961234567");

        assertThat(held.statusCode()).isEqualTo(403);
        assertThat(json(held).get("type").asText()).endsWith("payment-under-review");
        assertThat(held.body()).as("the rules stay secret").doesNotContain("self").doesNotContain("score");
        assertThat(mine.get("score").asInt()).isGreaterThanOrEqualTo(60);
        assertThat(mine.get("reasons").toString()).contains("self-dealing");
        assertThat(buyerLooks.statusCode()).isEqualTo(403);
        assertThat(noNote.statusCode()).isEqualTo(422);
        assertThat(json(approved).get("status").asText()).isEqualTo("APPROVED");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        pawapay.verify(1, postRequestedFor(urlEqualTo("/v2/deposits")));
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'FRAUD_CASE_APPROVED' AND subject = 'fraud-case:"
                + mine.get("id").asText() + "'")).isEqualTo(1);
    }

    @Test
    void aRejectedCaseCancelsTheOrderAndGivesTheStockBackWithoutTheProviderEverBeingAsked() {
        TestShop shop = newShop();
        String product = shop.onSale("Generator", "3900.00", 5);
        String orderId = order(shop.vendor, product);

        HttpResponse<String> held = pay(shop.vendor, orderId, "0961234567");
        String caseId = find(json(app.get("/api/v1/admin/fraud/cases", RunningApp.as(admin))), orderId).get("id").asText();
        HttpResponse<String> rejected = app.postJson("/api/v1/admin/fraud/cases/" + caseId + "/reject",
                "{\"note\":\"the shop's owner cannot reach us; payout number matches a reported SIM\"}", RunningApp.as(admin));
        HttpResponse<String> again = app.postJson("/api/v1/admin/fraud/cases/" + caseId + "/approve",
                "{\"note\":\"changed my mind\"}", RunningApp.as(admin));

        assertThat(held.statusCode()).isEqualTo(403);
        assertThat(json(rejected).get("status").asText()).isEqualTo("REJECTED");
        assertThat(again.statusCode()).as("decisions are final").isEqualTo(409);
        assertThat(text("SELECT status FROM orders WHERE id = '" + orderId + "'")).isEqualTo("CANCELLED");
        assertThat(count("SELECT stock FROM products WHERE id = '" + product + "'")).isEqualTo(5);
        pawapay.verify(0, postRequestedFor(urlEqualTo("/v2/deposits")));
    }

    @Test
    void anOrdinaryBuyerIsNotHeld() {
        TestShop shop = newShop();
        String buyer = accounts.buyerToken();
        String orderId = order(buyer, shop.onSale("Kettle", "120.00", 5));

        assertThat(pay(buyer, orderId, "0961234567").statusCode()).isEqualTo(200);
        pawapay.verify(1, postRequestedFor(urlEqualTo("/v2/deposits")));
    }

    @Test
    void aFlaggedImageHidesItsProductFromBuyersUntilAModeratorApprovesIt() {
        TestShop shop = newShop();
        String product = shop.onSale("Hunting knife", "150.00", 5);
        String image = shop.image();
        sightengine.stubFor(post("/1.0/check.json").willReturn(okJson(flagged(image))));

        shop.patch(product, withImage("Hunting knife", image));
        String caseId = moderated(product);
        HttpResponse<String> buyerWhileHeld = app.get("/api/v1/products/" + product, RunningApp.client());
        HttpResponse<String> ownerWhileHeld = app.get("/api/v1/products/" + product, RunningApp.as(shop.vendor));
        JsonNode listed = json(app.get("/api/v1/admin/moderation/cases?status=OPEN&limit=100", RunningApp.as(admin)));
        JsonNode moderation = find(listed, product);
        HttpResponse<String> approved = app.postJson("/api/v1/admin/moderation/cases/" + caseId + "/approve", "{\"note\":\"a knife for the kitchen and the bush; allowed\"}", RunningApp.as(admin));
        HttpResponse<String> buyerAfter = app.get("/api/v1/products/" + product, RunningApp.client());

        assertThat(buyerWhileHeld.statusCode()).isEqualTo(404);
        assertThat(json(ownerWhileHeld).get("moderationHold").asBoolean()).isTrue();
        assertThat(moderation.get("verdict").asText()).isEqualTo("FLAGGED");
        assertThat(moderation.get("categories").has("weapon.classes.firearm")).isTrue();
        assertThat(json(approved).get("status").asText()).isEqualTo("APPROVED");
        assertThat(buyerAfter.statusCode()).isEqualTo(200);
        assertThat(json(buyerAfter).get("moderationHold").asBoolean()).isFalse();
    }

    @Test
    void aNewImageHidesItsProductUntilTheCheckApprovesItAndOnlyOurUploadsAreAccepted() {
        TestShop shop = newShop();
        TestShop other = newShop();
        String product = shop.onSale("Stool", "60.00", 5);
        String image = shop.image();
        sightengine.stubFor(post("/1.0/check.json").willReturn(okJson(clean())));

        HttpResponse<String> foreign = app.patch("/api/v1/products/" + product,
                withImage("Stool", "https://example.com/stool.jpg"), RunningApp.as(shop.vendor));
        HttpResponse<String> anotherShops = app.patch("/api/v1/products/" + product,
                withImage("Stool", other.image()), RunningApp.as(shop.vendor));
        HttpResponse<String> internal = app.patch("/api/v1/products/" + product,
                withImage("Stool", "https://169.254.169.254/latest/meta-data.jpg"), RunningApp.as(shop.vendor));
        shop.patch(product, withImage("Stool", image));
        HttpResponse<String> whileWaiting = app.get("/api/v1/products/" + product, RunningApp.client());
        moderated(product);
        HttpResponse<String> afterCheck = app.get("/api/v1/products/" + product, RunningApp.client());

        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("imageUrls[0]").contains("media/signatures");
        assertThat(anotherShops.statusCode()).as("another shop's folder").isEqualTo(422);
        assertThat(internal.statusCode()).isEqualTo(422);
        assertThat(whileWaiting.statusCode()).as("waiting for moderation").isEqualTo(404);
        assertThat(afterCheck.statusCode()).isEqualTo(200);
        assertThat(json(afterCheck).get("imageUrls").get(0).asText()).isEqualTo(image);
    }

    @Test
    void aRejectedImageIsRemovedAndTheVendorToldWhileAModeratorCannotDecideAnEscalatedCase() {
        TestShop shop = newShop();
        String product = shop.onSale("Poster", "40.00", 5);
        String image = shop.image();
        sightengine.stubFor(post("/1.0/check.json").willReturn(okJson(flagged(image))));
        shop.patch(product, withImage("Poster", image));
        String caseId = moderated(product);
        String moderatorPhone = Accounts.freshPhone();
        accounts.grant(accounts.register(moderatorPhone), Role.BUYER, Role.MODERATOR);
        String moderator = accounts.session(moderatorPhone).get("accessToken").asText();

        HttpResponse<String> escalated = app.postJson("/api/v1/admin/moderation/cases/" + caseId + "/escalate",
                "{\"note\":\"not sure: replica or real?\"}", RunningApp.as(moderator));
        HttpResponse<String> moderatorDecides = app.postJson("/api/v1/admin/moderation/cases/" + caseId + "/reject",
                "{\"note\":\"nope\"}", RunningApp.as(moderator));
        List<String> sent = StaffAndSecurityTest.notificationsDuring(() -> assertThat(app.postJson(
                "/api/v1/admin/moderation/cases/" + caseId + "/reject", "{\"note\":\"real firearm; not allowed\"}",
                RunningApp.as(admin)).statusCode()).isEqualTo(200));

        assertThat(json(escalated).get("status").asText()).isEqualTo("ESCALATED");
        assertThat(moderatorDecides.statusCode()).isEqualTo(403);
        JsonNode after = json(app.get("/api/v1/products/" + product, RunningApp.as(shop.vendor)));
        assertThat(after.get("imageUrls")).isEmpty();
        assertThat(after.get("moderationHold").asBoolean()).isFalse();
        assertThat(sent).anySatisfy(m -> assertThat(m).contains("IMAGE_REJECTED").contains("real firearm"));
    }

    @Test
    void aSightengineOutageLeavesTheImageUnmoderatedAndTheEventForALaterTry() {
        TestShop shop = newShop();
        String product = shop.onSale("Basket", "30.00", 5);
        sightengine.stubFor(post("/1.0/check.json").willReturn(aResponse().withStatus(502)));

        shop.patch(product, withImage("Basket", shop.image()));
        for (int i = 0; i < 20; i++) {
            app.pakashop.relayingOutboxEvents().relayOnce();
        }

        assertThat(count("SELECT count(*) FROM moderation_cases WHERE product_id = '" + product + "'")).isZero();
        assertThat(app.get("/api/v1/products/" + product, RunningApp.client()).statusCode())
                .as("an image nobody has looked at keeps its product hidden").isEqualTo(404);
        assertThat(count("SELECT count(*) FROM outbox_deliveries d JOIN outbox_events e ON e.id = d.event_id"
                + " WHERE e.type = 'ProductImageAdded' AND e.aggregate_id = '" + product + "' AND d.attempts > 0"
                + " AND d.status = 'PENDING'")).as("to be tried again with back-off").isEqualTo(1);
    }

    /** Relays until the product's image has its case (other tests' events share the outbox), and returns its id. */
    private static String moderated(String product) {
        for (int i = 0; i < 50; i++) {
            app.pakashop.relayingOutboxEvents().relayOnce();
            if (count("SELECT count(*) FROM moderation_cases WHERE product_id = '" + product + "'") > 0) {
                return text("SELECT id FROM moderation_cases WHERE product_id = '" + product + "'");
            }
        }
        throw new AssertionError("the image of product " + product + " was never moderated");
    }

    /** The product's details again, now with one image (a PATCH replaces the details whole). */
    private String withImage(String title, String image) {
        String details = TestShop.product(title, "40.00", 5, category);
        return "{\"product\":" + details.substring(0, details.length() - 1) + ",\"imageUrls\":[\"" + image + "\"]}}";
    }

    private static String clean() {
        return "{\"status\":\"success\",\"request\":{\"id\":\"req_8\",\"timestamp\":1764000123.4,\"operations\":5},"
                + "\"nudity\":{\"sexual_activity\":0.001,\"sexual_display\":0.001,\"erotica\":0.001,\"very_suggestive\":0.001},"
                + "\"weapon\":{\"classes\":{\"firearm\":0.001,\"knife\":0.001},\"firearm_action\":{\"aiming_threat\":0.001}},"
                + "\"gore\":{\"prob\":0.001},\"offensive\":{\"nazi\":0.001,\"supremacist\":0.001,\"terrorist\":0.001},"
                + "\"recreational_drug\":{\"prob\":0.001},\"media\":{\"id\":\"med_8\",\"uri\":\"x\"}}";
    }

    private static String flagged(String image) {
        return "{\"status\":\"success\",\"request\":{\"id\":\"req_9\",\"timestamp\":1764000123.4,\"operations\":5},"
                + "\"nudity\":{\"sexual_activity\":0.001,\"sexual_display\":0.001,\"erotica\":0.001,\"very_suggestive\":0.001},"
                + "\"weapon\":{\"classes\":{\"firearm\":0.93,\"knife\":0.2},\"firearm_action\":{\"aiming_threat\":0.01}},"
                + "\"gore\":{\"prob\":0.001},\"offensive\":{\"nazi\":0.001,\"supremacist\":0.001,\"terrorist\":0.001,"
                + "\"confederate\":0.001,\"middle_finger\":0.001},\"recreational_drug\":{\"prob\":0.001},"
                + "\"media\":{\"id\":\"med_9\",\"uri\":\"" + image + "\"}}";
    }

    private static JsonNode find(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (item.toString().contains(id)) {
                return item;
            }
        }
        throw new AssertionError("no case for " + id + " in " + page);
    }

    private static HttpResponse<String> pay(String buyer, String orderId, String phone) {
        return app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId + "\",\"method\":\"MTN_MOMO\","
                + "\"phone\":\"" + phone + "\"}", RunningApp.as(buyer));
    }

    private static String order(String buyer, String product) {
        HttpResponse<String> placed = app.postJson("/api/v1/orders", TestShop.delivered("{\"items\":[" + item(product, 1) + "]}"),
                "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer,
                "Idempotency-Key", "trust-" + UUID.randomUUID());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return json(placed).get("orders").get(0).get("id").asText();
    }

    private static TestShop newShop() {
        return new TestShop(app, accounts, admin, category);
    }
}
