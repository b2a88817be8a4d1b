package com.pakashop.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.pakashop.application.identity.AccessTokens.AccessClaims;
import com.pakashop.domain.shared.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {
    private static final byte[] SECRET = "a-32-byte-secret-for-hs256-tests!".getBytes(StandardCharsets.UTF_8);
    private final Instant issuedAt = Instant.parse("2026-11-24T10:00:00Z");
    private final UUID user = UUID.randomUUID();

    @Test
    void aTokenCarriesItsUserEpochAndScope() {
        JwtAccessTokens tokens = tokensAt(issuedAt);

        AccessClaims claims = tokens.verify(tokens.issue(new AccessClaims(user, 3, true)));

        assertThat(claims).isEqualTo(new AccessClaims(user, 3, true));
    }

    @Test
    void aTokenExpiresAfterFifteenMinutesAndThirtySecondsOfSkew() {
        String token = tokensAt(issuedAt).issue(new AccessClaims(user, 0, false));

        assertThat(tokensAt(issuedAt.plus(Duration.ofMinutes(15)).plusSeconds(29)).verify(token).userId()).isEqualTo(user);
        assertThatThrownBy(() -> tokensAt(issuedAt.plus(Duration.ofMinutes(15)).plusSeconds(31)).verify(token))
                .isInstanceOf(Unauthenticated.class);
    }

    @Test
    void tokensForAnotherAudienceOrIssuerOrAlgorithmAreRefused() {
        JwtAccessTokens tokens = tokensAt(issuedAt);
        String otherAudience = JWT.create().withIssuer("pakashop").withAudience("someone-else").withSubject(user.toString())
                .withClaim("sev", 0).withExpiresAt(issuedAt.plusSeconds(600)).sign(Algorithm.HMAC256(SECRET));
        String otherIssuer = JWT.create().withIssuer("evil").withAudience("pakashop-api").withSubject(user.toString())
                .withClaim("sev", 0).withExpiresAt(issuedAt.plusSeconds(600)).sign(Algorithm.HMAC256(SECRET));
        String hs512 = JWT.create().withIssuer("pakashop").withAudience("pakashop-api").withSubject(user.toString())
                .withClaim("sev", 0).withExpiresAt(issuedAt.plusSeconds(600)).sign(Algorithm.HMAC512(SECRET));
        String unsigned = JWT.create().withIssuer("pakashop").withAudience("pakashop-api").withSubject(user.toString())
                .withClaim("sev", 0).withExpiresAt(issuedAt.plusSeconds(600)).sign(Algorithm.none());

        for (String token : new String[] {otherAudience, otherIssuer, hs512, unsigned}) {
            assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(Unauthenticated.class);
        }
    }

    private JwtAccessTokens tokensAt(Instant now) {
        return new JwtAccessTokens(SECRET, Duration.ofMinutes(15), Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC));
    }
}
