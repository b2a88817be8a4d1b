package com.pakashop.shell.http;

import com.pakashop.application.config.FeatureFlags;
import com.pakashop.domain.config.FeatureFlag;
import java.time.Instant;
import java.util.List;

/** Admins read and switch feature flags (the ZRA integration's on/off switch is the first). */
final class FlagRoutes implements RouteGroup {
    private final FeatureFlags flags;
    private final Requests requests;

    FlagRoutes(FeatureFlags flags, Requests requests) {
        this.flags = flags;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/admin/flags", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(new Page<>(
                        flags.list(Authorization.principal(ctx)).stream().map(FlagView::of).toList(), null))),
                ApiRoute.get("/api/v1/admin/flags/{name}", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(FlagView.of(
                        flags.get(Authorization.principal(ctx), ctx.pathParam("name"))))),
                ApiRoute.put("/api/v1/admin/flags/{name}", Access.CLIENT, Guard.signedIn(), ctx -> {
                    FlagRequest body = requests.body(ctx, FlagRequest.class);
                    ctx.json(FlagView.of(flags.set(Authorization.principal(ctx), ctx.pathParam("name"), body.enabled(),
                            body.reason(), requests.context(ctx))));
                }));
    }

    record FlagRequest(Boolean enabled, String reason) {
    }

    record FlagView(String name, boolean enabled, String changedBy, Instant changedAt) {
        static FlagView of(FeatureFlag f) {
            return new FlagView(f.name(), f.enabled(), f.changedBy().orElse(null), f.changedAt().orElse(null));
        }
    }
}
