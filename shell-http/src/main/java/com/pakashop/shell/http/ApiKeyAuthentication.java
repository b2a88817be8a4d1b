package com.pakashop.shell.http;

import com.pakashop.bootstrap.config.Keys;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The dual-key gate of the seed design (§2.2): x-pakashop-key for clients, x-internal-key for
 * Pakashop's own processes. Keys are compared in constant time; values never reach a log line.
 */
final class ApiKeyAuthentication {
    static final String CLIENT_HEADER = "x-pakashop-key";
    static final String INTERNAL_HEADER = "x-internal-key";

    private final Keys keys;

    ApiKeyAuthentication(Keys keys) {
        this.keys = keys;
    }

    /** The kind of caller, or a 401/403 failure when the route's key rule is not met. */
    Optional<Caller> authenticate(Context ctx, Access access) {
        if (access == Access.WEBHOOK) {
            return Optional.empty();
        }
        String internal = ctx.header(INTERNAL_HEADER);
        String client = ctx.header(CLIENT_HEADER);
        Optional<Caller> caller = identify(client, internal);
        return switch (access) {
            case PUBLIC -> caller;
            case CLIENT -> Optional.of(caller.orElseThrow(() ->
                    HttpFailure.unauthenticated("Send a valid " + CLIENT_HEADER + " header")));
            case INTERNAL -> {
                Caller who = caller.orElseThrow(() -> HttpFailure.unauthenticated("Send a valid " + INTERNAL_HEADER + " header"));
                if (who != Caller.INTERNAL) {
                    throw HttpFailure.forbidden("This route is for Pakashop's internal services only");
                }
                yield Optional.of(who);
            }
            case WEBHOOK -> Optional.empty();
        };
    }

    private Optional<Caller> identify(String client, String internal) {
        if (internal != null) {
            if (!keys.internalKey().matches(internal)) {
                throw HttpFailure.unauthenticated("The " + INTERNAL_HEADER + " header is not valid");
            }
            return Optional.of(Caller.INTERNAL);
        }
        if (client != null) {
            if (!keys.clientKey().matches(client)) {
                throw HttpFailure.unauthenticated("The " + CLIENT_HEADER + " header is not valid");
            }
            return Optional.of(Caller.CLIENT);
        }
        return Optional.empty();
    }

    enum Caller { CLIENT, INTERNAL }
}
