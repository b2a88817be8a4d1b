package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.domain.identity.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MediaSignaturesTest {
    private static final String SECRET = "Zx9TestSecretNotReal";

    @Test
    void aVendorGetsASignatureForItsOwnShopFolderOnly() {
        Map<String, String> env = RunningApp.environment();
        env.put("CLOUDINARY_CLOUD_NAME", "pakashop-demo");
        env.put("CLOUDINARY_API_KEY", "614335564976464");
        env.put("CLOUDINARY_API_SECRET", SECRET);
        try (RunningApp app = RunningApp.start(env)) {
            Accounts accounts = new Accounts(app);
            String vendor = vendor(accounts);
            String shopId = json(app.postJson("/api/v1/shops", "{\"name\":\"Duka\",\"slug\":\"duka-"
                    + UUID.randomUUID().toString().substring(0, 8) + "\",\"town\":\"Lusaka\",\"district\":\"Lusaka\","
                    + "\"contactPhone\":\"0977123456\",\"payoutNumber\":\"0961234567\",\"payoutNetwork\":\"MTN\"}",
                    RunningApp.as(vendor))).get("id").asText();

            HttpResponse<String> signed = app.postJson("/api/v1/media/signatures",
                    "{\"purpose\":\"product-image\",\"shopId\":\"" + shopId + "\"}", RunningApp.as(vendor));
            HttpResponse<String> someoneElses = app.postJson("/api/v1/media/signatures",
                    "{\"purpose\":\"product-image\",\"shopId\":\"" + shopId + "\"}", RunningApp.as(vendor(accounts)));
            HttpResponse<String> kyc = app.postJson("/api/v1/media/signatures", "{\"purpose\":\"kyc-document\"}",
                    RunningApp.as(vendor));

            assertThat(signed.statusCode()).isEqualTo(200);
            JsonNode body = json(signed);
            assertThat(body.get("uploadUrl").asText()).isEqualTo("https://api.cloudinary.com/v1_1/pakashop-demo/image/upload");
            assertThat(body.get("params").get("folder").asText()).isEqualTo("pakashop/products/shop_" + shopId);
            assertThat(body.get("signature").asText()).hasSize(40);
            assertThat(signed.body()).doesNotContain(SECRET);
            assertThat(someoneElses.statusCode()).isEqualTo(404);
            assertThat(json(kyc).get("params").get("folder").asText()).startsWith("pakashop/kyc/user_");
        }
    }

    @Test
    void withoutCloudinarySettingsSignaturesAreUnavailable() {
        Map<String, String> env = RunningApp.environment();
        env.remove("CLOUDINARY_CLOUD_NAME");
        env.remove("CLOUDINARY_API_KEY");
        env.remove("CLOUDINARY_API_SECRET");
        try (RunningApp app = RunningApp.start(env)) {
            HttpResponse<String> response = app.postJson("/api/v1/media/signatures", "{\"purpose\":\"kyc-document\"}",
                    RunningApp.as(vendor(new Accounts(app))));

            assertThat(response.statusCode()).isEqualTo(503);
            assertProblem(response, "dependency-unavailable");
        }
    }

    private static String vendor(Accounts accounts) {
        String phone = freshPhone();
        accounts.grant(accounts.register(phone), Role.BUYER, Role.VENDOR);
        return accounts.session(phone).get("accessToken").asText();
    }
}
