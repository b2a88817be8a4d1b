package com.pakashop.benchmarks;

import io.javalin.Javalin;
import java.util.Map;

/**
 * The ceiling for gateway benchmarks: the same route on the same Javalin and JSON mapper, with
 * none of our filters. Run beside the real API in the same session and compare.
 */
public final class BareJavalinServer {
    private BareJavalinServer() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/api/v1/health/live", ctx -> ctx.json(Map.of("status", "UP")));
        }).start("127.0.0.1", port);
    }
}
