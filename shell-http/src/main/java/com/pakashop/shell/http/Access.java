package com.pakashop.shell.http;

import io.javalin.security.RouteRole;

/** Who may call a route, checked by the gateway before any handler runs. */
public enum Access implements RouteRole {
    /** No key needed (health); a key that is sent must still be valid. */
    PUBLIC,
    /** Payment providers' callbacks: no key, the handler verifies the provider's signature. */
    WEBHOOK,
    /** Front ends and apps with x-pakashop-key; internal callers are welcome too. */
    CLIENT,
    /** Other Pakashop processes with x-internal-key only; a client key gets 403. */
    INTERNAL
}
