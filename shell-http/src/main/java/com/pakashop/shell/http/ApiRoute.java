package com.pakashop.shell.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One route of the API. Every route says which key it takes and what it needs of the caller, so
 * there is no route without a rule: default deny is the constructor refusing to build one.
 */
public record ApiRoute(HandlerType method, String path, Access access, Guard guard, Handler handler) {
    /** Every route lives under this prefix: the API's version is in the path. */
    public static final String PREFIX = "/api/v1";

    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(handler, "handler");
        if (!path.startsWith(PREFIX + "/")) {
            throw new IllegalArgumentException("every route lives under " + PREFIX + ": " + path);
        }
    }

    public static ApiRoute get(String path, Access access, Guard guard, Handler handler) {
        return new ApiRoute(HandlerType.GET, path, access, guard, handler);
    }

    public static ApiRoute post(String path, Access access, Guard guard, Handler handler) {
        return new ApiRoute(HandlerType.POST, path, access, guard, handler);
    }

    public static ApiRoute patch(String path, Access access, Guard guard, Handler handler) {
        return new ApiRoute(HandlerType.PATCH, path, access, guard, handler);
    }

    public static ApiRoute put(String path, Access access, Guard guard, Handler handler) {
        return new ApiRoute(HandlerType.PUT, path, access, guard, handler);
    }

    public static ApiRoute delete(String path, Access access, Guard guard, Handler handler) {
        return new ApiRoute(HandlerType.DELETE, path, access, guard, handler);
    }

    RouteRule rule() {
        return new RouteRule(access, guard);
    }
}
