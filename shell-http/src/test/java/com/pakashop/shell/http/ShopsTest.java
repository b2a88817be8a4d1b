package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.domain.identity.Role;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShopsTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aVendorOpensAShopThatWaitsForApprovalThenBuyersSeeItsPublicSide() {
        String vendor = vendorToken();
        HttpResponse<String> opened = app.postJson("/api/v1/shops", shop(slug(), "+260961234567", "MTN", "1234567890"),
                RunningApp.as(vendor));
        assertThat(opened.statusCode()).isEqualTo(201);
        JsonNode shop = json(opened);
        assertThat(shop.get("status").asText()).isEqualTo("PENDING_APPROVAL");
        String id = shop.get("id").asText();

        assertThat(app.get("/api/v1/shops/" + id, RunningApp.client()).statusCode()).as("hidden until approved").isEqualTo(404);
        assertThat(app.get("/api/v1/shops/" + id, RunningApp.as(vendor)).statusCode()).as("its owner sees it").isEqualTo(200);

        HttpResponse<String> approved = app.postJson("/api/v1/admin/shops/" + id + "/approve", "{}", RunningApp.as(admin));
        HttpResponse<String> publicView = app.get("/api/v1/shops/" + id, RunningApp.client());

        assertThat(json(approved).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(publicView.statusCode()).isEqualTo(200);
        assertThat(publicView.body()).contains("\"town\":\"Lusaka\"").doesNotContain("payoutNumber").doesNotContain("tpin")
                .doesNotContain("kycDocumentUrls");
    }

    @Test
    void aLogoFromTheShopsFolderIsShownToBuyersOnlyOnceModerationApprovesIt() {
        String vendor = vendorToken();
        String slug = slug();
        HttpResponse<String> withLogoAtOpening = app.postJson("/api/v1/shops", shop(slug, "+260961234567", "MTN", null)
                .replace("}", ",\"logoUrl\":\"https://res.cloudinary.com/pakashop/image/upload/v1/x.png\"}"),
                RunningApp.as(vendor));
        String id = json(app.postJson("/api/v1/shops", shop(slug, "+260961234567", "MTN", null), RunningApp.as(vendor)))
                .get("id").asText();
        app.postJson("/api/v1/admin/shops/" + id + "/approve", "{}", RunningApp.as(admin));
        String logo = "https://res.cloudinary.com/" + TestShop.CLOUD + "/image/upload/v1764000000/pakashop/products/shop_"
                + id + "/logo.png";
        HttpResponse<String> elsewhere = app.patch("/api/v1/shops/" + id, shop(slug, "+260961234567", "MTN", null)
                .replace("}", ",\"logoUrl\":\"https://example.com/logo.png\"}"), RunningApp.as(vendor));
        HttpResponse<String> set = app.patch("/api/v1/shops/" + id, shop(slug, "+260961234567", "MTN", null)
                .replace("}", ",\"logoUrl\":\"" + logo + "\"}"), RunningApp.as(vendor));
        JsonNode beforeReview = json(app.get("/api/v1/shops/" + id, RunningApp.client()));
        String caseId = null;
        for (int i = 0; i < 50 && caseId == null; i++) {
            app.pakashop.relayingOutboxEvents().relayOnce();
            if (CouponsTest.count("SELECT count(*) FROM moderation_cases WHERE subject_kind = 'SHOP_LOGO' AND subject_id = '"
                    + id + "'") > 0) {
                caseId = CouponsTest.text("SELECT id FROM moderation_cases WHERE subject_id = '" + id + "'");
            }
        }
        HttpResponse<String> approved = app.postJson("/api/v1/admin/moderation/cases/" + caseId + "/approve",
                "{\"note\":\"a shop front, fine\"}", RunningApp.as(admin));
        JsonNode afterReview = json(app.get("/api/v1/shops/" + id, RunningApp.client()));

        assertThat(withLogoAtOpening.statusCode()).isEqualTo(422);
        assertThat(withLogoAtOpening.body()).contains("logoUrl");
        assertThat(elsewhere.statusCode()).isEqualTo(422);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).get("logoUrl").asText()).as("the owner sees it as set").isEqualTo(logo);
        assertThat(beforeReview.has("logoUrl")).as("buyers wait for moderation").isFalse();
        assertThat(caseId).isNotNull();
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(afterReview.get("logoUrl").asText()).isEqualTo(logo);
    }

    @Test
    void badShopDetailsAreAllNamedAtOnce() {
        HttpResponse<String> response = app.postJson("/api/v1/shops",
                shop("-Bad Slug-", "+260971234567", "MTN", "12345"), RunningApp.as(vendorToken()));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"slug\"", "\"field\":\"tpin\"", "\"field\":\"payoutNetwork\"",
                "does not match the number's network (AIRTEL)");
    }

    @Test
    void aSlugIsTakenOnce() {
        String slug = slug();
        String vendor = vendorToken();
        app.postJson("/api/v1/shops", shop(slug, "+260961234567", "MTN", null), RunningApp.as(vendor));

        HttpResponse<String> again = app.postJson("/api/v1/shops", shop(slug, "+260961234567", "MTN", null),
                RunningApp.as(vendorToken()));

        assertThat(again.statusCode()).isEqualTo(409);
        assertProblem(again, "conflict");
    }

    @Test
    void aBuyerCannotOpenAShop() {
        String phone = freshPhone();
        accounts.register(phone);
        String buyer = accounts.session(phone).get("accessToken").asText();

        assertThat(app.postJson("/api/v1/shops", shop(slug(), "+260961234567", "MTN", null), RunningApp.as(buyer))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aVendorCannotEditAnotherVendorsShop() {
        String owner = vendorToken();
        String id = json(app.postJson("/api/v1/shops", shop(slug(), "+260961234567", "MTN", null), RunningApp.as(owner)))
                .get("id").asText();
        String rival = vendorToken();

        HttpResponse<String> hijack = patch("/api/v1/shops/" + id, shop(slug(), "+260951234567", "ZAMTEL", null), rival);
        HttpResponse<String> own = patch("/api/v1/shops/" + id, shop(slug(), "+260951234567", "ZAMTEL", null), owner);

        assertThat(hijack.statusCode()).isEqualTo(404);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json(own).get("payoutNetwork").asText()).isEqualTo("ZAMTEL");
    }

    @Test
    void staffMovesFollowTheShopLifeCycleAndNeedReasons() {
        String id = json(app.postJson("/api/v1/shops", shop(slug(), "+260961234567", "MTN", null),
                RunningApp.as(vendorToken()))).get("id").asText();

        HttpResponse<String> suspendPending = app.postJson("/api/v1/admin/shops/" + id + "/suspend",
                "{\"reason\":\"fake goods reported\"}", RunningApp.as(admin));
        HttpResponse<String> rejectWithoutReason = app.postJson("/api/v1/admin/shops/" + id + "/reject", "{}",
                RunningApp.as(admin));
        app.postJson("/api/v1/admin/shops/" + id + "/approve", "{}", RunningApp.as(admin));
        HttpResponse<String> suspended = app.postJson("/api/v1/admin/shops/" + id + "/suspend",
                "{\"reason\":\"fake goods reported\"}", RunningApp.as(admin));

        assertThat(suspendPending.statusCode()).isEqualTo(409);
        assertThat(rejectWithoutReason.statusCode()).isEqualTo(422);
        assertThat(json(suspended).get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(app.get("/api/v1/shops/" + id, RunningApp.client()).statusCode()).isEqualTo(404);
        HttpResponse<String> audit = app.get("/api/v1/admin/audit?subject=shop:" + id, RunningApp.as(admin));
        assertThat(audit.body()).contains("SHOP_OPENED", "SHOP_APPROVED", "SHOP_SUSPENDED", "fake goods reported");
    }

    @Test
    void staffListPendingShopsAndVendorsListTheirOwn() {
        String vendor = vendorToken();
        String id = json(app.postJson("/api/v1/shops", shop(slug(), "+260961234567", "MTN", null), RunningApp.as(vendor)))
                .get("id").asText();

        HttpResponse<String> mine = app.get("/api/v1/me/shops", RunningApp.as(vendor));
        HttpResponse<String> pending = app.get("/api/v1/admin/shops?status=PENDING_APPROVAL&limit=100", RunningApp.as(admin));
        HttpResponse<String> badStatus = app.get("/api/v1/admin/shops?status=OPEN", RunningApp.as(admin));

        assertThat(json(mine).get("items")).hasSize(1);
        assertThat(mine.body()).contains(id);
        assertThat(pending.statusCode()).isEqualTo(200);
        assertThat(badStatus.statusCode()).isEqualTo(422);
    }

    private String vendorToken() {
        String phone = freshPhone();
        String id = accounts.register(phone);
        accounts.grant(id, Role.BUYER, Role.VENDOR);
        return accounts.session(phone).get("accessToken").asText();
    }

    private HttpResponse<String> patch(String path, String body, String token) {
        return app.patch(path, body, RunningApp.as(token));
    }

    private static String slug() {
        return "duka-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String shop(String slug, String payoutNumber, String network, String tpin) {
        return "{\"name\":\"Mama Chanda's Duka\",\"slug\":\"" + slug + "\",\"town\":\"Lusaka\",\"district\":\"Lusaka\","
                + "\"contactPhone\":\"0977123456\",\"payoutNumber\":\"" + payoutNumber + "\",\"payoutNetwork\":\"" + network
                + "\"" + (tpin == null ? "" : ",\"tpin\":\"" + tpin + "\"") + "}";
    }
}
