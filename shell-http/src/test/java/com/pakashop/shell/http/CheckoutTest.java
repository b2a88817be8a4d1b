package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.testkit.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckoutTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        category = TestShop.category(app, admin, "Groceries");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aCartWithTwoShopsBecomesTwoOrdersUnderOneCheckout() {
        TestShop first = newShop();
        TestShop second = newShop();
        String mealie = first.onSale("Mealie meal", "315.50", 10);
        String kapenta = second.onSale("Kapenta 1kg", "180.00", 10);
        String buyer = buyer();
        app.put("/api/v1/cart/items/" + mealie, "{\"quantity\":2}", RunningApp.as(buyer));
        app.put("/api/v1/cart/items/" + kapenta, "{\"quantity\":1}", RunningApp.as(buyer));

        HttpResponse<String> placed = checkout(buyer, "{}", "key-" + UUID.randomUUID());

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode orders = json(placed).get("orders");
        assertThat(orders).hasSize(2);
        assertThat(orders.get(0).get("checkoutId")).isEqualTo(orders.get(1).get("checkoutId"));
        JsonNode mealieOrder = orders.get(0).get("shopId").asText().equals(first.id) ? orders.get(0) : orders.get(1);
        JsonNode breakdown = mealieOrder.get("priceBreakdown");
        assertThat(breakdown.get("itemsSubtotal").get("amount").asText()).isEqualTo("631.00");
        assertThat(breakdown.get("deliveryFee").get("amount").asText()).isEqualTo("25.00");
        assertThat(breakdown.get("total").get("amount").asText()).isEqualTo("656.00");
        assertThat(breakdown.get("commission").get("amount").asText()).isEqualTo("63.10");
        assertThat(breakdown.get("vendorNet").get("amount").asText()).isEqualTo("567.90");
        assertThat(mealieOrder.get("status").asText()).isEqualTo("PENDING");
        assertThat(mealieOrder.get("number").asText()).startsWith("PK-");
        assertThat(stockOf(mealie)).isEqualTo(8);
        assertThat(json(app.get("/api/v1/cart", RunningApp.as(buyer))).get("items")).isEmpty();
    }

    @Test
    void aRetriedCheckoutWithTheSameKeyReturnsTheSameOrdersAndReservesOnce() {
        TestShop shop = newShop();
        String rice = shop.onSale("Rice 5kg", "120.00", 10);
        String buyer = buyer();
        String body = "{\"items\":[{\"productId\":\"" + rice + "\",\"quantity\":3}]}";
        String key = "retry-" + UUID.randomUUID();

        HttpResponse<String> first = checkout(buyer, body, key);
        HttpResponse<String> retry = checkout(buyer, body, key);
        HttpResponse<String> otherBody = checkout(buyer, body.replace("\"quantity\":3", "\"quantity\":4"), key);
        HttpResponse<String> noKey = app.postJson("/api/v1/orders", TestShop.delivered(body), RunningApp.as(buyer));

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(json(retry).get("orders").get(0).get("id")).isEqualTo(json(first).get("orders").get(0).get("id"));
        assertThat(stockOf(rice)).isEqualTo(7);
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(noKey.statusCode()).isEqualTo(422);
    }

    @Test
    void fiftyBuyersRaceForTenUnitsAndExactlyTenWin() throws Exception {
        String product = newShop().onSale("Chitenge", "150.00", 10);
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            buyers.add(buyer());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Integer>> attempts = buyers.stream().<Callable<Integer>>map(token -> () -> checkout(token,
                "{\"items\":[{\"productId\":\"" + product + "\",\"quantity\":1}]}", "race-" + UUID.randomUUID())
                .statusCode()).toList();
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> attempt : pool.invokeAll(attempts)) {
                statuses.add(attempt.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(40);
        assertThat(stockOf(product)).isZero();
    }

    @Test
    void buyersTakingTheSameProductsInOppositeOrdersNeverDeadlock() throws Exception {
        TestShop shop = newShop();
        String first = shop.onSale("Candles", "10.00", 1000);
        String second = shop.onSale("Matches", "2.00", 1000);
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            buyers.add(buyer());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            String a = i % 2 == 0 ? first : second;
            String b = i % 2 == 0 ? second : first;
            String token = buyers.get(i);
            attempts.add(() -> checkout(token, "{\"items\":[{\"productId\":\"" + a + "\",\"quantity\":1},"
                    + "{\"productId\":\"" + b + "\",\"quantity\":1}]}", "both-" + UUID.randomUUID()).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> attempt : pool.invokeAll(attempts)) {
                statuses.add(attempt.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnly(201);
        assertThat(stockOf(first)).isEqualTo(980);
        assertThat(stockOf(second)).isEqualTo(980);
    }

    @Test
    void whenOneItemIsShortNothingIsReservedAndTheProductIsNamed() {
        TestShop shop = newShop();
        String plenty = shop.onSale("Beans", "30.00", 10);
        String scarce = shop.onSale("Honey", "95.00", 1);
        String buyer = buyer();

        HttpResponse<String> response = checkout(buyer, "{\"items\":[{\"productId\":\"" + plenty + "\",\"quantity\":2},"
                + "{\"productId\":\"" + scarce + "\",\"quantity\":2}]}", "short-" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Honey");
        assertThat(stockOf(plenty)).isEqualTo(10);
        assertThat(stockOf(scarce)).isEqualTo(1);
    }

    @Test
    void aPriceChangedSinceTheCartIsA409WithOldAndNewPrices() {
        TestShop shop = newShop();
        String oil = shop.onSale("Cooking oil", "89.99", 10);
        String buyer = buyer();
        app.put("/api/v1/cart/items/" + oil, "{\"quantity\":1}", RunningApp.as(buyer));
        shop.patch(oil, "{\"product\":" + shop.product("Cooking oil", "99.99", 10) + "}");

        HttpResponse<String> response = checkout(buyer, "{}", "price-" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("was 89.99, now 99.99");
    }

    @Test
    void badCheckoutsAreRefusedClearly() {
        String buyer = buyer();

        assertThat(checkout(buyer, "{}", "empty-" + UUID.randomUUID()).body()).contains("the cart is empty");
        assertThat(checkout(buyer, "{\"items\":[{\"productId\":\"" + UUID.randomUUID() + "\",\"quantity\":0}]}",
                "zero-" + UUID.randomUUID()).statusCode()).isEqualTo(422);
        assertThat(checkout(buyer, "{\"items\":[{\"productId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}]}",
                "ghost-" + UUID.randomUUID()).statusCode()).isEqualTo(409);
    }

    @Test
    void unpaidOrdersExpireAndGiveTheirStockBack() throws Exception {
        String tea = newShop().onSale("Tea", "45.00", 5);
        String buyer = buyer();
        JsonNode order = json(checkout(buyer, "{\"items\":[{\"productId\":\"" + tea + "\",\"quantity\":2}]}",
                "expire-" + UUID.randomUUID())).get("orders").get(0);
        assertThat(stockOf(tea)).isEqualTo(3);
        sql("UPDATE orders SET pay_by = now() - interval '1 minute' WHERE id = '" + order.get("id").asText() + "'");

        app.pakashop.ordering().expiringOrders().expireDue();

        JsonNode after = json(app.get("/api/v1/orders/" + order.get("id").asText(), RunningApp.as(buyer)));
        assertThat(after.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(stockOf(tea)).isEqualTo(5);
    }

    @Test
    void onlyTheBuyerTheVendorAndStaffSeeAnOrder() {
        TestShop shop = newShop();
        String bread = shop.onSale("Bread", "25.00", 5);
        String buyer = buyer();
        String id = json(checkout(buyer, "{\"items\":[{\"productId\":\"" + bread + "\",\"quantity\":1}]}",
                "view-" + UUID.randomUUID())).get("orders").get(0).get("id").asText();

        assertThat(app.get("/api/v1/orders/" + id, RunningApp.as(buyer)).statusCode()).isEqualTo(200);
        assertThat(app.get("/api/v1/orders/" + id, RunningApp.as(shop.vendor)).statusCode()).isEqualTo(200);
        assertThat(app.get("/api/v1/orders/" + id, RunningApp.as(admin)).statusCode()).isEqualTo(200);
        assertThat(app.get("/api/v1/orders/" + id, RunningApp.as(buyer())).statusCode()).isEqualTo(404);
        assertThat(json(app.get("/api/v1/orders", RunningApp.as(buyer))).get("items").get(0).get("id").asText())
                .isEqualTo(id);
    }

    @Test
    void theBuyerCancelsBeforeConfirmationAndTheStockComesBack() {
        TestShop shop = newShop();
        String soap = shop.onSale("Soap", "12.00", 4);
        String buyer = buyer();
        String id = json(checkout(buyer, "{\"items\":[{\"productId\":\"" + soap + "\",\"quantity\":3}]}",
                "cancel-" + UUID.randomUUID())).get("orders").get(0).get("id").asText();

        HttpResponse<String> stranger = app.postJson("/api/v1/orders/" + id + "/cancel", "{}", RunningApp.as(buyer()));
        HttpResponse<String> cancelled = app.postJson("/api/v1/orders/" + id + "/cancel", "{}", RunningApp.as(buyer));
        HttpResponse<String> again = app.postJson("/api/v1/orders/" + id + "/cancel", "{}", RunningApp.as(buyer));

        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(stockOf(soap)).isEqualTo(4);
    }

    @Test
    void theVendorConfirmsAPaidOrderAfterWhichOnlyShopOrStaffMayCancelWithAReason() throws Exception {
        TestShop shop = newShop();
        String maize = shop.onSale("Maize seed", "300.00", 5);
        String buyer = buyer();
        String id = json(checkout(buyer, "{\"items\":[{\"productId\":\"" + maize + "\",\"quantity\":1}]}",
                "confirm-" + UUID.randomUUID())).get("orders").get(0).get("id").asText();
        assertThat(app.postJson("/api/v1/orders/" + id + "/confirm", "{}", RunningApp.as(shop.vendor)).statusCode())
                .as("not paid yet").isEqualTo(409);
        sql("UPDATE orders SET status = 'PAID', settlement_status = 'HELD' WHERE id = '" + id + "'");

        HttpResponse<String> confirmed = app.postJson("/api/v1/orders/" + id + "/confirm", "{}", RunningApp.as(shop.vendor));
        HttpResponse<String> buyerTooLate = app.postJson("/api/v1/orders/" + id + "/cancel", "{}", RunningApp.as(buyer));
        HttpResponse<String> vendorNoReason = app.postJson("/api/v1/orders/" + id + "/cancel", "{}",
                RunningApp.as(shop.vendor));
        HttpResponse<String> vendorWithReason = app.postJson("/api/v1/orders/" + id + "/cancel",
                "{\"reason\":\"seed batch recalled\"}", RunningApp.as(shop.vendor));

        assertThat(json(confirmed).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(buyerTooLate.statusCode()).isEqualTo(409);
        assertThat(vendorNoReason.statusCode()).isEqualTo(409);
        assertThat(json(vendorWithReason).get("settlementStatus").asText()).as("held until a refund gives it back")
                .isEqualTo("HELD");
        assertThat(json(app.get("/api/v1/shops/" + shop.id + "/orders", RunningApp.as(shop.vendor))).get("items"))
                .hasSize(1);
        assertThat(app.get("/api/v1/admin/orders?status=CANCELLED", RunningApp.as(admin)).body()).contains(id);
    }

    @Test
    void everyOrderIsDeliveredSoCheckoutWithoutADestinationIsRefusedAndTakesNothing() {
        String soap = newShop().onSale("Soap", "10.00", 4);
        String buyer = buyer();

        HttpResponse<String> none = app.postJson("/api/v1/orders", "{\"items\":[{\"productId\":\"" + soap
                + "\",\"quantity\":1}]}", "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer,
                "Idempotency-Key", "nowhere-" + UUID.randomUUID());
        HttpResponse<String> noTown = app.postJson("/api/v1/orders", "{\"destination\":{\"lat\":-15.4,\"lng\":28.3,"
                + "\"address\":\"Plot 1\"},\"items\":[{\"productId\":\"" + soap + "\",\"quantity\":1}]}",
                "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer,
                "Idempotency-Key", "no-town-" + UUID.randomUUID());

        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(json(none).get("errors").get(0).get("field").asText()).isEqualTo("destination");
        assertThat(noTown.statusCode()).isEqualTo(422);
        assertThat(noTown.body()).contains("destination.town");
        assertThat(stockOf(soap)).isEqualTo(4);
    }

    @Test
    void theBuyerCorrectsTheDestinationBeforeDispatchWithinTheSameFee() {
        String town = "Kitwe-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(app.put("/api/v1/admin/pricing/delivery-fees/" + town, "{\"fee\":{\"amount\":\"60.00\",\"currency\":\"ZMW\"}}",
                RunningApp.as(admin)).statusCode()).isEqualTo(204);
        String buyer = buyer();
        String id = json(checkout(buyer, "{\"items\":[{\"productId\":\"" + newShop().onSale("Kettle", "90.00", 3)
                + "\",\"quantity\":1}]}", "move-" + UUID.randomUUID())).get("orders").get(0).get("id").asText();
        String path = "/api/v1/orders/" + id + "/destination";

        HttpResponse<String> moved = app.put(path, "{\"lat\":-15.39,\"lng\":28.32,\"address\":\"House 7, Chelston\","
                + "\"town\":\"lusaka\"}", RunningApp.as(buyer));
        HttpResponse<String> dearer = app.put(path, "{\"lat\":-12.8,\"lng\":28.2,\"address\":\"Stand 9\",\"town\":\""
                + town + "\"}", RunningApp.as(buyer));
        HttpResponse<String> stranger = app.put(path, "{\"lat\":-15.39,\"lng\":28.32,\"address\":\"Elsewhere\","
                + "\"town\":\"Lusaka\"}", RunningApp.as(buyer()));
        HttpResponse<String> bad = app.put(path, "{\"lat\":123,\"lng\":28.32,\"address\":\"\",\"town\":\"Lusaka\"}",
                RunningApp.as(buyer));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).get("address").asText()).isEqualTo("House 7, Chelston");
        assertThat(dearer.statusCode()).isEqualTo(409);
        assertThat(dearer.body()).contains("60.00").contains("25.00");
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(bad.statusCode()).isEqualTo(422);
    }

    @Test
    void commissionFollowsShopThenCategoryRatesAndDeliveryFollowsTheTown() {
        String town = "Ndola-" + UUID.randomUUID().toString().substring(0, 6);
        String otherCategory = json(app.postJson("/api/v1/admin/categories", "{\"name\":\"Hardware\",\"slug\":\"hw-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}", RunningApp.as(admin))).get("id").asText();
        assertThat(app.put("/api/v1/admin/pricing/categories/" + otherCategory + "/commission", "{\"basisPoints\":500}",
                RunningApp.as(admin)).statusCode()).isEqualTo(204);
        assertThat(app.put("/api/v1/admin/pricing/delivery-fees/" + town, "{\"fee\":{\"amount\":\"40.00\",\"currency\":\"ZMW\"}}",
                RunningApp.as(admin)).statusCode()).isEqualTo(204);
        TestShop plain = newShop();
        TestShop special = newShop();
        app.put("/api/v1/admin/pricing/shops/" + special.id + "/commission", "{\"basisPoints\":300}", RunningApp.as(admin));
        String hammer = plain.onSale("Hammer", "100.00", 5, otherCategory);
        String nails = special.onSale("Nails", "100.00", 5, otherCategory);
        String buyer = buyer();

        JsonNode orders = json(checkout(buyer, "{\"destination\":{\"lat\":-12.8,\"lng\":28.2,\"address\":\"Stand 4\","
                + "\"town\":\"" + town.toUpperCase() + "\"},\"items\":["
                + "{\"productId\":\"" + hammer + "\",\"quantity\":1},{\"productId\":\"" + nails + "\",\"quantity\":1}]}",
                "rates-" + UUID.randomUUID())).get("orders");

        for (JsonNode order : orders) {
            JsonNode b = order.get("priceBreakdown");
            String expectedCommission = order.get("shopId").asText().equals(special.id) ? "3.00" : "5.00";
            assertThat(b.get("commission").get("amount").asText()).isEqualTo(expectedCommission);
            assertThat(b.get("deliveryFee").get("amount").asText()).isEqualTo("40.00");
            assertThat(b.get("total").get("amount").asText()).isEqualTo("140.00");
        }
        assertThat(app.put("/api/v1/admin/pricing/shops/" + special.id + "/commission", "{\"basisPoints\":20000}",
                RunningApp.as(admin)).statusCode()).isEqualTo(422);
        assertThat(app.put("/api/v1/admin/pricing/shops/" + special.id + "/commission", "{\"basisPoints\":100}",
                RunningApp.as(buyer)).statusCode()).isEqualTo(403);
    }

    @Test
    void aCategorysMarkupIsPaidByTheBuyerAndKeptByThePlatform() {
        String crafts = TestShop.category(app, admin, "Crafts-" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(app.put("/api/v1/admin/pricing/categories/" + crafts + "/markup", "{\"basisPoints\":250}",
                RunningApp.as(admin)).statusCode()).isEqualTo(204);
        String basket = newShop().onSale("Woven basket", "80.00", 5, crafts);

        JsonNode b = json(checkout(buyer(), "{\"items\":[{\"productId\":\"" + basket + "\",\"quantity\":1}]}",
                "markup-" + UUID.randomUUID())).get("orders").get(0).get("priceBreakdown");

        assertThat(b.get("markup").get("amount").asText()).isEqualTo("2.00");
        assertThat(b.get("total").get("amount").asText()).isEqualTo("107.00");
        assertThat(b.get("vendorNet").get("amount").asText()).as("the markup is not the vendor's").isEqualTo("72.00");
        assertThat(app.put("/api/v1/admin/pricing/categories/" + crafts + "/markup", "{\"basisPoints\":-1}",
                RunningApp.as(admin)).statusCode()).isEqualTo(422);
    }

    private static HttpResponse<String> checkout(String token, String body, String key) {
        String[] headers = {"x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + token,
                "Idempotency-Key", key};
        return app.postJson("/api/v1/orders", TestShop.delivered(body), headers);
    }

    private static String buyer() {
        return accounts.buyerToken();
    }

    private static long stockOf(String productId) {
        try (Connection c = TestDatabase.shared().connect();
             PreparedStatement s = c.prepareStatement("SELECT stock FROM products WHERE id = ?")) {
            s.setObject(1, UUID.fromString(productId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = TestDatabase.shared().connect(); PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }

    private static TestShop newShop() {
        return new TestShop(app, accounts, admin, category);
    }
}
