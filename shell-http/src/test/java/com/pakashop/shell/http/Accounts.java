package com.pakashop.shell.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.application.identity.CreatingFirstAdmin;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.Role;
import com.pakashop.testkit.TestPhones;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Test data for identity flows: fresh phone numbers, registration and sign-in through the API. */
final class Accounts {
    static final String PASSWORD = "mango season in Kabwe";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningApp app;

    Accounts(RunningApp app) {
        this.app = app;
    }

    static String freshPhone() {
        return TestPhones.fresh("97");
    }

    /** Registers a buyer and returns its id. */
    String register(String phone) {
        HttpResponse<String> response = app.postJson("/api/v1/auth/register",
                "{\"name\":\"Chanda Mwale\",\"phone\":\"" + phone + "\",\"password\":\"" + PASSWORD + "\"}",
                RunningApp.client());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + response.body());
        }
        return json(response).get("id").asText();
    }

    HttpResponse<String> login(String login, String password) {
        return app.postJson("/api/v1/auth/login",
                "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}", RunningApp.client());
    }

    HttpResponse<String> login(String login, String password, String totpCode) {
        return app.postJson("/api/v1/auth/login", "{\"login\":\"" + login + "\",\"password\":\"" + password
                + "\",\"totpCode\":\"" + totpCode + "\"}", RunningApp.client());
    }

    /** A new buyer's access token. */
    String buyerToken() {
        String phone = freshPhone();
        register(phone);
        return session(phone).get("accessToken").asText();
    }

    /** Signs in and returns the session body. */
    JsonNode session(String login) {
        HttpResponse<String> response = login(login, PASSWORD);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + response.body());
        }
        return json(response);
    }

    /** Sets roles as an operator at the CLI would, without going through the API. */
    void grant(String userId, Role... roles) {
        app.pakashop.identity().administering().setRoles(Principal.operator("test"), UUID.fromString(userId),
                Set.of(roles), RequestContext.NONE);
    }

    /** A new user holding {@code role} alone, signed in (with a second factor where the role needs one). */
    String tokenFor(Role role) {
        if (role == Role.SUPER_ADMIN) {
            return superAdminToken();
        }
        String phone = freshPhone();
        grant(register(phone), role);
        if (!role.requiresMfa()) {
            return session(phone).get("accessToken").asText();
        }
        String enrolment = json(login(phone, PASSWORD)).get("enrolmentToken").asText();
        String secret = json(app.postJson("/api/v1/auth/mfa/totp/enroll", "{}", RunningApp.as(enrolment)))
                .get("secret").asText();
        Instant now = Instant.now();
        app.postJson("/api/v1/auth/mfa/totp/confirm", "{\"code\":\"" + Totp.code(secret, now) + "\"}",
                RunningApp.as(enrolment));
        HttpResponse<String> login = login(phone, PASSWORD, Totp.code(secret, now.plusSeconds(30)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException(role + " could not sign in: " + login.body());
        }
        return json(login).get("accessToken").asText();
    }

    /** A new SUPER_ADMIN, signed in with a TOTP code; returns the access token. */
    String superAdminToken() {
        String phone = freshPhone();
        CreatingFirstAdmin.CreatedAdmin admin = app.pakashop.identity().creatingFirstAdmin().create(
                Principal.operator("test"), "Root Admin", phone, "root" + System.nanoTime() + "@pakashop.zm", PASSWORD);
        String code = Totp.code(Totp.secretOf(admin.otpauthUri()), Instant.now());
        HttpResponse<String> login = login(phone, PASSWORD, code);
        if (login.statusCode() != 200) {
            throw new IllegalStateException("super admin could not sign in: " + login.body());
        }
        return json(login).get("accessToken").asText();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }
}
