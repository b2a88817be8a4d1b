package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.domain.identity.Role;
import com.pakashop.testkit.TestRedis;
import com.pakashop.testkit.TestTimeouts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed flow 4.4 end to end over HTTP and WebSocket, on real PostgreSQL and Redis, with two
 * application instances sharing both: dispatch, fixes smoothed and published, watched live from
 * the other instance, the arriving geofence, the PIN, and the money released to the vendor.
 */
class TrackingTest {
    /** Kabulonga, Lusaka. */
    private static final double DEST_LAT = -15.4100;
    private static final double DEST_LNG = 28.3300;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static RunningApp a;
    private static RunningApp b;
    private static Accounts accounts;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> env = RunningApp.environment();
        env.put("REDIS_URL", TestRedis.url());
        env.put("PAWAPAY_WEBHOOK_SECRET", PaymentsTest.WEBHOOK_SECRET);
        env.put("PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS", "100");
        env.put("PAKASHOP_FILES_DIR", Files.createTempDirectory("pakashop-signatures").toString());
        a = RunningApp.start(env);
        b = RunningApp.start(env);
        accounts = new Accounts(a);
        admin = accounts.superAdminToken();
        category = TestShop.category(a, admin, "Tracking-" + UUID.randomUUID().toString().substring(0, 6));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void aFixPostedToOneInstanceReachesAWatcherOfTheOtherAndTheDeliveryEndsWithThePin() throws Exception {
        Out out = outForDelivery();
        Live live = Live.connect(b, out.orderId, out.buyer);

        JsonNode status = live.next();
        HttpResponse<String> first = fix(a, out, DEST_LAT - 0.02, DEST_LNG, 10, Instant.now());
        JsonNode seen = live.nextPosition();
        HttpResponse<String> track = b.get("/api/v1/deliveries/" + out.orderId + "/track", RunningApp.as(out.vendor));
        HttpResponse<String> wrong = confirm(out, "000000".equals(out.pin) ? "111111" : "000000");
        HttpResponse<String> right = confirm(out, out.pin);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(json(first).get("accepted").asInt()).isEqualTo(1);
        assertThat(status.get("type").asText()).isEqualTo("status");
        assertThat(status.get("status").asText()).isEqualTo("DISPATCHED");
        assertThat(seen.get("orderId").asText()).isEqualTo(out.orderId);
        assertThat(seen.get("lat").asDouble()).isCloseTo(DEST_LAT - 0.02, Offset.offset(0.001));
        assertThat(json(track).get("path")).hasSize(1);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(json(wrong).get("errors").get(0).get("code").asText()).isEqualTo("WRONG_PIN");
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(json(right).get("signatureSha256").asText()).hasSize(64);
        JsonNode order = json(a.get("/api/v1/orders/" + out.orderId, RunningApp.as(out.buyer)));
        assertThat(order.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(order.get("settlementStatus").asText()).isEqualTo("RELEASABLE");
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE account = 'FUNDS_HELD:"
                + out.orderId + "'")).as("released").isZero();
        assertThat(count("SELECT -coalesce(sum(amount), 0) FROM ledger_postings WHERE account = 'VENDOR_PAYABLE:"
                + out.shopId + "'")).as("the vendor is owed its net").isPositive();
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM ledger_postings")).isZero();
        live.close();
    }

    @Test
    void aNewWatcherGetsTheLastKnownPositionAtOnceAndStrangersAreRefusedBeforeTheUpgrade() throws Exception {
        Out out = outForDelivery();
        fix(a, out, DEST_LAT - 0.02, DEST_LNG, 10, Instant.now());

        Live vendor = Live.connect(b, out.orderId, out.vendor);
        JsonNode lastKnown = vendor.nextPosition();
        int stranger = Live.refused(b, out.orderId, accounts.buyerToken());
        int noToken = Live.refused(b, out.orderId, "");

        assertThat(lastKnown.get("orderId").asText()).isEqualTo(out.orderId);
        assertThat(stranger).as("another buyer: no such delivery for them").isEqualTo(404);
        assertThat(noToken).isEqualTo(401);
        vendor.close();
    }

    @Test
    void aPaidOrderCanBeWatchedBeforeDispatchAndTheWatcherHearsEachStage() throws Exception {
        Confirmed waiting = confirmedOrder();
        Live buyer = Live.connect(b, waiting.orderId(), waiting.buyer());
        JsonNode before = buyer.next();

        Out out = dispatch(waiting);
        a.pakashop.relayingOutboxEvents().relayOnce();
        JsonNode dispatched = buyer.next();
        fix(a, out, DEST_LAT - 0.001, DEST_LNG, 5, Instant.now());
        JsonNode position = buyer.nextPosition();
        a.pakashop.relayingOutboxEvents().relayOnce();
        assertThat(confirm(out, out.pin).statusCode()).isEqualTo(200);
        a.pakashop.relayingOutboxEvents().relayOnce();
        List<String> stages = new java.util.ArrayList<>();
        while (!stages.contains("DELIVERED")) {
            JsonNode message = buyer.next();
            if ("status".equals(message.get("type").asText())) {
                stages.add(message.get("status").asText());
            }
        }

        assertThat(before.get("type").asText()).isEqualTo("status");
        assertThat(before.get("status").asText()).isEqualTo("WAITING_FOR_DISPATCH");
        assertThat(dispatched.get("status").asText()).isEqualTo("DISPATCHED");
        assertThat(position.get("orderId").asText()).isEqualTo(out.orderId);
        assertThat(stages).containsSubsequence("ARRIVING", "DELIVERED");
        buyer.close();
    }

    @Test
    void anUnpaidOrderHasNothingToWatch() {
        TestShop shop = new TestShop(a, accounts, admin, category);
        String buyerPhone = freshPhone();
        accounts.register(buyerPhone);
        String buyer = accounts.session(buyerPhone).get("accessToken").asText();
        String orderId = json(a.postJson("/api/v1/orders", TestShop.delivered("{\"items\":["
                + item(shop.onSale("Stool", "40.00", 2), 1) + "]}"), "x-pakashop-key", RunningApp.CLIENT_KEY,
                "Authorization", "Bearer " + buyer, "Idempotency-Key", "unpaid-" + UUID.randomUUID()))
                .get("orders").get(0).get("id").asText();

        assertThat(Live.refused(b, orderId, buyer)).isEqualTo(409);
        assertThat(Live.refused(b, orderId, accounts.buyerToken())).as("a stranger learns nothing").isEqualTo(404);
    }

    @Test
    void arrivingFiresOnceWhenTheAgentFirstComesWithin400MetresEvenWithJitterAtTheBoundary() {
        Out out = outForDelivery();
        Instant t = Instant.now().minusSeconds(200);
        double[] metresNorthOfDestination = {900, 700, 500, 390, 420, 380, 430, 300, 410, 200};
        for (int i = 0; i < metresNorthOfDestination.length; i++) {
            double lat = DEST_LAT - metresNorthOfDestination[i] / 111_195.0;
            assertThat(fix(i % 2 == 0 ? a : b, out, lat, DEST_LNG, 5, t.plusSeconds(20L * i)).statusCode()).isEqualTo(202);
        }

        assertThat(count("SELECT count(*) FROM outbox_events WHERE type = 'DeliveryArriving' AND aggregate_id = '"
                + out.orderId + "'")).isEqualTo(1);
        List<String> sent = StaffAndSecurityTest.notificationsDuring(() -> a.pakashop.relayingOutboxEvents().relayOnce());
        assertThat(sent).anySatisfy(m -> assertThat(m).contains("DELIVERY_ARRIVING").contains(out.buyerId));
    }

    @Test
    void fiveWrongPinsLockTheDeliveryUntilSupportUnlocksIt() {
        Out out = outForDelivery();
        String wrong = "000000".equals(out.pin) ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            assertThat(confirm(out, wrong).statusCode()).isEqualTo(422);
        }
        HttpResponse<String> locked = confirm(out, out.pin);
        HttpResponse<String> agentUnlocks = a.postJson("/api/v1/deliveries/" + out.orderId + "/unlock",
                "{\"reason\":\"please\"}", RunningApp.as(out.agent));
        HttpResponse<String> unlocked = a.postJson("/api/v1/deliveries/" + out.orderId + "/unlock",
                "{\"reason\":\"buyer called support and confirmed the agent is at the door\"}", RunningApp.as(admin));
        HttpResponse<String> afterwards = confirm(out, out.pin);

        assertThat(locked.statusCode()).as("even the right PIN while locked").isEqualTo(409);
        assertThat(agentUnlocks.statusCode()).isEqualTo(403);
        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        assertThat(afterwards.statusCode()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'DELIVERY_UNLOCKED' AND subject = 'order:"
                + out.orderId + "'")).isEqualTo(1);
    }

    @Test
    void anAgentCannotReportForAnotherAgentsOrderAndBadFixesAreRefusedClearly() {
        Out out = outForDelivery();
        String otherAgent = agent();

        HttpResponse<String> foreign = a.postJson("/api/v1/tracking/location", fixBody(out.orderId, DEST_LAT, DEST_LNG, 5,
                Instant.now()), RunningApp.as(otherAgent));
        HttpResponse<String> buyer = a.postJson("/api/v1/tracking/location", fixBody(out.orderId, DEST_LAT, DEST_LNG, 5,
                Instant.now()), RunningApp.as(out.buyer));
        HttpResponse<String> badLatitude = fix(a, out, 91, DEST_LNG, 5, Instant.now());
        HttpResponse<String> future = fix(a, out, DEST_LAT, DEST_LNG, 5, Instant.now().plusSeconds(120));
        HttpResponse<String> stale = fix(a, out, DEST_LAT, DEST_LNG, 5, Instant.now().minusSeconds(3600));
        HttpResponse<String> noAccuracy = fix(a, out, DEST_LAT, DEST_LNG, 0, Instant.now());
        Instant now = Instant.now();
        HttpResponse<String> batch = a.postJson("/api/v1/tracking/locations", "{\"orderId\":\"" + out.orderId
                + "\",\"fixes\":[" + fixJson(DEST_LAT - 0.01, DEST_LNG, 8, now.minusSeconds(20)) + ","
                + fixJson(DEST_LAT - 0.009, DEST_LNG, 8, now.minusSeconds(15)) + "]}", RunningApp.as(out.agent));
        HttpResponse<String> lateBatch = a.postJson("/api/v1/tracking/locations", "{\"orderId\":\"" + out.orderId
                + "\",\"fixes\":[" + fixJson(DEST_LAT - 0.0095, DEST_LNG, 8, now.minusSeconds(18)) + "]}",
                RunningApp.as(out.agent));

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(buyer.statusCode()).isEqualTo(403);
        assertThat(badLatitude.statusCode()).isEqualTo(422);
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(noAccuracy.statusCode()).isEqualTo(422);
        assertThat(json(batch).get("accepted").asInt()).isEqualTo(2);
        assertThat(json(lateBatch).get("late").asInt()).as("older than what was smoothed").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM track_fixes WHERE order_id = '" + out.orderId + "'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM track_fixes WHERE order_id = '" + out.orderId + "' AND outcome = 'LATE'"))
                .isEqualTo(1);
    }

    @Test
    void anAgentSeesTheDeliveriesGivenToThemAndVendorsFindAgentsByTown() {
        Out out = outForDelivery();
        String otherAgent = agent();
        String town = "Mansa-" + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> mine = a.get("/api/v1/agent/deliveries", RunningApp.as(out.agent));
        HttpResponse<String> theirs = a.get("/api/v1/agent/deliveries", RunningApp.as(otherAgent));
        HttpResponse<String> ownTrack = a.get("/api/v1/deliveries/" + out.orderId + "/track", RunningApp.as(out.agent));
        HttpResponse<String> foreignTrack = a.get("/api/v1/deliveries/" + out.orderId + "/track", RunningApp.as(otherAgent));
        HttpResponse<String> profile = a.put("/api/v1/agent/profile", "{\"town\":\" " + town + " \"}", RunningApp.as(out.agent));
        HttpResponse<String> blankTown = a.put("/api/v1/agent/profile", "{\"town\":\"\"}", RunningApp.as(out.agent));
        HttpResponse<String> found = a.get("/api/v1/agents?town=" + town.toUpperCase(), RunningApp.as(out.vendor));
        HttpResponse<String> asBuyer = a.get("/api/v1/agents", RunningApp.as(out.buyer));

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        JsonNode delivery = json(mine).get("items").get(0);
        assertThat(delivery.get("orderId").asText()).isEqualTo(out.orderId);
        assertThat(delivery.get("dispatchedAt").asText()).as("the time the dispatch answered, read back unchanged")
                .isEqualTo(out.dispatchedAt());
        assertThat(delivery.get("status").asText()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(delivery.get("pickup").get("town").asText()).isNotBlank();
        assertThat(delivery.get("destination").get("address").asText()).isEqualTo("Plot 12, Kabulonga Road");
        assertThat(delivery.get("destination").get("lat").asDouble()).isEqualTo(DEST_LAT);
        assertThat(delivery.get("buyer").get("firstName").asText()).doesNotContain(" ");
        assertThat(delivery.get("buyer").get("phoneMasked").asText()).contains("*****");
        assertThat(mine.body()).doesNotContain(text("SELECT phone FROM users WHERE id = '" + out.buyerId + "'"));
        assertThat(json(theirs).get("items")).isEmpty();
        assertThat(ownTrack.statusCode()).isEqualTo(200);
        assertThat(foreignTrack.statusCode()).isEqualTo(404);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        assertThat(json(profile).get("town").asText()).isEqualTo(town);
        assertThat(blankTown.statusCode()).isEqualTo(422);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(json(found).get("items")).singleElement().satisfies(agent -> {
            assertThat(agent.get("id").asText()).isEqualTo(out.agentId);
            assertThat(agent.get("town").asText()).isEqualTo(town);
        });
        assertThat(asBuyer.statusCode()).isEqualTo(403);
    }

    /** A paid, confirmed order handed to a fresh agent; the PIN is read from the development notifier. */
    private Out outForDelivery() {
        return dispatch(confirmedOrder());
    }

    /** A paid order its shop has confirmed, waiting for an agent. */
    private Confirmed confirmedOrder() {
        TestShop shop = new TestShop(a, accounts, admin, category);
        String product = shop.onSale("Charcoal", "85.00", 5);
        String buyerPhone = freshPhone();
        String buyerId = accounts.register(buyerPhone);
        String buyer = accounts.session(buyerPhone).get("accessToken").asText();
        HttpResponse<String> placed = a.postJson("/api/v1/orders", "{\"items\":[" + item(product, 1) + "],"
                + "\"destination\":{\"lat\":" + DEST_LAT + ",\"lng\":" + DEST_LNG + ",\"address\":\"Plot 12, Kabulonga Road\",\"town\":\"Lusaka\"}}",
                "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer,
                "Idempotency-Key", "tracking-" + UUID.randomUUID());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String orderId = json(placed).get("orders").get(0).get("id").asText();
        a.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId + "\",\"method\":\"AIRTEL_MONEY\",\"phone\":\""
                + PaymentsTest.airtel("11") + "\"}", RunningApp.as(buyer));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "PAID".equals(text("SELECT status FROM orders WHERE id = '"
                + orderId + "'")));
        assertThat(a.postJson("/api/v1/orders/" + orderId + "/confirm", "{}", RunningApp.as(shop.vendor)).statusCode())
                .isEqualTo(200);
        return new Confirmed(orderId, shop.id, buyerId, buyer, shop.vendor);
    }

    private Out dispatch(Confirmed order) {
        String orderId = order.orderId();
        String agentPhone = freshPhone();
        String agentId = accounts.register(agentPhone);
        accounts.grant(agentId, Role.BUYER, Role.AGENT);
        String agent = accounts.session(agentPhone).get("accessToken").asText();
        HttpResponse<String>[] dispatched = new HttpResponse[1];
        List<String> sent = StaffAndSecurityTest.notificationsDuring(() -> dispatched[0] = a.postJson(
                "/api/v1/deliveries/" + orderId + "/dispatch", "{\"agentId\":\"" + agentId + "\"}",
                RunningApp.as(order.vendor())));
        assertThat(dispatched[0].statusCode()).as(dispatched[0].body()).isEqualTo(201);
        assertThat(dispatched[0].body()).doesNotContain("pin");
        Matcher pin = Pattern.compile("pin=(\\d{6})").matcher(sent.stream().filter(m -> m.contains("DELIVERY_PIN"))
                .findFirst().orElseThrow());
        assertThat(pin.find()).isTrue();
        assertThat(sent).as("the agent is told").anyMatch(m -> m.contains("DELIVERY_ASSIGNED") && m.contains(agentId));
        return new Out(orderId, order.shopId(), order.buyerId(), order.buyer(), order.vendor(), agent, agentId,
                pin.group(1), json(dispatched[0]).get("dispatchedAt").asText());
    }

    private static String agent() {
        String phone = freshPhone();
        accounts.grant(accounts.register(phone), Role.BUYER, Role.AGENT);
        return accounts.session(phone).get("accessToken").asText();
    }

    private static HttpResponse<String> fix(RunningApp app, Out out, double lat, double lng, double accuracy, Instant at) {
        return app.postJson("/api/v1/tracking/location", fixBody(out.orderId, lat, lng, accuracy, at),
                RunningApp.as(out.agent));
    }

    private static String fixBody(String orderId, double lat, double lng, double accuracy, Instant at) {
        return "{\"orderId\":\"" + orderId + "\"," + fixJson(lat, lng, accuracy, at).substring(1);
    }

    private static String fixJson(double lat, double lng, double accuracy, Instant at) {
        return "{\"lat\":" + lat + ",\"lng\":" + lng + ",\"accuracy\":" + accuracy + ",\"recordedAt\":\"" + at + "\"}";
    }

    private static HttpResponse<String> confirm(Out out, String pin) {
        return a.postJson("/api/v1/deliveries/" + out.orderId + "/confirm", "{\"pin\":\"" + pin + "\",\"signaturePng\":\""
                + Base64.getEncoder().encodeToString(PNG) + "\"}", RunningApp.as(out.agent));
    }

    private record Confirmed(String orderId, String shopId, String buyerId, String buyer, String vendor) {
    }

    private record Out(String orderId, String shopId, String buyerId, String buyer, String vendor, String agent,
                       String agentId, String pin, String dispatchedAt) {
    }

    /** A WebSocket watcher collecting the messages it receives. */
    private static final class Live implements WebSocket.Listener {
        private final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Live connect(RunningApp app, String orderId, String token) {
            Live live = new Live();
            live.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri(app, orderId, token), live).join();
            return live;
        }

        /** The HTTP status the upgrade was refused with; 101 if it was not refused. */
        static int refused(RunningApp app, String orderId, String token) {
            try {
                HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri(app, orderId, token), new Live()).join()
                        .abort();
                return 101;
            } catch (CompletionException e) {
                assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
                return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
            }
        }

        private static URI uri(RunningApp app, String orderId, String token) {
            return URI.create("ws://127.0.0.1:" + app.app.port() + "/api/v1/tracking/orders/" + orderId + "/live"
                    + (token.isEmpty() ? "" : "?access_token=" + token));
        }

        JsonNode next() throws Exception {
            String message = messages.poll(TestTimeouts.EVENTUALLY.toSeconds(), TimeUnit.SECONDS);
            assertThat(message).as("a message in time").isNotNull();
            return new ObjectMapper().readTree(message);
        }

        /** The next position, passing over status messages. */
        JsonNode nextPosition() throws Exception {
            JsonNode message = next();
            while (!"position".equals(message.get("type").asText())) {
                message = next();
            }
            return message;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
