package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CartTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static TestShop shop;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        accounts = new Accounts(app);
        String admin = accounts.superAdminToken();
        shop = new TestShop(app, accounts, admin, TestShop.category(app, admin, "Food"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aBuyerFillsTheCartAndSeesTheSubtotalInKwacha() {
        String buyer = buyer();
        String mealie = onSale("Mealie meal 25kg", "315.50", 20);
        String oil = onSale("Cooking oil 2L", "89.99", 20);

        put(buyer, mealie, 2);
        HttpResponse<String> cart = put(buyer, oil, 1);

        assertThat(cart.statusCode()).isEqualTo(200);
        assertThat(json(cart).get("subtotal").toString()).isEqualTo("{\"amount\":\"720.99\",\"currency\":\"ZMW\"}");
        assertThat(json(cart).get("items")).hasSize(2);
    }

    @Test
    void quantitiesMustBePositiveAndWithinStock() {
        String buyer = buyer();
        String sugar = onSale("Sugar 2kg", "55.00", 3);

        assertThat(put(buyer, sugar, 0).statusCode()).isEqualTo(422);
        assertThat(put(buyer, sugar, -2).statusCode()).isEqualTo(422);
        HttpResponse<String> tooMany = put(buyer, sugar, 4);
        assertThat(tooMany.statusCode()).isEqualTo(409);
        assertThat(tooMany.body()).contains("Only 3 of Sugar 2kg left");
    }

    @Test
    void aProductNotOnSaleCannotGoInTheCart() {
        String draft = shop.draft("Draft beans", "20.00", 5);

        assertThat(put(buyer(), draft, 1).statusCode()).isEqualTo(404);
        assertThat(put(buyer(), UUID.randomUUID().toString(), 1).statusCode()).isEqualTo(404);
    }

    @Test
    void readingTheCartShowsPriceChangesAndArchivedProducts() {
        String buyer = buyer();
        String rice = onSale("Rice 5kg", "120.00", 10);
        String salt = onSale("Salt 1kg", "12.00", 10);
        put(buyer, rice, 1);
        put(buyer, salt, 2);

        shop.patch(rice, "{\"product\":" + shop.product("Rice 5kg", "135.00", 10) + "}");
        shop.patch(salt, "{\"status\":\"ARCHIVED\"}");
        JsonNode cart = json(app.get("/api/v1/cart", RunningApp.as(buyer)));

        JsonNode riceLine = line(cart, rice);
        assertThat(riceLine.get("priceChanged").asBoolean()).isTrue();
        assertThat(riceLine.get("unitPrice").get("amount").asText()).isEqualTo("135.00");
        assertThat(riceLine.get("priceWhenAdded").get("amount").asText()).isEqualTo("120.00");
        assertThat(line(cart, salt).get("availability").asText()).isEqualTo("UNAVAILABLE");
        assertThat(cart.get("subtotal").get("amount").asText()).as("only what can be bought").isEqualTo("135.00");
    }

    @Test
    void removingALineIsIdempotent() {
        String buyer = buyer();
        String tea = onSale("Tea 100 bags", "45.00", 10);
        put(buyer, tea, 1);

        assertThat(delete(buyer, tea).statusCode()).isEqualTo(204);
        assertThat(delete(buyer, tea).statusCode()).isEqualTo(204);
        assertThat(json(app.get("/api/v1/cart", RunningApp.as(buyer))).get("items")).isEmpty();
    }

    @Test
    void eachBuyerSeesOnlyTheirOwnCart() {
        String alice = buyer();
        String bob = buyer();
        put(alice, onSale("Bread", "25.00", 10), 1);

        assertThat(json(app.get("/api/v1/cart", RunningApp.as(bob))).get("items")).isEmpty();
    }

    private static String buyer() {
        String phone = freshPhone();
        accounts.register(phone);
        return accounts.session(phone).get("accessToken").asText();
    }

    private static String onSale(String title, String price, int stock) {
        return shop.onSale(title, price, stock);
    }

    private static HttpResponse<String> put(String token, String productId, int quantity) {
        return app.put("/api/v1/cart/items/" + productId, "{\"quantity\":" + quantity + "}", RunningApp.as(token));
    }

    private static HttpResponse<String> delete(String token, String productId) {
        return app.send(HttpRequest.newBuilder(app.uri("/api/v1/cart/items/" + productId)).DELETE(), RunningApp.as(token));
    }

    private static JsonNode line(JsonNode cart, String productId) {
        for (JsonNode item : cart.get("items")) {
            if (item.get("productId").asText().equals(productId)) {
                return item;
            }
        }
        throw new AssertionError("no line for " + productId);
    }
}
