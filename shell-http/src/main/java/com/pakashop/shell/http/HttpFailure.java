package com.pakashop.shell.http;

/**
 * A failure the gateway itself detects (bad header, body too large, wrong media type): it maps to
 * exactly one status and problem type.
 */
final class HttpFailure extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;

    HttpFailure(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    static HttpFailure malformedJson(String detail) {
        return new HttpFailure(400, "malformed-json", "Malformed JSON", detail);
    }

    static HttpFailure badRequest(String detail) {
        return new HttpFailure(400, "bad-request", "Bad request", detail);
    }

    static HttpFailure unauthenticated(String detail) {
        return new HttpFailure(401, "unauthenticated", "Unauthenticated", detail);
    }

    static HttpFailure forbidden(String detail) {
        return new HttpFailure(403, "forbidden", "Forbidden", detail);
    }

    static HttpFailure tooLarge(long limit) {
        return new HttpFailure(413, "payload-too-large", "Payload too large",
                "The request body is larger than the limit of " + limit + " bytes");
    }

    static HttpFailure unsupportedMediaType(String got) {
        return new HttpFailure(415, "unsupported-media-type", "Unsupported media type",
                "Send the body as application/json" + (got == null ? "" : " (got " + got + ")"));
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }
}
