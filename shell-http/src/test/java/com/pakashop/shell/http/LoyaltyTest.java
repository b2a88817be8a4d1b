package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.amount;
import static com.pakashop.shell.http.CouponsTest.count;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.sql;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.SettlementStatus;
import com.pakashop.domain.shared.Money;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LoyaltyTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;
    private static TestShop shop;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        shop = new TestShop(app, accounts, admin, TestShop.category(app, admin, "Loyalty"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aDeliveredOrderEarnsPointsOnceOnTheGoodsPaid() {
        Buyer buyer = new Buyer();
        JsonNode order = buyer.placed(shop.onSale("Blanket", "150.75", 5), 1, 0);

        delivered(buyer, order, Instant.now());
        delivered(buyer, order, Instant.now());

        JsonNode statement = buyer.statement();
        assertThat(statement.get("balance").asLong()).as("150 whole kwacha, once").isEqualTo(150);
        assertThat(statement.get("entries").get("items")).hasSize(1);
        assertThat(statement.get("entries").get("items").get(0).get("kind").asText()).isEqualTo("EARNED");
        assertThat(statement.get("terms").get("pointValue").get("amount").asText()).isEqualTo("0.01");
    }

    @Test
    void pointsPayPartOfAnOrderUpToTheCapAndComeBackWhenItIsCancelled() {
        Buyer buyer = new Buyer();
        delivered(buyer, buyer.placed(shop.onSale("Kettle", "300.00", 5), 1, 0), Instant.now());
        String mug = shop.onSale("Mug", "5.00", 50);

        HttpResponse<String> overCap = buyer.checkout(mug, 1, 150);
        HttpResponse<String> overBalance = buyer.checkout(shop.onSale("Radio", "2000.00", 5), 1, 301);
        HttpResponse<String> placed = buyer.checkout(mug, 1, 100);

        assertThat(overCap.statusCode()).isEqualTo(422);
        assertThat(json(overCap).get("errors").get(0).get("code").asText()).isEqualTo("OVER_CAP");
        assertThat(json(overCap).get("errors").get(0).get("message").asText()).contains("At most 100 points");
        assertThat(json(overBalance).get("errors").get(0).get("code").asText()).isEqualTo("NOT_ENOUGH_POINTS");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode order = json(placed).get("orders").get(0);
        JsonNode b = order.get("priceBreakdown");
        assertThat(amount(b, "loyaltyDiscount")).isEqualTo("1.00");
        assertThat(amount(b, "total")).isEqualTo("29.00");
        assertThat(amount(b, "platformFunded")).isEqualTo("1.00");
        assertThat(amount(b, "vendorNet")).isEqualTo("4.50");
        assertThat(buyer.statement().get("balance").asLong()).isEqualTo(200);

        app.postJson("/api/v1/orders/" + order.get("id").asText() + "/cancel", "{}", RunningApp.as(buyer.token));

        JsonNode statement = buyer.statement();
        assertThat(statement.get("balance").asLong()).isEqualTo(300);
        assertThat(statement.get("entries").get("items").findValuesAsText("kind"))
                .containsExactly("RELEASED", "REDEEMED", "EARNED");
        assertThat(sumOf(statement)).isEqualTo(statement.get("balance").asLong());
    }

    @Test
    void theOldestPointsAreSpentFirstAndExpireWhenTheirTimeComes() throws Exception {
        Buyer buyer = new Buyer();
        String lamp = shop.onSale("Lamp", "100.00", 20);
        UUID old = UUID.fromString(delivered(buyer, buyer.placed(lamp, 1, 0),
                Instant.now().minus(Duration.ofDays(300))));
        UUID recent = UUID.fromString(delivered(buyer, buyer.placed(lamp, 1, 0), Instant.now()));
        assertThat(buyer.checkout(lamp, 1, 30).statusCode()).isEqualTo(201);

        assertThat(remainingIn(old)).as("spent from the oldest lot").isEqualTo(70);
        assertThat(remainingIn(recent)).isEqualTo(100);
        sql("UPDATE loyalty_lots SET expires_at = now() - interval '1 second' WHERE id = '" + old + "'");
        app.pakashop.ordering().expiringPoints().expireDue();

        JsonNode statement = buyer.statement();
        assertThat(statement.get("balance").asLong()).isEqualTo(100);
        assertThat(statement.get("entries").get("items").get(0).get("kind").asText()).isEqualTo("EXPIRED");
        assertThat(statement.get("entries").get("items").get(0).get("points").asLong()).isEqualTo(-70);
        assertThat(sumOf(statement)).isEqualTo(100);
        assertThat(remainingIn(recent)).isEqualTo(100);
        assertThat(app.pakashop.ordering().expiringPoints().expireDue()).as("nothing left to expire").isZero();
    }

    /** Raises the event the delivery capability raises; returns the lot (= entry) id credited. */
    private static String delivered(Buyer buyer, JsonNode order, Instant at) {
        sql("UPDATE orders SET status = 'DELIVERED', settlement_status = 'RELEASABLE' WHERE id = '"
                + order.get("id").asText() + "'");
        Money goodsPaid = Money.parse(amount(order.get("priceBreakdown"), "itemsSubtotal"), Money.ZMW).orElseThrow();
        app.pakashop.ordering().earningPoints().handle(OutboxEvent.of(UUID.randomUUID(), new OrderMoved(
                UUID.fromString(order.get("id").asText()), UUID.fromString(buyer.id), UUID.randomUUID(),
                OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED, SettlementStatus.RELEASABLE, goodsPaid, goodsPaid),
                at));
        return CouponsTest.text("SELECT id FROM loyalty_entries WHERE kind = 'EARNED' AND order_id = '"
                + order.get("id").asText() + "'");
    }

    private static long remainingIn(UUID lot) {
        return count("SELECT remaining FROM loyalty_lots WHERE id = '" + lot + "'");
    }

    private static long sumOf(JsonNode statement) {
        long sum = 0;
        for (JsonNode entry : statement.get("entries").get("items")) {
            sum += entry.get("points").asLong();
        }
        return sum;
    }

    private static void sql(String statement) {
        try {
            CouponsTest.sql(statement);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Buyer {
        final String token;
        final String id;

        Buyer() {
            String phone = freshPhone();
            accounts.register(phone);
            JsonNode session = accounts.session(phone);
            this.token = session.get("accessToken").asText();
            this.id = json(app.get("/api/v1/me", RunningApp.as(token))).get("id").asText();
        }

        JsonNode placed(String product, int quantity, long points) {
            HttpResponse<String> placed = checkout(product, quantity, points);
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            return json(placed).get("orders").get(0);
        }

        HttpResponse<String> checkout(String product, int quantity, long points) {
            return app.postJson("/api/v1/orders", "{\"loyaltyPoints\":" + points + ",\"items\":[" + item(product, quantity)
                    + "],"
                + TestShop.DESTINATION + "}", "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + token,
                    "Idempotency-Key", "loyalty-" + UUID.randomUUID());
        }

        JsonNode statement() {
            return json(app.get("/api/v1/loyalty?limit=100", RunningApp.as(token)));
        }
    }
}
