package com.pakashop.adapter.sightengine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.application.moderation.ContentModerator;
import com.pakashop.domain.moderation.Verdict;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.support.http.Answer;
import com.pakashop.support.http.CallFailed;
import com.pakashop.support.http.CallPolicy;
import com.pakashop.support.http.HttpClients;
import com.pakashop.support.http.ProviderHttp;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sightengine's {@code check.json} for an image at a public URL, sent as a form POST so the
 * credentials never sit in a URL that proxies log (reference: sightengine.md §7). Scores above
 * their category's threshold flag the image. A media error (the URL cannot be fetched or is not
 * an image) goes to a person; every other failure (credentials, plan, quota, 5xx, time-out,
 * unreadable answer) is DependencyUnavailable, so the outbox tries again and nothing is approved
 * by default. A model missing from the answer is never taken as clean.
 */
public final class SightengineModerator implements ContentModerator {
    private static final Logger log = LoggerFactory.getLogger(SightengineModerator.class);
    private static final String NAME = "Sightengine";

    private final SightengineSettings settings;
    private final ProviderHttp http;

    public SightengineModerator(HttpClients clients, SightengineSettings settings) {
        this.settings = settings;
        this.http = clients.forProvider(NAME, new CallPolicy(settings.timeout(), Duration.ofSeconds(60)),
                new ObjectMapper());
    }

    @Override
    public Verdict moderate(URI image) {
        Optional<JsonNode> checked = call(image);
        if (checked.isEmpty()) {
            log.warn("Sightengine could not use an image of {}; it waits for a moderator", image.getHost());
            return Verdict.pendingManualReview();
        }
        JsonNode answer = checked.get();
        Map<String, Double> flagged = new TreeMap<>();
        boolean missingModel = false;
        for (Map.Entry<String, Double> threshold : settings.thresholds().entrySet()) {
            JsonNode score = at(answer, threshold.getKey());
            if (score.isMissingNode() || !score.isNumber()) {
                missingModel |= answer.path(threshold.getKey().split("\\.")[0]).isMissingNode();
                continue;
            }
            if (score.asDouble() > threshold.getValue()) {
                flagged.put(threshold.getKey(), score.asDouble());
            }
        }
        if (!flagged.isEmpty()) {
            return new Verdict(Verdict.Kind.FLAGGED, flagged);
        }
        if (missingModel) {
            log.warn("Sightengine's answer lacks a model we asked for; the image waits for a moderator");
            return Verdict.pendingManualReview();
        }
        return Verdict.approved();
    }

    /** Empty when Sightengine could not use the image (a media error). */
    private Optional<JsonNode> call(URI image) {
        Request request = new Request.Builder().url(settings.baseUrl().resolve("/1.0/check.json").toString())
                .post(new FormBody.Builder().add("url", image.toString()).add("models", String.join(",", settings.models()))
                        .add("api_user", settings.apiUser()).add("api_secret", settings.apiSecret()).build())
                .build();
        Answer answer;
        try {
            answer = http.send(request);
        } catch (CallFailed e) {
            throw new DependencyUnavailable(NAME, e.getMessage());
        }
        if (!answer.hasBody()) {
            throw new DependencyUnavailable(NAME, "answered HTTP " + answer.status() + " with an unreadable body");
        }
        if (answer.status() == 200 && "success".equals(answer.body().path("status").asText())) {
            return Optional.of(answer.body());
        }
        return failure(answer.status(), answer.body());
    }

    /** A media error is ours to look at by hand; anything else is retried later. */
    private static Optional<JsonNode> failure(int status, JsonNode json) {
        String type = json.path("error").path("type").asText("unknown_error");
        if ("media_error".equals(type)) {
            return Optional.empty();
        }
        if (status == 401 || status == 403 || type.equals("credentials_error") || type.equals("plan_error")
                || type.equals("argument_error")) {
            log.error("Sightengine refused our request ({}, HTTP {}): check SIGHTENGINE_API_USER, the secret and the"
                    + " plan's models", type, status);
        }
        throw new DependencyUnavailable(NAME, "answered HTTP " + status + " " + type);
    }

    private static JsonNode at(JsonNode answer, String path) {
        JsonNode node = answer;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }
}
