package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pakashop.domain.config.FeatureFlag;
import com.pakashop.testkit.TestRedis;
import com.pakashop.testkit.TestTimeouts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admins switch flags; every instance sees the change within a few seconds, through Redis. */
class FeatureFlagsTest {
    private static RunningApp a;
    private static RunningApp b;
    private static Accounts accounts;
    private static String admin;

    @BeforeAll
    static void start() {
        Map<String, String> env = RunningApp.environment();
        env.put("REDIS_URL", TestRedis.url());
        env.put("FEATURE_FLAGS_REDIS_KEY", TestRedis.keyPrefix() + "feature-flags");
        a = RunningApp.start(env);
        b = RunningApp.start(env);
        accounts = new Accounts(a);
        admin = accounts.superAdminToken();
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void anAdminSwitchesZraOnAndTheOtherInstanceSeesItWithinSeconds() {
        boolean before = b.pakashop.featureFlags().enabled(FeatureFlag.ZRA_INVOICING);
        long changesBefore = count("SELECT count(*) FROM audit_log WHERE action = 'FLAG_SET' AND subject = 'flag:"
                + FeatureFlag.ZRA_INVOICING + "'");
        HttpResponse<String> unset = a.get("/api/v1/admin/flags/" + FeatureFlag.ZRA_INVOICING, RunningApp.as(admin));

        HttpResponse<String> on = a.put("/api/v1/admin/flags/" + FeatureFlag.ZRA_INVOICING,
                "{\"enabled\":true,\"reason\":\"VSDC certified for our TPIN\"}", RunningApp.as(admin));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> b.pakashop.featureFlags().enabled(FeatureFlag.ZRA_INVOICING));

        assertThat(before).as("a flag never set is off").isFalse();
        assertThat(json(unset).get("enabled").asBoolean()).isFalse();
        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        assertThat(json(on).get("changedBy").asText()).isNotBlank();
        assertThat(json(a.get("/api/v1/admin/flags", RunningApp.as(admin))).get("items").toString())
                .contains(FeatureFlag.ZRA_INVOICING);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'FLAG_SET' AND subject = 'flag:"
                + FeatureFlag.ZRA_INVOICING + "'")).isEqualTo(changesBefore + 1);
    }

    @Test
    void flagsAreForAdminsAndBadChangesAreRefused() {
        String buyer = accounts.buyerToken();

        HttpResponse<String> byBuyer = a.put("/api/v1/admin/flags/some-flag", "{\"enabled\":true,\"reason\":\"x\"}",
                RunningApp.as(buyer));
        HttpResponse<String> badName = a.put("/api/v1/admin/flags/Bad_Name", "{\"enabled\":true,\"reason\":\"x\"}",
                RunningApp.as(admin));
        HttpResponse<String> noReason = a.put("/api/v1/admin/flags/some-flag", "{\"enabled\":true}", RunningApp.as(admin));
        HttpResponse<String> noValue = a.put("/api/v1/admin/flags/some-flag", "{\"reason\":\"why\"}", RunningApp.as(admin));

        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(badName.statusCode()).isEqualTo(422);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noValue.statusCode()).isEqualTo(422);
        assertThat(count("SELECT count(*) FROM feature_flags WHERE name = 'some-flag'")).isZero();
    }
}
