package com.pakashop.adapter.sightengine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.domain.moderation.Verdict;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.support.http.HttpClients;
import com.pakashop.testkit.TestTimeouts;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract tests against WireMock with the payloads of ../shared/reference/sightengine.md. */
class SightengineModeratorTest {
    private static final HttpClients CLIENTS = new HttpClients();
    private static final URI IMAGE = URI.create("https://res.cloudinary.com/pakashop/image/upload/v1764000000/products/abc.jpg");
    private static final String CLEAN = """
            { "status": "success", "request": { "id": "req_1", "timestamp": 1764000123.48, "operations": 5 },
              "nudity": { "sexual_activity": 0.001, "sexual_display": 0.001, "erotica": 0.001, "very_suggestive": 0.002,
                "suggestive": 0.01, "mildly_suggestive": 0.02, "none": 0.97 },
              "weapon": { "classes": { "firearm": 0.001, "firearm_gesture": 0.001, "firearm_toy": 0.001, "knife": 0.62 },
                "firearm_type": { "animated": 0.001 },
                "firearm_action": { "aiming_threat": 0.001, "aiming_camera": 0.001, "aiming_safe": 0.001 } },
              "gore": { "prob": 0.01, "classes": { "very_bloody": 0.001 }, "type": { "animated": 0.001 } },
              "offensive": { "nazi": 0.001, "asian_swastika": 0.001, "confederate": 0.001, "supremacist": 0.001,
                "terrorist": 0.001, "middle_finger": 0.002 },
              "recreational_drug": { "prob": 0.003, "classes": { "cannabis": 0.001 } },
              "media": { "id": "med_1", "uri": "%s" } }""".formatted(IMAGE);
    private final WireMockServer sightengine = new WireMockServer(options().dynamicPort());
    private SightengineModerator moderator;

    @BeforeEach
    void start() {
        sightengine.start();
        moderator = new SightengineModerator(CLIENTS, new SightengineSettings(URI.create(sightengine.baseUrl()), "api-user-1",
                "api-secret-1", TestTimeouts.PROVIDER_CALL, SightengineSettings.DEFAULT_MODELS,
                SightengineSettings.DEFAULT_THRESHOLDS));
    }

    @AfterEach
    void stop() {
        sightengine.stop();
    }

    @Test
    void aCleanImageIsApprovedAndTheCredentialsTravelInTheFormNotTheUrl() {
        sightengine.stubFor(post("/1.0/check.json").willReturn(okJson(CLEAN)));

        Verdict verdict = moderator.moderate(IMAGE);

        assertThat(verdict).as("a kitchen knife at 0.62 is a normal product").isEqualTo(Verdict.approved());
        sightengine.verify(postRequestedFor(urlEqualTo("/1.0/check.json"))
                .withRequestBody(containing("api_user=api-user-1")).withRequestBody(containing("api_secret=api-secret-1"))
                .withRequestBody(containing("models=nudity-2.1%2Cweapon%2Cgore-2.0%2Coffensive-2.0%2Crecreational_drug")));
    }

    @Test
    void eachCategoryOverItsThresholdFlagsTheImage() {
        String[][] cases = {
                {"\"sexual_display\": 0.001", "\"sexual_display\": 0.83", "nudity.sexual_display"},
                {"\"firearm\": 0.001", "\"firearm\": 0.91", "weapon.classes.firearm"},
                {"\"aiming_threat\": 0.001", "\"aiming_threat\": 0.7", "weapon.firearm_action.aiming_threat"},
                {"\"prob\": 0.01", "\"prob\": 0.64", "gore.prob"},
                {"\"nazi\": 0.001", "\"nazi\": 0.88", "offensive.nazi"},
                {"\"prob\": 0.003", "\"prob\": 0.4", "recreational_drug.prob"}};
        for (String[] c : cases) {
            sightengine.resetAll();
            sightengine.stubFor(post("/1.0/check.json").willReturn(okJson(CLEAN.replace(c[0], c[1]))));

            Verdict verdict = moderator.moderate(IMAGE);

            assertThat(verdict.kind()).as(c[2]).isEqualTo(Verdict.Kind.FLAGGED);
            assertThat(verdict.categories()).as(c[2]).containsOnlyKeys(c[2]);
        }
    }

    @Test
    void aMissingModelIsNeverTakenAsCleanAndAMediaErrorGoesToAPerson() {
        sightengine.stubFor(post("/1.0/check.json").willReturn(okJson(CLEAN.replace("\"gore\":", "\"gore_missing\":"))));
        Verdict missing = moderator.moderate(IMAGE);
        sightengine.resetAll();
        sightengine.stubFor(post("/1.0/check.json").willReturn(aResponse().withStatus(400).withBody("""
                { "status": "failure", "request": { "id": "req_2", "timestamp": 1764000200.01, "operations": 0 },
                  "error": { "type": "media_error", "code": 21, "message": "Image could not be retrieved" } }""")));
        Verdict media = moderator.moderate(IMAGE);

        assertThat(missing).isEqualTo(Verdict.pendingManualReview());
        assertThat(media).isEqualTo(Verdict.pendingManualReview());
    }

    @Test
    void errorsQuotasTimeOutsAndGarbageAreRetriedLaterNeverApproved() {
        String credentials = """
                { "status": "failure", "request": { "id": "req_3", "timestamp": 1764000200.01, "operations": 0 },
                  "error": { "type": "credentials_error", "code": 1, "message": "Incorrect API user or API secret" } }""";
        String quota = """
                { "status": "failure", "error": { "type": "usage_limit", "code": 32, "message": "Daily usage limit reached" } }""";
        Object[][] failures = {
                {aResponse().withStatus(401).withBody(credentials)},
                {aResponse().withStatus(429).withBody(quota)},
                {aResponse().withStatus(503).withBody("upstream down")},
                {aResponse().withStatus(200).withBody("{not json")},
                {okJson(CLEAN).withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)}};
        for (Object[] failure : failures) {
            sightengine.resetAll();
            sightengine.stubFor(post("/1.0/check.json").willReturn(
                    (com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder) failure[0]));

            assertThatThrownBy(() -> moderator.moderate(IMAGE)).isInstanceOf(DependencyUnavailable.class);
        }
    }
}
