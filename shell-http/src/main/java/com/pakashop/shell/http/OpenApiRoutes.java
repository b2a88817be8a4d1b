package com.pakashop.shell.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Serves the hand-kept OpenAPI 3.1 document; a test holds it equal to the registered routes. */
final class OpenApiRoutes implements RouteGroup {
    static final String RESOURCE = "/openapi.json";

    private final byte[] document;

    OpenApiRoutes() {
        this.document = load();
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/v1/openapi.json", Access.CLIENT, Guard.anonymous(),
                ctx -> ctx.contentType("application/json").result(document)));
    }

    static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
