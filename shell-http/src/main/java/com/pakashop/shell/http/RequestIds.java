package com.pakashop.shell.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Accepts a caller's X-Request-Id when it is safe to log (at most 64 of {@code [A-Za-z0-9._-]}),
 * otherwise makes one; echoes it and puts it in the logging context for the whole request.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = "pakashop.requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    static void assign(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = offered != null && SAFE.matcher(offered).matches() ? offered : fresh();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /**
     * A request id only has to be unique enough to find log lines, not unguessable: a thread-local
     * generator spares every request the lock of the shared SecureRandom behind UUID.randomUUID.
     */
    private static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "" : id;
    }

    static void clear() {
        MDC.remove(MDC_KEY);
    }
}
