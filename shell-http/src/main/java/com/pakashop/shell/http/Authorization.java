package com.pakashop.shell.http;

import com.pakashop.application.identity.Authenticating;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.Forbidden;
import com.pakashop.domain.shared.Unauthenticated;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Resolves who is calling (a bearer token's user, or SYSTEM for the internal key) and applies the
 * route's guard before the handler runs. The principal is then available to the handler.
 */
final class Authorization {
    private static final String PRINCIPAL = "pakashop.principal";
    private static final String BEARER = "Bearer ";

    private final Authenticating authenticating;

    Authorization(Authenticating authenticating) {
        this.authenticating = authenticating;
    }

    void authorize(Context ctx, Guard guard, Optional<ApiKeyAuthentication.Caller> keyCaller) {
        Optional<Principal> principal = resolve(ctx, keyCaller);
        principal.ifPresent(p -> ctx.attribute(PRINCIPAL, p));
        switch (guard.kind()) {
            case ANONYMOUS -> {
            }
            case SIGNED_IN -> {
                Principal caller = principal.orElseThrow(() ->
                        new Unauthenticated("Sign in: send Authorization: Bearer <access token>"));
                if (caller.kind() == Principal.Kind.ENROLMENT) {
                    throw new Forbidden("Set up TOTP first: this token may only enrol a second factor");
                }
            }
            case MFA_ENROLMENT -> principal.orElseThrow(() ->
                    new Unauthenticated("Sign in: send Authorization: Bearer <access token>"));
        }
    }

    private Optional<Principal> resolve(Context ctx, Optional<ApiKeyAuthentication.Caller> keyCaller) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.startsWith(BEARER) || authorization.length() > 4096) {
                throw new Unauthenticated("invalid-token", "Send Authorization: Bearer <access token>");
            }
            return Optional.of(authenticating.authenticate(authorization.substring(BEARER.length()).strip()));
        }
        return keyCaller.filter(c -> c == ApiKeyAuthentication.Caller.INTERNAL).map(c -> Principal.SYSTEM);
    }

    /** The caller if one signed in (or used the internal key), on routes that anyone may call. */
    static Optional<Principal> optionalPrincipal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The caller of a route with a SIGNED_IN or MFA_ENROLMENT guard (always present there). */
    static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new Unauthenticated("Sign in: send Authorization: Bearer <access token>");
        }
        return principal;
    }
}
