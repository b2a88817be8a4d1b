package com.pakashop.adapter.pawapay;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.support.http.Answer;
import com.pakashop.support.http.NotSent;
import com.pakashop.support.http.Uncertain;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pawaPay's callback-signing keys from {@code GET /v2/public-key/http}, cached for a day and
 * fetched again when a callback names a key we do not have (at most once a minute, so forged
 * key ids cannot make us hammer pawaPay).
 */
final class PublicKeys {
    private static final Logger log = LoggerFactory.getLogger(PublicKeys.class);
    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration MIN_REFRESH_GAP = Duration.ofMinutes(1);

    private final PawaPayHttp http;
    private final Clock clock;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private volatile Instant fetchedAt = Instant.EPOCH;

    PublicKeys(PawaPayHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    Optional<PublicKey> byId(String keyId) {
        Instant now = clock.instant();
        boolean stale = fetchedAt.plus(KEEP).isBefore(now);
        boolean unknown = !keys.containsKey(keyId) && fetchedAt.plus(MIN_REFRESH_GAP).isBefore(now);
        if (stale || unknown) {
            refresh(now);
        }
        return Optional.ofNullable(keys.get(keyId));
    }

    private synchronized void refresh(Instant now) {
        fetchedAt = now;
        try {
            Answer answer = http.get("/v2/public-key/http");
            if (answer.status() != 200 || !answer.body().isArray()) {
                log.warn("pawaPay public keys: HTTP {}", answer.status());
                return;
            }
            for (JsonNode entry : answer.body()) {
                keys.put(entry.path("id").asText(), parse(entry.path("key").asText()));
            }
        } catch (NotSent | Uncertain | GeneralSecurityException | IllegalArgumentException e) {
            log.warn("Could not fetch pawaPay's public keys: {}", e.getMessage());
        }
    }

    static PublicKey parse(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64));
        try {
            return KeyFactory.getInstance("EC").generatePublic(spec);
        } catch (GeneralSecurityException notEc) {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        }
    }
}
