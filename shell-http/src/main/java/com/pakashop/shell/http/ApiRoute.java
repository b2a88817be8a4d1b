package com.pakashop.shell.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/** One route of the API: every route says who may call it, so there is no route without a rule. */
public record ApiRoute(HandlerType method, String path, Access access, Handler handler) {
    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
        if (!path.startsWith(HttpApp.API_PREFIX + "/")) {
            throw new IllegalArgumentException("every route lives under " + HttpApp.API_PREFIX + ": " + path);
        }
    }

    public static ApiRoute get(String path, Access access, Handler handler) {
        return new ApiRoute(HandlerType.GET, path, access, handler);
    }

    public static ApiRoute post(String path, Access access, Handler handler) {
        return new ApiRoute(HandlerType.POST, path, access, handler);
    }
}
