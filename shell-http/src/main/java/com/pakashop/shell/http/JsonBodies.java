package com.pakashop.shell.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body: the right media type, within the size limit, well formed, and of
 * the expected shape; each failure says what was wrong and where, never with a stack trace.
 */
final class JsonBodies {
    private final ObjectMapper mapper;
    private final long maxBytes;

    JsonBodies(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw HttpFailure.unsupportedMediaType(contentType);
        }
        byte[] body = boundedBody(ctx);
        if (body.length == 0) {
            throw HttpFailure.malformedJson("The request body is empty; send a JSON object");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw HttpFailure.malformedJson("The request body is JSON null; send a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw HttpFailure.malformedJson("Unknown field '" + e.getPropertyName() + "'" + where(e));
        } catch (JsonMappingException e) {
            throw HttpFailure.malformedJson("Wrong type or shape at " + path(e) + where(e));
        } catch (JsonProcessingException e) {
            throw HttpFailure.malformedJson(e.getOriginalMessage() + where(e));
        } catch (IOException e) {
            throw HttpFailure.badRequest("The request body could not be read");
        }
    }

    byte[] raw(Context ctx) {
        return boundedBody(ctx);
    }

    private byte[] boundedBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw HttpFailure.tooLarge(maxBytes);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw HttpFailure.tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw HttpFailure.badRequest("The request body could not be read");
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "the top level" : "'" + path.substring(path.startsWith(".") ? 1 : 0) + "'";
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
