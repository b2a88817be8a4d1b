package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A buyer applies to sell with KYC documents from the signed-upload flow; staff approve (VENDOR granted) or reject. */
class VendorApplicationsTest {
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
    void anApprovedApplicantBecomesAVendorAndMayOpenAShop() {
        String phone = freshPhone();
        String userId = accounts.register(phone);
        String buyer = accounts.session(phone).get("accessToken").asText();

        HttpResponse<String> applied = app.postJson("/api/v1/vendor-applications", application(userId), RunningApp.as(buyer));
        HttpResponse<String> twice = app.postJson("/api/v1/vendor-applications", application(userId), RunningApp.as(buyer));
        HttpResponse<String> cannotOpenYet = app.postJson("/api/v1/shops", shop(), RunningApp.as(buyer));
        String id = json(applied).get("id").asText();
        HttpResponse<String> byBuyer = app.postJson("/api/v1/admin/vendor-applications/" + id + "/approve", "{}",
                RunningApp.as(buyer));
        JsonNode pending = json(app.get("/api/v1/admin/vendor-applications?status=PENDING&limit=100", RunningApp.as(admin)));
        HttpResponse<String> approved = app.postJson("/api/v1/admin/vendor-applications/" + id + "/approve",
                "{\"note\":\"NRC and TPIN certificate match\"}", RunningApp.as(admin));
        HttpResponse<String> approvedAgain = app.postJson("/api/v1/admin/vendor-applications/" + id + "/reject",
                "{\"reason\":\"changed my mind\"}", RunningApp.as(admin));
        String vendor = accounts.session(phone).get("accessToken").asText();
        HttpResponse<String> opened = app.postJson("/api/v1/shops", shop(), RunningApp.as(vendor));
        JsonNode mine = json(app.get("/api/v1/vendor-applications", RunningApp.as(vendor)));

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        assertThat(json(applied).get("status").asText()).isEqualTo("PENDING");
        assertThat(json(applied).get("payoutNetwork").asText()).isEqualTo("AIRTEL");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(cannotOpenYet.statusCode()).isEqualTo(403);
        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(pending.get("items").toString()).contains(id);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved).get("decidedBy").asText()).isNotBlank();
        assertThat(approvedAgain.statusCode()).isEqualTo(409);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(mine.get("items").get(0).get("status").asText()).isEqualTo("APPROVED");
        assertThat(count("SELECT count(*) FROM audit_log WHERE subject = 'vendor-application:" + id + "'")).isEqualTo(2);
    }

    @Test
    void aRejectedApplicantMayApplyAgainAndBadApplicationsNameTheirFields() {
        String phone = freshPhone();
        String userId = accounts.register(phone);
        String buyer = accounts.session(phone).get("accessToken").asText();

        HttpResponse<String> bad = app.postJson("/api/v1/vendor-applications", "{\"businessName\":\"\",\"town\":\"Ndola\","
                + "\"tpin\":\"12345\",\"payoutNumber\":\"0123\",\"kycDocumentUrls\":[]}", RunningApp.as(buyer));
        HttpResponse<String> someoneElsesDocument = app.postJson("/api/v1/vendor-applications",
                application(UUID.randomUUID().toString()), RunningApp.as(buyer));
        String id = json(app.postJson("/api/v1/vendor-applications", application(userId), RunningApp.as(buyer)))
                .get("id").asText();
        HttpResponse<String> noReason = app.postJson("/api/v1/admin/vendor-applications/" + id + "/reject",
                "{\"reason\":\"\"}", RunningApp.as(admin));
        HttpResponse<String> rejected = app.postJson("/api/v1/admin/vendor-applications/" + id + "/reject",
                "{\"reason\":\"the TPIN certificate is unreadable\"}", RunningApp.as(admin));
        HttpResponse<String> again = app.postJson("/api/v1/vendor-applications", application(userId), RunningApp.as(buyer));

        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("businessName", "tpin", "payoutNumber", "kycDocumentUrls");
        assertThat(someoneElsesDocument.statusCode()).as("a KYC document from another user's folder").isEqualTo(422);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(json(rejected).get("status").asText()).isEqualTo("REJECTED");
        assertThat(json(rejected).get("decisionNote").asText()).contains("unreadable");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(app.get("/api/v1/admin/vendor-applications?status=LOST", RunningApp.as(admin)).statusCode())
                .isEqualTo(422);
    }

    @Test
    void kycDocumentsWaitForAPersonInTheModerationQueueAndAreNeverSentOut() {
        String phone = freshPhone();
        String userId = accounts.register(phone);
        String buyer = accounts.session(phone).get("accessToken").asText();
        String id = json(app.postJson("/api/v1/vendor-applications", application(userId), RunningApp.as(buyer)))
                .get("id").asText();

        String caseId = null;
        for (int i = 0; i < 50 && caseId == null; i++) {
            app.pakashop.relayingOutboxEvents().relayOnce();
            if (count("SELECT count(*) FROM moderation_cases WHERE subject_id = '" + id + "'") > 0) {
                caseId = CouponsTest.text("SELECT id FROM moderation_cases WHERE subject_id = '" + id + "'");
            }
        }
        JsonNode queued = json(app.get("/api/v1/admin/moderation/cases?status=OPEN&limit=100", RunningApp.as(admin)));
        HttpResponse<String> approved = app.postJson("/api/v1/admin/moderation/cases/" + caseId + "/approve",
                "{\"note\":\"NRC readable, matches the applicant\"}", RunningApp.as(admin));

        assertThat(caseId).as("the document has its case").isNotNull();
        JsonNode kyc = null;
        for (JsonNode item : queued.get("items")) {
            if (item.get("id").asText().equals(caseId)) {
                kyc = item;
            }
        }
        assertThat(kyc).isNotNull();
        assertThat(kyc.get("subjectKind").asText()).isEqualTo("APPLICATION_KYC_DOCUMENT");
        assertThat(kyc.get("subjectId").asText()).isEqualTo(id);
        assertThat(kyc.get("verdict").asText()).isEqualTo("PENDING_MANUAL_REVIEW");
        assertThat(kyc.has("productId")).isFalse();
        assertThat(json(approved).get("status").asText()).isEqualTo("APPROVED");
    }

    private static String application(String documentOwner) {
        return "{\"businessName\":\"Chanda Hardware\",\"town\":\"Kitwe\",\"tpin\":\"1002003009\","
                + "\"payoutNumber\":\"0971234567\",\"kycDocumentUrls\":[\"" + TestShop.kycDocument(documentOwner) + "\"]}";
    }

    private static String shop() {
        return "{\"name\":\"Chanda Hardware\",\"slug\":\"chanda-" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"town\":\"Kitwe\",\"district\":\"Kitwe\",\"contactPhone\":\"0977123456\","
                + "\"payoutNumber\":\"0971234567\",\"payoutNetwork\":\"AIRTEL\"}";
    }
}
