package com.pakashop.shell.http;

import io.javalin.security.RouteRole;
import java.util.Objects;

/** Which key a route takes and what it needs of the caller; Javalin hands it back on every request. */
record RouteRule(Access access, Guard guard) implements RouteRole {
    RouteRule {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(guard, "guard");
    }
}
