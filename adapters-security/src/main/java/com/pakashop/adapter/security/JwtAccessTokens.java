package com.pakashop.adapter.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.pakashop.application.identity.AccessTokens;
import com.pakashop.domain.shared.Unauthenticated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * HS256 access tokens (RFC 7519) via java-jwt. The verifier is pinned to HS256 and our issuer and
 * audience, so {@code alg: none}, RS256-with-our-secret and tokens minted for another service all fail.
 */
public final class JwtAccessTokens implements AccessTokens {
    static final String ISSUER = "pakashop";
    static final String AUDIENCE = "pakashop-api";
    private static final String EPOCH = "sev";
    private static final String SCOPE = "scope";
    private static final String ENROLMENT_SCOPE = "mfa-enrolment";
    private static final long LEEWAY_SECONDS = 30;

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration lifetime;
    private final Duration enrolmentLifetime;
    private final Clock clock;

    public JwtAccessTokens(byte[] secret, Duration lifetime, Duration enrolmentLifetime, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("an HS256 key needs at least 32 bytes");
        }
        this.algorithm = Algorithm.HMAC256(secret);
        this.lifetime = lifetime;
        this.enrolmentLifetime = enrolmentLifetime;
        this.clock = clock;
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                .withClaimPresence(EPOCH)
                .acceptLeeway(LEEWAY_SECONDS))
                .build(clock);
    }

    @Override
    public String issue(AccessClaims claims) {
        Instant now = clock.instant();
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                .withSubject(claims.userId().toString())
                .withClaim(EPOCH, claims.sessionEpoch())
                .withClaim(SCOPE, claims.enrolmentOnly() ? ENROLMENT_SCOPE : "api")
                .withIssuedAt(now)
                .withExpiresAt(now.plus(claims.enrolmentOnly() ? enrolmentLifetime : lifetime))
                .withJWTId(UUID.randomUUID().toString())
                .sign(algorithm);
    }

    @Override
    public AccessClaims verify(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            return new AccessClaims(UUID.fromString(jwt.getSubject()), jwt.getClaim(EPOCH).asInt(),
                    ENROLMENT_SCOPE.equals(jwt.getClaim(SCOPE).asString()));
        } catch (JWTVerificationException | IllegalArgumentException | NullPointerException e) {
            throw new Unauthenticated("invalid-token", "The access token is not valid or has expired");
        }
    }

    @Override
    public Duration lifetime() {
        return lifetime;
    }
}
