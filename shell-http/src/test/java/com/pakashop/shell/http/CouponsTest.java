package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.testkit.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
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

class CouponsTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        category = TestShop.category(app, admin, "Coupons-" + UUID.randomUUID().toString().substring(0, 6));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aPlatformCouponComesOffTheOrderAndThePlatformFundsIt() {
        String phone = newShop().onSale("Phone case", "100.00", 10);
        String code = code("TEN");
        HttpResponse<String> issued = app.postJson("/api/v1/admin/coupons", percentOff(code, 1_000, 5, 1, ""),
                RunningApp.as(admin));
        String buyer = buyer();

        JsonNode quote = json(app.postJson("/api/v1/coupons/validate", "{\"code\":\"" + code.toLowerCase() + "\",\"items\":["
                + item(phone, 1) + "]}", RunningApp.as(buyer)));
        HttpResponse<String> placed = checkout(buyer, "{\"couponCode\":\"" + code + "\",\"items\":[" + item(phone, 1) + "]}");

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(quote.get("applies").asBoolean()).isTrue();
        assertThat(quote.get("discount").get("amount").asText()).isEqualTo("10.00");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode b = json(placed).get("orders").get(0).get("priceBreakdown");
        assertThat(amount(b, "couponDiscount")).isEqualTo("10.00");
        assertThat(amount(b, "total")).isEqualTo("115.00");
        assertThat(amount(b, "commission")).as("on the full price: the vendor is not out of pocket").isEqualTo("10.00");
        assertThat(amount(b, "vendorNet")).isEqualTo("90.00");
        assertThat(amount(b, "platformFunded")).isEqualTo("10.00");
        assertThat(usedOf(code)).isEqualTo(1);
    }

    @Test
    void aVendorsCouponCoversOnlyTheirShopAndTheyFundIt() {
        TestShop mine = newShop();
        TestShop theirs = newShop();
        String shirt = mine.onSale("Shirt", "200.00", 10);
        String shoes = theirs.onSale("Shoes", "300.00", 10);
        String code = code("SHOP");
        String body = percentOff(code, 2_500, 5, 1, "");

        HttpResponse<String> byStranger = app.postJson("/api/v1/shops/" + mine.id + "/coupons", body,
                RunningApp.as(theirs.vendor));
        HttpResponse<String> otherScope = app.postJson("/api/v1/shops/" + mine.id + "/coupons",
                percentOff(code("X"), 1_000, 5, 1, ",\"scope\":\"SHOP\",\"scopeId\":\"" + theirs.id + "\""),
                RunningApp.as(mine.vendor));
        HttpResponse<String> issued = app.postJson("/api/v1/shops/" + mine.id + "/coupons", body, RunningApp.as(mine.vendor));
        String buyer = buyer();
        JsonNode orders = json(checkout(buyer, "{\"couponCode\":\"" + code + "\",\"items\":[" + item(shirt, 1) + ","
                + item(shoes, 1) + "]}")).get("orders");

        assertThat(byStranger.statusCode()).isEqualTo(404);
        assertThat(otherScope.statusCode()).isEqualTo(422);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        for (JsonNode order : orders) {
            JsonNode b = order.get("priceBreakdown");
            if (order.get("shopId").asText().equals(mine.id)) {
                assertThat(amount(b, "couponDiscount")).isEqualTo("50.00");
                assertThat(amount(b, "commission")).as("10% of the 150.00 the vendor sold for").isEqualTo("15.00");
                assertThat(amount(b, "vendorNet")).isEqualTo("135.00");
                assertThat(amount(b, "platformFunded")).isEqualTo("0.00");
            } else {
                assertThat(amount(b, "couponDiscount")).isEqualTo("0.00");
                assertThat(amount(b, "total")).isEqualTo("325.00");
            }
        }
        assertThat(json(app.get("/api/v1/shops/" + mine.id + "/coupons", RunningApp.as(mine.vendor))).get("items")
                .get(0).get("code").asText()).isEqualTo(code);
        assertThat(app.get("/api/v1/shops/" + mine.id + "/coupons", RunningApp.as(theirs.vendor)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void validateNamesTheReasonACouponDoesNotApply() {
        TestShop shop = newShop();
        String rice = shop.onSale("Rice", "50.00", 10);
        String otherCategory = TestShop.category(app, admin, "Other-" + UUID.randomUUID().toString().substring(0, 6));
        String expired = code("OLD");
        String future = code("NEW");
        String minimum = code("MIN");
        String scoped = code("CAT");
        String once = code("ONCE");
        Instant now = Instant.now();
        issue(coupon(expired, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), 10, 1, "", ""));
        issue(coupon(future, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), 10, 1, "", ""));
        issue(coupon(minimum, now.minusSeconds(60), now.plus(Duration.ofDays(1)), 10, 1,
                ",\"minimumOrder\":{\"amount\":\"100.00\",\"currency\":\"ZMW\"}", ""));
        issue(coupon(scoped, now.minusSeconds(60), now.plus(Duration.ofDays(1)), 10, 1, "",
                ",\"scope\":\"CATEGORY\",\"scopeId\":\"" + otherCategory + "\""));
        issue(coupon(once, now.minusSeconds(60), now.plus(Duration.ofDays(1)), 10, 1, "", ""));
        String buyer = buyer();
        assertThat(checkout(buyer, "{\"couponCode\":\"" + once + "\",\"items\":[" + item(rice, 1) + "]}").statusCode())
                .isEqualTo(201);
        long stockBefore = stockOf(rice);

        assertThat(reason(buyer, expired, rice)).isEqualTo("EXPIRED");
        assertThat(reason(buyer, future, rice)).isEqualTo("NOT_STARTED");
        assertThat(reason(buyer, minimum, rice)).isEqualTo("MINIMUM_NOT_MET");
        assertThat(reason(buyer, scoped, rice)).isEqualTo("WRONG_SCOPE");
        assertThat(reason(buyer, once, rice)).isEqualTo("USED_UP_BY_BUYER");
        assertThat(reason(buyer, "NO-SUCH-" + UUID.randomUUID().toString().substring(0, 8), rice)).isEqualTo("UNKNOWN_CODE");
        HttpResponse<String> refused = checkout(buyer, "{\"couponCode\":\"" + expired + "\",\"items\":[" + item(rice, 1) + "]}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("errors").get(0).get("code").asText()).isEqualTo("EXPIRED");
        assertThat(stockOf(rice)).as("a refused coupon reserves nothing").isEqualTo(stockBefore);
    }

    @Test
    void aHundredConcurrentCheckoutsRedeemATenUseCouponExactlyTenTimes() throws Exception {
        String soap = newShop().onSale("Soap", "20.00", 1_000);
        String code = code("RACE");
        issue(percentOff(code, 1_000, 10, 10, ""));
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            buyers.add(buyer());
        }
        List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String buyer = buyers.get(i % buyers.size());
            attempts.add(() -> checkout(buyer, "{\"couponCode\":\"" + code + "\",\"items\":[" + item(soap, 1) + "]}"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            for (Future<HttpResponse<String>> attempt : pool.invokeAll(attempts)) {
                answers.add(attempt.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers.stream().filter(a -> a.statusCode() == 201).count()).isEqualTo(10);
        assertThat(answers.stream().filter(a -> a.statusCode() == 422)
                .allMatch(a -> json(a).get("errors").get(0).get("code").asText().equals("USED_UP"))).isTrue();
        assertThat(answers.stream().filter(a -> a.statusCode() == 422).count()).isEqualTo(90);
        assertThat(usedOf(code)).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM coupon_redemptions r JOIN coupons c ON c.id = r.coupon_id"
                + " WHERE c.code = '" + code + "' AND r.released_at IS NULL")).isEqualTo(10);
        assertThat(stockOf(soap)).as("losers reserved nothing").isEqualTo(990);
    }

    @Test
    void aUseComesBackWhenEveryOrderOfTheCheckoutEndsUnpaid() throws Exception {
        TestShop first = newShop();
        TestShop second = newShop();
        String tea = first.onSale("Tea", "40.00", 10);
        String sugar = second.onSale("Sugar", "60.00", 10);
        String code = code("ONE");
        issue(percentOff(code, 1_000, 1, 1, ""));
        String buyer = buyer();
        JsonNode orders = json(checkout(buyer, "{\"couponCode\":\"" + code + "\",\"items\":[" + item(tea, 1) + ","
                + item(sugar, 1) + "]}")).get("orders");
        assertThat(reason(buyer(), code, tea)).isEqualTo("USED_UP");

        app.postJson("/api/v1/orders/" + orders.get(0).get("id").asText() + "/cancel", "{}", RunningApp.as(buyer));
        assertThat(usedOf(code)).as("one order of the checkout is still open").isEqualTo(1);
        sql("UPDATE orders SET pay_by = now() - interval '1 minute' WHERE id = '" + orders.get(1).get("id").asText() + "'");
        app.pakashop.ordering().expiringOrders().expireDue();

        assertThat(usedOf(code)).isZero();
        String another = buyer();
        assertThat(checkout(another, "{\"couponCode\":\"" + code + "\",\"items\":[" + item(tea, 1) + "]}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void withdrawnCouponsStopApplyingAndBadCouponsAreRefused() {
        String bread = newShop().onSale("Bread", "30.00", 10);
        String code = code("GONE");
        String id = json(issue(percentOff(code, 1_000, 5, 1, ""))).get("id").asText();

        HttpResponse<String> duplicate = app.postJson("/api/v1/admin/coupons", percentOff(code, 500, 5, 1, ""),
                RunningApp.as(admin));
        HttpResponse<String> byBuyer = app.postJson("/api/v1/admin/coupons", percentOff(code("B"), 500, 5, 1, ""),
                RunningApp.as(buyer()));
        HttpResponse<String> nonsense = app.postJson("/api/v1/admin/coupons", "{\"code\":\"" + code("BAD")
                + "\",\"kind\":\"PERCENTAGE\",\"percentOffBasisPoints\":0,\"startsAt\":\"2026-12-02T00:00:00Z\","
                + "\"endsAt\":\"2026-12-01T00:00:00Z\",\"totalUses\":0}", RunningApp.as(admin));
        HttpResponse<String> withdrawn = app.postJson("/api/v1/admin/coupons/" + id + "/withdraw", "{}", RunningApp.as(admin));

        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(nonsense.statusCode()).isEqualTo(422);
        assertThat(json(nonsense).get("errors").findValuesAsText("field"))
                .contains("percentOffBasisPoints", "endsAt", "totalUses");
        assertThat(json(withdrawn).get("active").asBoolean()).isFalse();
        assertThat(reason(buyer(), code, bread)).isEqualTo("INACTIVE");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action IN ('COUPON_ISSUED', 'COUPON_WITHDRAWN')"
                + " AND subject = 'coupon:" + id + "'")).isEqualTo(2);
    }

    private static String reason(String buyer, String code, String product) {
        JsonNode quote = json(app.postJson("/api/v1/coupons/validate", "{\"code\":\"" + code + "\",\"items\":["
                + item(product, 1) + "]}", RunningApp.as(buyer)));
        assertThat(quote.get("applies").asBoolean()).as(quote.toString()).isFalse();
        return quote.get("reason").asText();
    }

    private static HttpResponse<String> issue(String body) {
        HttpResponse<String> issued = app.postJson("/api/v1/admin/coupons", body, RunningApp.as(admin));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return issued;
    }

    static String percentOff(String code, int bps, int totalUses, int perBuyer, String extra) {
        Instant now = Instant.now();
        return "{\"code\":\"" + code + "\",\"kind\":\"PERCENTAGE\",\"percentOffBasisPoints\":" + bps
                + ",\"startsAt\":\"" + now.minusSeconds(60) + "\",\"endsAt\":\"" + now.plus(Duration.ofDays(1))
                + "\",\"totalUses\":" + totalUses + ",\"usesPerBuyer\":" + perBuyer + extra + "}";
    }

    private static String coupon(String code, Instant starts, Instant ends, int totalUses, int perBuyer, String money,
                                 String scope) {
        return "{\"code\":\"" + code + "\",\"kind\":\"FIXED\",\"amountOff\":{\"amount\":\"5.00\",\"currency\":\"ZMW\"}"
                + ",\"startsAt\":\"" + starts + "\",\"endsAt\":\"" + ends + "\",\"totalUses\":" + totalUses
                + ",\"usesPerBuyer\":" + perBuyer + money + scope + "}";
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String item(String product, int quantity) {
        return "{\"productId\":\"" + product + "\",\"quantity\":" + quantity + "}";
    }

    static String amount(JsonNode breakdown, String field) {
        return breakdown.get(field).get("amount").asText();
    }

    private static long usedOf(String code) {
        return count("SELECT used FROM coupons WHERE code = '" + code + "'");
    }

    private static HttpResponse<String> checkout(String token, String body) {
        return app.postJson("/api/v1/orders", TestShop.delivered(body), "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization",
                "Bearer " + token, "Idempotency-Key", "coupon-" + UUID.randomUUID());
    }

    private static String buyer() {
        return accounts.buyerToken();
    }

    private static long stockOf(String productId) {
        return count("SELECT stock FROM products WHERE id = '" + productId + "'");
    }

    static long count(String query) {
        return Long.parseLong(text(query));
    }

    static String text(String query) {
        try (Connection c = TestDatabase.shared().connect(); PreparedStatement s = c.prepareStatement(query);
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + query);
            }
            return rs.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void sql(String statement) throws Exception {
        try (Connection c = TestDatabase.shared().connect(); PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }

    private static TestShop newShop() {
        return new TestShop(app, accounts, admin, category);
    }
}
