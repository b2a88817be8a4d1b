package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.PASSWORD;
import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.application.identity.CreatingFirstAdmin;
import com.pakashop.domain.identity.Principal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-day trap: an administrator enrolled before a restart must still sign in after it. */
class DevKeysTest {
    @TempDir
    Path data;

    @Test
    void staffEnrolledBeforeARestartSignInAfterItAndAWrongKeyIsAClearProblem() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAKASHOP_DEV_KEYS_FILE", data.resolve("dev-keys.properties").toString());
        env.remove("JWT_SECRET");
        String phone = freshPhone();
        CreatingFirstAdmin.CreatedAdmin admin;
        try (RunningApp before = RunningApp.start(env)) {
            admin = before.pakashop.identity().creatingFirstAdmin().create(Principal.operator("test"), "Root Admin",
                    phone, "root" + System.nanoTime() + "@pakashop.zm", PASSWORD);
        }
        String code = Totp.code(Totp.secretOf(admin.otpauthUri()), Instant.now());

        HttpResponse<String> afterRestart;
        try (RunningApp after = RunningApp.start(env)) {
            afterRestart = new Accounts(after).login(phone, PASSWORD, code);
        }
        env.put("TOTP_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        HttpResponse<String> wrongKey;
        try (RunningApp misconfigured = RunningApp.start(env)) {
            wrongKey = new Accounts(misconfigured).login(phone, PASSWORD, code);
        }

        assertThat(afterRestart.statusCode()).as(afterRestart.body()).isEqualTo(200);
        assertThat(wrongKey.statusCode()).as(wrongKey.body()).isEqualTo(503);
        assertThat(wrongKey.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(wrongKey);
        assertThat(problem.get("type").asText()).endsWith("dependency-unavailable");
        assertThat(problem.get("detail").asText()).contains("TOTP_ENCRYPTION_KEY", "config check");
    }
}
