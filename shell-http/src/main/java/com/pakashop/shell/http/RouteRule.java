package com.pakashop.shell.http;

import io.javalin.security.RouteRole;
import java.util.Objects;
import java.util.Set;

/**
 * Which key a route takes, what it needs of the caller, and the query parameters it reads;
 * Javalin hands it back on every request.
 */
record RouteRule(Access access, Guard guard, Set<String> queryParameters) implements RouteRole {
    RouteRule {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(guard, "guard");
        queryParameters = Set.copyOf(queryParameters);
    }

    RouteRule(Access access, Guard guard) {
        this(access, guard, Set.of());
    }

    RouteRule readingQuery(Set<String> names) {
        return new RouteRule(access, guard, names);
    }
}
