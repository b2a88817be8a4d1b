package com.pakashop.shell.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.application.identity.Authenticating;
import com.pakashop.application.tracking.LiveUpdate;
import com.pakashop.application.tracking.LocationBus;
import com.pakashop.application.tracking.LocationUpdate;
import com.pakashop.application.tracking.StageUpdate;
import com.pakashop.application.tracking.WatchingDeliveries;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.Unauthenticated;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seed §4.4, step 5: a buyer, the shop's vendor or staff watch an agent live over a WebSocket.
 * Browsers cannot set headers on a WebSocket, so the access token comes as the {@code access_token}
 * query parameter (or an Authorization header from other clients); it is checked, with who may
 * watch, before the upgrade, so a stranger never gets a socket. The delivery's stage (a paid order
 * waits for dispatch) and the last known position are sent at once, then every position and every
 * change of stage. A watcher whose sends pile up is closed (1013, try again later)
 * rather than slowing the bus for everyone.
 */
final class LiveTracking {
    static final String PATH = "/api/v1/tracking/orders/{orderId}/live";
    private static final Logger log = LoggerFactory.getLogger(LiveTracking.class);
    private static final String PRINCIPAL = "live-principal";
    private static final int MAX_PENDING_SENDS = 16;

    private final WatchingDeliveries watching;
    private final Authenticating authenticating;
    private final ObjectMapper mapper;
    private final Map<String, LocationBus.Subscription> subscriptions = new ConcurrentHashMap<>();

    LiveTracking(WatchingDeliveries watching, Authenticating authenticating, ObjectMapper mapper) {
        this.watching = watching;
        this.authenticating = authenticating;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.wsBeforeUpgrade(PATH, this::beforeUpgrade);
        routes.ws(PATH, ws -> {
            ws.onConnect(ctx -> {
                Principal principal = ctx.attribute(PRINCIPAL);
                Watcher watcher = new Watcher(ctx);
                WatchingDeliveries.Watch watch = watching.watch(principal, orderId(ctx.pathParam("orderId")),
                        watcher::send);
                subscriptions.put(ctx.sessionId(), watch.subscription());
                watcher.send(watch.stage());
                watch.lastKnown().ifPresent(watcher::send);
                ctx.enableAutomaticPings(20, TimeUnit.SECONDS);
            });
            ws.onClose(ctx -> unsubscribe(ctx.sessionId()));
            ws.onError(ctx -> unsubscribe(ctx.sessionId()));
        });
    }

    private void beforeUpgrade(Context ctx) {
        String token = ctx.queryParam("access_token");
        String header = ctx.header("Authorization");
        if ((token == null || token.isBlank()) && header != null && header.startsWith("Bearer ")) {
            token = header.substring("Bearer ".length());
        }
        if (token == null || token.isBlank()) {
            throw new Unauthenticated("missing-token", "Send the access token as access_token to watch a delivery");
        }
        Principal principal = authenticating.authenticate(token.strip());
        watching.mayWatch(principal, orderId(ctx.pathParam("orderId")));
        ctx.attribute(PRINCIPAL, principal);
    }

    private void unsubscribe(String sessionId) {
        LocationBus.Subscription subscription = subscriptions.remove(sessionId);
        if (subscription != null) {
            subscription.close();
        }
    }

    private static UUID orderId(String text) {
        return Requests.uuid("orderId", text);
    }

    /** One socket's sender: asynchronous, counting sends not yet written. */
    private final class Watcher {
        private final WsContext ctx;
        private final AtomicInteger pending = new AtomicInteger();

        Watcher(WsContext ctx) {
            this.ctx = ctx;
        }

        void send(LiveUpdate update) {
            if (!ctx.session.isOpen()) {
                unsubscribe(ctx.sessionId());
                return;
            }
            if (pending.incrementAndGet() > MAX_PENDING_SENDS) {
                log.info("Dropping a slow watcher of order {}", update.orderId());
                unsubscribe(ctx.sessionId());
                ctx.session.close(1013, "too slow; reconnect", Callback.NOOP);
                return;
            }
            String json;
            try {
                json = mapper.writeValueAsString(view(update));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a live update always serialises", e);
            }
            ctx.session.sendText(json, Callback.from(pending::decrementAndGet, failure -> pending.decrementAndGet()));
        }
    }

    private static Object view(LiveUpdate update) {
        if (update instanceof StageUpdate stage) {
            return new StatusView("status", stage.orderId().toString(), stage.stage().name(), stage.at().toString());
        }
        LocationUpdate u = (LocationUpdate) update;
        return new PositionView("position", u.orderId().toString(), u.lat(), u.lng(), u.speedMetresPerSecond(),
                u.recordedAt().toString(), u.publishedAt().toString());
    }

    record PositionView(String type, String orderId, double lat, double lng, double speed, String recordedAt,
                        String publishedAt) {
    }

    record StatusView(String type, String orderId, String status, String at) {
    }
}
