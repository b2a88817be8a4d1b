package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.PASSWORD;
import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.application.identity.CreatingFirstAdmin;
import com.pakashop.domain.identity.Principal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class StaffAndSecurityTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String superAdminPhone;
    private static String superAdminSecret;

    @BeforeAll
    static void start() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAKASHOP_LOGIN_FREE_FAILURES", "3");
        env.put("PAKASHOP_LOGIN_IP_FREE_FAILURES", "1000");
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        superAdminPhone = freshPhone();
        CreatingFirstAdmin.CreatedAdmin admin = app.pakashop.identity().creatingFirstAdmin().create(
                Principal.operator("test"), "Root Admin", superAdminPhone, "root" + System.nanoTime() + "@pakashop.zm",
                PASSWORD);
        superAdminSecret = Totp.secretOf(admin.otpauthUri());
        rootToken = signInAsSuperAdmin();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aSuperAdminWithoutACodeIsToldACodeIsNeeded() {
        HttpResponse<String> response = accounts.login(superAdminPhone, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "mfa-required");
    }

    @Test
    void aTotpCodeSignsInOnceAndCannotBeReplayed() {
        String token = superAdminToken();

        HttpResponse<String> replay = accounts.login(superAdminPhone, PASSWORD, lastCodeUsed);

        assertThat(token).isNotBlank();
        assertThat(replay.statusCode()).isEqualTo(401);
        assertProblem(replay, "mfa-required");
    }

    @Test
    void staffWithoutTotpGetAnEnrolmentOnlyTokenThenMustUseCodes() {
        String phone = freshPhone();
        String id = accounts.register(phone);
        String admin = superAdminToken();
        assertThat(app.put("/api/v1/admin/users/" + id + "/roles", "{\"roles\":[\"FINANCE\"]}", RunningApp.as(admin))
                .statusCode()).isEqualTo(200);

        JsonNode login = json(accounts.login(phone, PASSWORD));
        assertThat(login.get("mfaEnrolmentRequired").asBoolean()).isTrue();
        String enrolment = login.get("enrolmentToken").asText();

        assertThat(app.get("/api/v1/me", RunningApp.as(enrolment)).statusCode()).as("enrolment token can do nothing else")
                .isEqualTo(403);
        JsonNode started = json(app.postJson("/api/v1/auth/mfa/totp/enroll", "{}", RunningApp.as(enrolment)));
        assertThat(started.get("otpauthUri").asText()).startsWith("otpauth://totp/Pakashop");
        HttpResponse<String> wrongCode = app.postJson("/api/v1/auth/mfa/totp/confirm", "{\"code\":\"000000\"}",
                RunningApp.as(enrolment));
        assertThat(wrongCode.statusCode()).isEqualTo(422);
        String secret = started.get("secret").asText();
        HttpResponse<String> confirmed = app.postJson("/api/v1/auth/mfa/totp/confirm",
                "{\"code\":\"" + Totp.code(secret, Instant.now()) + "\"}", RunningApp.as(enrolment));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        JsonNode recovery = json(confirmed).get("recoveryCodes");
        assertThat(recovery).hasSize(10);

        assertThat(accounts.login(phone, PASSWORD).statusCode()).isEqualTo(401);
        HttpResponse<String> withRecoveryCode = accounts.login(phone, PASSWORD, recovery.get(0).asText());
        assertThat(withRecoveryCode.statusCode()).isEqualTo(200);
        assertThat(accounts.login(phone, PASSWORD, recovery.get(0).asText()).statusCode())
                .as("a recovery code works once").isEqualTo(401);
    }

    @Test
    void aBuyerMayTurnTotpOffWithACodeButASuperAdminMayNot() {
        String phone = freshPhone();
        accounts.register(phone);
        String token = accounts.session(phone).get("accessToken").asText();
        String secret = json(app.postJson("/api/v1/auth/mfa/totp/enroll", "{}", RunningApp.as(token))).get("secret").asText();
        Instant now = Instant.now();
        app.postJson("/api/v1/auth/mfa/totp/confirm", "{\"code\":\"" + Totp.code(secret, now) + "\"}", RunningApp.as(token));
        assertThat(accounts.login(phone, PASSWORD).statusCode()).as("TOTP now needed").isEqualTo(401);

        HttpResponse<String> wrong = app.postJson("/api/v1/auth/mfa/totp/disable", "{\"code\":\"000000\"}",
                RunningApp.as(token));
        HttpResponse<String> right = app.postJson("/api/v1/auth/mfa/totp/disable",
                "{\"code\":\"" + Totp.code(secret, now.plusSeconds(30)) + "\"}", RunningApp.as(token));
        HttpResponse<String> root = app.postJson("/api/v1/auth/mfa/totp/disable", "{\"code\":\"000000\"}",
                RunningApp.as(superAdminToken()));

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(right.statusCode()).isEqualTo(204);
        assertThat(accounts.login(phone, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(root.statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminGrantsStaffRolesButNotAdmin() {
        String adminPhone = freshPhone();
        String adminId = accounts.register(adminPhone);
        String root = superAdminToken();
        assertThat(app.put("/api/v1/admin/users/" + adminId + "/roles", "{\"roles\":[\"ADMIN\"]}", RunningApp.as(root))
                .statusCode()).isEqualTo(200);
        String adminToken = enrolAndSignIn(adminPhone);
        String buyer = accounts.register(freshPhone());

        HttpResponse<String> support = app.put("/api/v1/admin/users/" + buyer + "/roles",
                "{\"roles\":[\"BUYER\",\"SUPPORT\"]}", RunningApp.as(adminToken));
        HttpResponse<String> escalate = app.put("/api/v1/admin/users/" + buyer + "/roles",
                "{\"roles\":[\"ADMIN\"]}", RunningApp.as(adminToken));
        HttpResponse<String> self = app.put("/api/v1/admin/users/" + adminId + "/roles",
                "{\"roles\":[\"ADMIN\",\"FINANCE\"]}", RunningApp.as(adminToken));
        HttpResponse<String> unknownRole = app.put("/api/v1/admin/users/" + buyer + "/roles",
                "{\"roles\":[\"EMPEROR\"]}", RunningApp.as(adminToken));

        assertThat(support.statusCode()).isEqualTo(200);
        assertThat(json(support).get("roles").toString()).isEqualTo("[\"BUYER\",\"SUPPORT\"]");
        assertThat(escalate.statusCode()).isEqualTo(403);
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(unknownRole.statusCode()).isEqualTo(422);
    }

    @Test
    void suspendingAUserEndsTheirSessionsAtOnce() {
        String phone = freshPhone();
        String id = accounts.register(phone);
        JsonNode session = accounts.session(phone);
        String root = superAdminToken();

        HttpResponse<String> suspended = app.postJson("/api/v1/admin/users/" + id + "/suspend",
                "{\"reason\":\"chargeback fraud under review\"}", RunningApp.as(root));

        assertThat(suspended.statusCode()).isEqualTo(200);
        assertThat(app.get("/api/v1/me", RunningApp.as(session.get("accessToken").asText())).statusCode()).isEqualTo(401);
        assertThat(app.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + session.get("refreshToken").asText() + "\"}",
                RunningApp.client()).statusCode()).isEqualTo(401);
        assertThat(accounts.login(phone, PASSWORD).statusCode()).isEqualTo(401);
        HttpResponse<String> audit = app.get("/api/v1/admin/audit?action=USER_SUSPENDED&subject=user:" + id,
                RunningApp.as(root));
        assertThat(json(audit).get("items").get(0).get("detail").get("reason").asText())
                .isEqualTo("chargeback fraud under review");
    }

    @Test
    void repeatedFailuresLockTheAccountWhichThenAnswersLikeAWrongPasswordAndTheOwnerIsTold() {
        String phone = freshPhone();
        String id = accounts.register(phone);
        List<HttpResponse<String>> wrong = new ArrayList<>();
        List<String> sent = notificationsDuring(() -> {
            for (int i = 0; i < 3; i++) {
                wrong.add(accounts.login(phone, "wrong password " + i));
            }
        });
        HttpResponse<String> rightButLocked = accounts.login(phone, PASSWORD);

        assertThat(rightButLocked.statusCode()).isEqualTo(401);
        assertThat(json(rightButLocked).get("detail")).isEqualTo(json(wrong.get(2)).get("detail"));
        assertThat(sent).anySatisfy(message -> assertThat(message).contains("ACCOUNT_LOCKED").contains(id));
    }

    @Test
    void aPasswordResetNeverSaysWhetherTheAccountExistsAndEndsSessions() {
        String phone = freshPhone();
        String id = accounts.register(phone);
        String oldRefresh = accounts.session(phone).get("refreshToken").asText();
        List<HttpResponse<String>> answers = new ArrayList<>();
        List<String> sent = notificationsDuring(() -> {
            answers.add(app.postJson("/api/v1/auth/password/forgot", "{\"login\":\"" + phone + "\"}", RunningApp.client()));
            answers.add(app.postJson("/api/v1/auth/password/forgot", "{\"login\":\"" + freshPhone() + "\"}",
                    RunningApp.client()));
        });
        assertThat(answers.get(0).statusCode()).isEqualTo(202);
        assertThat(answers.get(1).statusCode()).isEqualTo(202);
        assertThat(answers.get(0).body()).isEqualTo(answers.get(1).body());
        String code = resetCodeFor(id, sent);

        HttpResponse<String> wrong = reset(phone, code.equals("000000") ? "111111" : "000000", "a brand new passphrase");
        HttpResponse<String> right = reset(phone, code, "a brand new passphrase");

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(right.statusCode()).isEqualTo(204);
        assertThat(accounts.login(phone, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(accounts.login(phone, "a brand new passphrase").statusCode()).isEqualTo(200);
        assertThat(app.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + oldRefresh + "\"}", RunningApp.client())
                .statusCode()).isEqualTo(401);
        assertThat(reset(phone, code, "yet another passphrase").statusCode()).as("a code works once").isEqualTo(422);
    }

    @Test
    void resetCodesStopWorkingAfterFiveWrongTries() {
        String phone = freshPhone();
        String id = accounts.register(phone);
        String code = resetCodeFor(id, notificationsDuring(() ->
                app.postJson("/api/v1/auth/password/forgot", "{\"login\":\"" + phone + "\"}", RunningApp.client())));
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            reset(phone, wrongCode, "a brand new passphrase");
        }

        assertThat(reset(phone, code, "a brand new passphrase").statusCode()).isEqualTo(422);
    }

    private static String lastCodeUsed;
    private static String rootToken;

    /** Signed in once: a TOTP step can only be used once, so signing in again within 30 s would need the next one. */
    private static String superAdminToken() {
        return rootToken;
    }

    private static String signInAsSuperAdmin() {
        String code = Totp.code(superAdminSecret, Instant.now());
        HttpResponse<String> response = accounts.login(superAdminPhone, PASSWORD, code);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("super admin could not sign in: " + response.body());
        }
        lastCodeUsed = code;
        return json(response).get("accessToken").asText();
    }

    private static String enrolAndSignIn(String phone) {
        String enrolment = json(accounts.login(phone, PASSWORD)).get("enrolmentToken").asText();
        String secret = json(app.postJson("/api/v1/auth/mfa/totp/enroll", "{}", RunningApp.as(enrolment)))
                .get("secret").asText();
        Instant now = Instant.now();
        app.postJson("/api/v1/auth/mfa/totp/confirm", "{\"code\":\"" + Totp.code(secret, now) + "\"}",
                RunningApp.as(enrolment));
        HttpResponse<String> login = accounts.login(phone, PASSWORD, Totp.code(secret, now.plusSeconds(30)));
        return json(login).get("accessToken").asText();
    }

    private static HttpResponse<String> reset(String phone, String code, String newPassword) {
        return app.postJson("/api/v1/auth/password/reset", "{\"login\":\"" + phone + "\",\"code\":\"" + code
                + "\",\"newPassword\":\"" + newPassword + "\"}", RunningApp.client());
    }

    /** What the logging notifier sent while {@code action} ran. */
    static List<String> notificationsDuring(Runnable action) {
        Logger notifier = (Logger) LoggerFactory.getLogger("com.pakashop.adapter.notifications.LoggingNotifier");
        ListAppender<ILoggingEvent> sent = new ListAppender<>();
        sent.start();
        notifier.addAppender(sent);
        try {
            action.run();
        } finally {
            notifier.detachAppender(sent);
        }
        return sent.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static String resetCodeFor(String userId, List<String> notifications) {
        return notifications.stream().filter(m -> m.contains(userId)).map(StaffAndSecurityTest::code).findFirst()
                .orElseThrow();
    }

    private static String code(String message) {
        Matcher matcher = Pattern.compile("code=(\\d{6})").matcher(message);
        if (!matcher.find()) {
            throw new IllegalStateException("no code in " + message);
        }
        return matcher.group(1);
    }
}
