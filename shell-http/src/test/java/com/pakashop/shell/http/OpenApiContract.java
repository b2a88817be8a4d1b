package com.pakashop.shell.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every exchange the end-to-end tests make, held against {@code openapi.json}: the answer's status
 * must be documented for its operation and its JSON body must match the documented schema, with
 * every object closed (a field the document does not name fails, as a missing required one does);
 * a request the server accepted (2xx) must have sent only documented query parameters and a body
 * that matches its schema. Requests the server refused are not checked: tests send bad input on
 * purpose.
 */
final class OpenApiContract {
    private static final String DOCUMENT = "https://pakashop.zm/openapi.json";
    /** The same document with every object schema closed, for answers: we control them, so nothing extra may appear. */
    private static final String CLOSED = "https://pakashop.zm/openapi-closed.json";
    /** Routes a test adds to the application for itself (GracefulShutdownTest's slow handler) live here. */
    private static final String TEST_ROUTES = "/api/v1/test/";
    private static final OpenApiContract INSTANCE = new OpenApiContract();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract() {
        String text;
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            document = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String closed = closedCopy(document.deepCopy()).toString();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT, text, CLOSED, closed)));
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<String> methods = path.getValue().fieldNames();
            while (methods.hasNext()) {
                String method = methods.next();
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), template(path.getKey())));
            }
        }
        // a literal segment wins over a template: /payments/status/checkout/{id} before /payments/status/{id}/…
        operations.sort(java.util.Comparator.comparingLong(o -> o.path().chars().filter(c -> c == '{').count()));
    }

    static OpenApiContract instance() {
        return INSTANCE;
    }

    /** Fails with every mismatch between one exchange and the document. */
    void check(String method, URI uri, Optional<String> requestBody, int status, Optional<String> contentType,
               String responseBody) {
        Operation operation = operations.stream()
                .filter(o -> o.method().equals(method) && o.pattern().matcher(uri.getRawPath()).matches())
                .findFirst().orElse(null);
        if (operation == null) {
            if (status == 404 || status == 405 || uri.getRawPath().startsWith(TEST_ROUTES)) {
                return;
            }
            throw new AssertionError(method + " " + uri.getRawPath() + " answered " + status
                    + " but is not in openapi.json");
        }
        List<String> problems = new ArrayList<>();
        JsonNode op = document.get("paths").get(operation.path()).get(operation.method().toLowerCase(Locale.ROOT));
        String pointer = "/paths/" + escape(operation.path()) + "/" + operation.method().toLowerCase(Locale.ROOT);
        if (status >= 200 && status < 300) {
            checkQuery(op, uri, problems);
            requestBody.filter(body -> !body.isBlank()).ifPresent(body -> checkRequestBody(op, pointer, body, problems));
        }
        checkResponse(op, pointer, status, contentType, responseBody, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + uri + " → " + status + " does not match openapi.json:\n  - "
                    + String.join("\n  - ", problems) + "\n  response: " + abbreviated(responseBody));
        }
    }

    private void checkQuery(JsonNode op, URI uri, List<String> problems) {
        if (uri.getRawQuery() == null) {
            return;
        }
        Set<String> documented = new HashSet<>();
        op.path("parameters").forEach(p -> {
            JsonNode parameter = resolve(p);
            if ("query".equals(parameter.path("in").asText())) {
                documented.add(parameter.get("name").asText());
            }
        });
        for (String pair : uri.getRawQuery().split("&")) {
            String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (!documented.contains(name)) {
                problems.add("query parameter '" + name + "' is not documented (documented: " + documented + ")");
            }
        }
    }

    private void checkRequestBody(JsonNode op, String pointer, String body, List<String> problems) {
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            validate(DOCUMENT, pointer + "/requestBody/content/application~1json/schema", body, "request body", problems);
        } else if (!content.isMissingNode() && content.size() > 0 && body.strip().startsWith("{")
                && !content.fieldNames().next().contains("json")) {
            problems.add("a JSON request body was sent where the document expects " + content.fieldNames().next());
        }
    }

    private void checkResponse(JsonNode op, String pointer, int status, Optional<String> contentType, String body,
                               List<String> problems) {
        JsonNode responses = op.path("responses");
        String code = String.valueOf(status);
        if (!responses.has(code)) {
            problems.add("status " + status + " is not documented (documented: " + fieldNames(responses) + ")");
            return;
        }
        String responsePointer = pointer + "/responses/" + code;
        JsonNode response = responses.get(code);
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = resolve(response);
        }
        JsonNode content = response.path("content");
        String type = contentType.map(t -> t.split(";")[0].strip()).orElse("");
        if (content.isMissingNode() || content.size() == 0) {
            if (!body.isEmpty()) {
                problems.add("status " + status + " is documented without a body, but one came (" + type + ")");
            }
            return;
        }
        if (!content.has(type)) {
            problems.add("content type '" + type + "' is not documented for " + status + " (documented: "
                    + fieldNames(content) + ")");
            return;
        }
        if (type.endsWith("json") && content.get(type).has("schema")) {
            validate(CLOSED, responsePointer + "/content/" + escape(type) + "/schema", body, "response body", problems);
        }
    }

    private void validate(String document, String pointer, String json, String what, List<String> problems) {
        Schema schema = schemas.computeIfAbsent(document + "#" + pointer, location -> registry.getSchema(
                SchemaLocation.of(location)));
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        errors.forEach(e -> problems.add(what + " " + e.getInstanceLocation() + ": " + e.getMessage()));
    }

    /** Every schema that lists its properties and says nothing of others gets {@code additionalProperties: false}. */
    private static JsonNode closedCopy(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("properties") instanceof ObjectNode && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.fields().forEachRemaining(field -> closedCopy(field.getValue()));
        } else if (node.isArray()) {
            node.forEach(OpenApiContract::closedCopy);
        }
        return node;
    }

    private JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        return document.at(node.get("$ref").asText().substring(1));
    }

    private static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviated(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }

    private record Operation(String method, String path, Pattern pattern) {
    }
}
