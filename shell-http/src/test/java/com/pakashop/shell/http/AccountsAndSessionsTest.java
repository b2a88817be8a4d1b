package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.PASSWORD;
import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccountsAndSessionsTest {
    private static RunningApp app;
    private static Accounts accounts;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        accounts = new Accounts(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aBuyerRegistersWithALocalNumberAndSeesItNormalised() {
        String e164 = freshPhone();
        String local = "0977 " + e164.substring(7, 10) + "-" + e164.substring(10);
        HttpResponse<String> response = app.postJson("/api/v1/auth/register",
                "{\"name\":\"Mutale Banda\",\"phone\":\"" + local + "\",\"email\":\"Mutale." + System.nanoTime()
                        + "@Example.zm\",\"password\":\"" + PASSWORD + "\"}", RunningApp.client());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode user = json(response);
        assertThat(user.get("phone").asText()).isEqualTo("+260977" + e164.substring(7));
        assertThat(user.get("email").asText()).startsWith("mutale.").endsWith("@example.zm");
        assertThat(user.get("roles").toString()).isEqualTo("[\"BUYER\"]");
        assertThat(response.body()).doesNotContain("argon").doesNotContain("password");
    }

    @Test
    void registeringTheSamePhoneTwiceIsAConflict() {
        String phone = freshPhone();
        accounts.register(phone);

        HttpResponse<String> again = app.postJson("/api/v1/auth/register",
                "{\"name\":\"Someone Else\",\"phone\":\"" + phone + "\",\"password\":\"another long passphrase\"}",
                RunningApp.client());

        assertThat(again.statusCode()).isEqualTo(409);
        assertProblem(again, "conflict");
    }

    @Test
    void badRegistrationsNameEveryFieldAndChangeNothing() {
        HttpResponse<String> response = app.postJson("/api/v1/auth/register",
                "{\"name\":\"\",\"phone\":\"0211 123 456\",\"email\":\"not-an-email\",\"password\":\"password123\"}",
                RunningApp.client());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"phone\"", "\"field\":\"email\"",
                "\"field\":\"password\"");
    }

    @Test
    void anOverLongPasswordIsRefusedBeforeHashing() {
        HttpResponse<String> response = app.postJson("/api/v1/auth/login",
                "{\"login\":\"+260977000000\",\"password\":\"" + "x".repeat(1100) + "\"}", RunningApp.client());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("at most 1024 bytes");
    }

    @Test
    void signInByPhoneOrEmailGivesTokensThatOpenTheProfile() {
        String phone = freshPhone();
        accounts.register(phone);

        JsonNode session = accounts.session(phone);
        HttpResponse<String> me = app.get("/api/v1/me", RunningApp.as(session.get("accessToken").asText()));

        assertThat(session.get("expiresIn").asInt()).isEqualTo(900);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("phone").asText()).isEqualTo(phone);
    }

    @Test
    void wrongPasswordAndUnknownAccountAnswerTheSame() {
        String phone = freshPhone();
        accounts.register(phone);

        HttpResponse<String> wrong = accounts.login(phone, "not the password at all");
        HttpResponse<String> unknown = accounts.login(freshPhone(), PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("detail")).isEqualTo(json(unknown).get("detail"));
        assertThat(json(wrong).get("type")).isEqualTo(json(unknown).get("type"));
    }

    @Test
    void aRotatedRefreshTokenPresentedAgainRevokesTheWholeFamily() {
        String phone = freshPhone();
        accounts.register(phone);
        String first = accounts.session(phone).get("refreshToken").asText();

        HttpResponse<String> rotated = refresh(first);
        String second = json(rotated).get("refreshToken").asText();
        HttpResponse<String> replayed = refresh(first);
        HttpResponse<String> afterTheft = refresh(second);

        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(afterTheft.statusCode()).as("the thief's copy and the owner's newer token both die").isEqualTo(401);
    }

    @Test
    void logoutEndsTheLoginsRefreshTokens() {
        String phone = freshPhone();
        accounts.register(phone);
        JsonNode session = accounts.session(phone);

        HttpResponse<String> logout = app.postJson("/api/v1/auth/logout",
                "{\"refreshToken\":\"" + session.get("refreshToken").asText() + "\"}",
                RunningApp.as(session.get("accessToken").asText()));

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(refresh(session.get("refreshToken").asText()).statusCode()).isEqualTo(401);
    }

    @Test
    void forgedTamperedAndAlgNoneTokensAreRefused() {
        String phone = freshPhone();
        accounts.register(phone);
        String token = accounts.session(phone).get("accessToken").asText();
        String[] parts = token.split("\\.");
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String tamperedPayload = b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sev\":0", "\"sev\":1"));

        String algNone = header + "." + parts[1] + ".";
        String tampered = parts[0] + "." + tamperedPayload + "." + parts[2];
        String otherKey = parts[0] + "." + parts[1] + "." + hs256(parts[0] + "." + parts[1], "an attacker's own key of 32 bytes!");

        for (String bad : new String[] {algNone, tampered, otherKey, "not.a.jwt", token + "x"}) {
            HttpResponse<String> response = app.get("/api/v1/me", RunningApp.as(bad));
            assertThat(response.statusCode()).as(bad).isEqualTo(401);
            assertProblem(response, "invalid-token");
        }
    }

    @Test
    void aBuyerCannotReadAnotherBuyersProfile() {
        String alicePhone = freshPhone();
        String bobPhone = freshPhone();
        String alice = accounts.register(alicePhone);
        String bob = accounts.register(bobPhone);
        String aliceToken = accounts.session(alicePhone).get("accessToken").asText();

        HttpResponse<String> own = app.get("/api/v1/users/" + alice, RunningApp.as(aliceToken));
        HttpResponse<String> other = app.get("/api/v1/users/" + bob, RunningApp.as(aliceToken));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(bobPhone);
    }

    @Test
    void aProtectedRouteWithoutATokenIs401() {
        HttpResponse<String> response = app.get("/api/v1/me", RunningApp.client());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void aBuyerCannotUseAdministrationRoutes() {
        String phone = freshPhone();
        accounts.register(phone);
        String token = accounts.session(phone).get("accessToken").asText();

        assertThat(app.get("/api/v1/admin/users", RunningApp.as(token)).statusCode()).isEqualTo(403);
        assertThat(app.get("/api/v1/admin/audit", RunningApp.as(token)).statusCode()).isEqualTo(403);
    }

    @Test
    void internalCallersActAsTheSystemPrincipal() {
        HttpResponse<String> response = app.get("/api/v1/admin/users?limit=1", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> refresh(String refreshToken) {
        return app.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}", RunningApp.client());
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hs256(String signingInput, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
