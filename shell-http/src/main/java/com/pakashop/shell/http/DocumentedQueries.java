package com.pakashop.shell.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters each operation of the OpenAPI document takes. A parameter nobody reads is
 * refused rather than ignored: {@code GET /products?q=hammer} silently listing everything made a
 * typo look like an empty search.
 */
final class DocumentedQueries {
    private final Map<String, Set<String>> byOperation = new HashMap<>();

    DocumentedQueries(byte[] openApiDocument) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(openApiDocument);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json is not JSON", e);
        }
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            Set<String> names = new TreeSet<>();
            op.getValue().path("parameters").forEach(parameter -> {
                JsonNode resolved = parameter.has("$ref")
                        ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
                if ("query".equals(resolved.path("in").asText())) {
                    names.add(resolved.path("name").asText());
                }
            });
            byOperation.put(key(op.getKey(), path.getKey()), Set.copyOf(names));
        }));
    }

    /** The documented names for a route; none for a route the document does not describe. */
    Set<String> of(HandlerType method, String path) {
        return byOperation.getOrDefault(key(method.name(), path), Set.of());
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
