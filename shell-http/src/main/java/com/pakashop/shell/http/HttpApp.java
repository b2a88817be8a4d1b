package com.pakashop.shell.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.bootstrap.CatalogModule;
import com.pakashop.bootstrap.IdentityModule;
import com.pakashop.bootstrap.OrderingModule;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.PaymentsModule;
import com.pakashop.bootstrap.SettlementModule;
import com.pakashop.bootstrap.TrackingModule;
import com.pakashop.bootstrap.config.HttpSettings;
import com.pakashop.domain.shared.PakashopException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway of the seed design (§2.2) and the API behind it, on Javalin. Every request passes,
 * in order: request id, key check for the route's access rule, rate limits; every response
 * carries the request id and quota headers; every failure is problem+json.
 */
public final class HttpApp {
    private static final Logger accessLog = LoggerFactory.getLogger("com.pakashop.http.access");
    private static final String STARTED_AT = "pakashop.startedAt";

    private final Javalin javalin;
    private final List<ApiRoute> routes;
    private final Pakashop pakashop;

    private HttpApp(Javalin javalin, List<ApiRoute> routes, Pakashop pakashop) {
        this.pakashop = pakashop;
        this.javalin = javalin;
        this.routes = routes;
    }

    /** The production API, plus any extra route groups (tests add slow or failing routes this way). */
    public static HttpApp create(Pakashop pakashop, List<RouteGroup> extraGroups) {
        HttpSettings settings = pakashop.config().http();
        ObjectMapper mapper = JsonMapping.mapper();
        Problems problems = new Problems(mapper);
        JsonBodies bodies = new JsonBodies(mapper, settings.maxBodyBytes());
        ApiKeyAuthentication authentication = new ApiKeyAuthentication(pakashop.config().keys());
        RateLimiting rateLimiting = new RateLimiting(pakashop.rateLimiter(), settings);
        Authorization authorization = new Authorization(pakashop.identity().authenticating());

        List<ApiRoute> routes = new ArrayList<>();
        for (RouteGroup group : productionGroups(pakashop, problems, bodies, settings)) {
            routes.addAll(group.routes());
        }
        extraGroups.forEach(group -> routes.addAll(group.routes()));

        Javalin javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = settings.maxBodyBytes();
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(settings.shutdownGrace().toMillis());
                server.setHandler(new GracefulHandler());
            });

            cfg.routes.before(ctx -> {
                ctx.attribute(STARTED_AT, System.nanoTime());
                RequestIds.assign(ctx);
            });
            cfg.routes.beforeMatched(ctx -> {
                RouteRule rule = rule(ctx);
                Optional<ApiKeyAuthentication.Caller> caller = authentication.authenticate(ctx, rule.access());
                rateLimiting.apply(ctx, caller);
                authorization.authorize(ctx, rule.guard(), caller);
                refuseUnknownQueryParameters(ctx, rule);
            });
            DocumentedQueries queries = new DocumentedQueries(OpenApiRoutes.load());
            for (ApiRoute route : routes) {
                cfg.routes.addHttpHandler(route.method(), route.path(), route.handler(),
                        route.rule().readingQuery(queries.of(route.method(), route.path())));
            }
            new LiveTracking(pakashop.tracking().watching(), pakashop.identity().authenticating(), mapper)
                    .register(cfg.routes);
            cfg.routes.after(HttpApp::logAccess);

            cfg.routes.exception(PakashopException.class, problems::core);
            cfg.routes.exception(HttpFailure.class, problems::gateway);
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problems.status(ctx, e.getStatus()));
            cfg.routes.exception(Exception.class, problems::unexpected);
            cfg.routes.error(404, ctx -> problems.status(ctx, 404));
            cfg.routes.error(405, ctx -> problems.status(ctx, 405));
        });
        return new HttpApp(javalin, List.copyOf(routes), pakashop);
    }

    static List<RouteGroup> productionGroups(Pakashop pakashop, Problems problems, JsonBodies bodies,
                                             HttpSettings settings) {
        Requests requests = new Requests(bodies, settings.trustForwardedFor());
        IdentityModule identity = pakashop.identity();
        CatalogModule catalog = pakashop.catalog();
        OrderingModule ordering = pakashop.ordering();
        PaymentsModule payments = pakashop.payments();
        TrackingModule tracking = pakashop.tracking();
        SettlementModule settlement = pakashop.settlement();
        return List.of(
                new HealthRoutes(pakashop.readiness(), problems),
                new OpenApiRoutes(),
                new DeadLetterRoutes(pakashop.listingDeadLetters(), pakashop.replayingDeadLetter(), requests),
                new AuthRoutes(identity.registering(), identity.loggingIn(), identity.refreshing(), identity.loggingOut(),
                        identity.resettingPassword(), identity.enrollingTotp(), identity.administering(), requests),
                new AdminRoutes(identity.administering(), identity.readingAudit(), requests),
                new ShopRoutes(catalog.moderatingShops(), catalog.runningShops(), requests),
                new VendorApplicationRoutes(catalog.applyingToSell(), requests),
                new CatalogRoutes(catalog.signingUploads(), catalog.managingCategories(), catalog.managingProducts(),
                        catalog.browsingProducts(), requests, new Cursors(pakashop.config().keys().jwtSecret().bytes())),
                new CartRoutes(catalog.keepingCarts(), requests),
                new OrderRoutes(ordering.viewingOrders(), ordering.movingOrders(), ordering.placingOrders(),
                        ordering.changingDestinations(), requests),
                new PricingRoutes(ordering.managingPriceLists(), requests),
                new CouponRoutes(ordering.managingCoupons(), ordering.quotingCoupons(), requests),
                new LoyaltyRoutes(ordering.readingLoyalty()),
                new PaymentRoutes(payments.viewing(), payments.initiating(), payments.callbacks(), requests),
                new RefundRoutes(payments.viewing(), payments.requestingRefunds(), payments.resolvingRefunds(), requests),
                new TrackingRoutes(tracking.watching(), tracking.confirming(), tracking.dispatching(), tracking.ingesting(),
                        requests),
                new AgentRoutes(tracking.listingAssignments(), tracking.findingAgents(), requests),
                new TrustRoutes(pakashop.trust().reviewingFraud(), pakashop.trust().reviewingModeration(), requests),
                new FlagRoutes(pakashop.featureFlags(), requests),
                new InvoiceRoutes(pakashop.invoicing().managing(), pakashop.invoicing().correcting(), requests),
                new SettlementRoutes(settlement.viewing(), settlement.planning(), settlement.running(), requests,
                        pakashop.clock()),
                new ReconciliationRoutes(pakashop.reconciliation().resolving(), requests));
    }

    private static void refuseUnknownQueryParameters(Context ctx, RouteRule rule) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!rule.queryParameters().contains(name)) {
                throw HttpFailure.badRequest("Unknown query parameter '" + name + "'; " + ctx.method() + " " + ctx.path()
                        + (rule.queryParameters().isEmpty() ? " takes none" : " takes " + new TreeSet<>(rule.queryParameters())));
            }
        }
    }

    private static RouteRule rule(Context ctx) {
        return ctx.routeRoles().stream().filter(RouteRule.class::isInstance).map(RouteRule.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("route without a rule: " + ctx.path()));
    }

    /** The production routes alone, as the OpenAPI document must describe them. */
    public static List<ApiRoute> productionRoutes(Pakashop pakashop) {
        ObjectMapper mapper = JsonMapping.mapper();
        Problems problems = new Problems(mapper);
        return productionGroups(pakashop, problems, new JsonBodies(mapper, 1024), pakashop.config().http()).stream()
                .flatMap(group -> group.routes().stream())
                .toList();
    }

    public HttpApp start(String host, int port) {
        javalin.start(host, port);
        String reachable = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
        pakashop.listeningAt(URI.create("http://" + reachable + ":" + javalin.port()));
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public List<ApiRoute> routes() {
        return routes;
    }

    /** Stops accepting connections and lets requests in flight finish, up to the shutdown grace. */
    public void stop() {
        javalin.stop();
    }

    private static void logAccess(Context ctx) {
        Long started = ctx.attribute(STARTED_AT);
        double millis = started == null ? 0 : (System.nanoTime() - started) / 1_000_000.0;
        accessLog.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), String.format("%.1f", millis));
        RequestIds.clear();
    }
}
