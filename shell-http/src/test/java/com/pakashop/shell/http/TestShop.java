package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.domain.identity.Role;
import java.net.http.HttpResponse;
import java.util.UUID;

/** An approved shop, its vendor's token and a default category: test data for catalogue, cart and checkout stories. */
final class TestShop {
    static final String CLOUD = "pakashop";

    /** Where test orders go: a Lusaka address, so the default delivery fee applies. */
    static final String DESTINATION = "\"destination\":{\"lat\":-15.41,\"lng\":28.33,"
            + "\"address\":\"Plot 12, Kabulonga Road\",\"town\":\"Lusaka\"}";
    final String vendor;
    final String id;
    private final RunningApp app;
    private final String category;

    TestShop(RunningApp app, Accounts accounts, String adminToken, String category) {
        this.app = app;
        this.category = category;
        String phone = freshPhone();
        accounts.grant(accounts.register(phone), Role.BUYER, Role.VENDOR);
        this.vendor = accounts.session(phone).get("accessToken").asText();
        this.id = json(app.postJson("/api/v1/shops", "{\"name\":\"Duka\",\"slug\":\"duka-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"town\":\"Lusaka\",\"district\":\"Lusaka\","
                + "\"contactPhone\":\"0977123456\",\"payoutNumber\":\"0965550001\",\"payoutNetwork\":\"MTN\"}",
                RunningApp.as(vendor))).get("id").asText();
        app.postJson("/api/v1/admin/shops/" + id + "/approve", "{}", RunningApp.as(adminToken));
    }

    static String category(RunningApp app, String adminToken, String name) {
        return json(app.postJson("/api/v1/admin/categories", "{\"name\":\"" + name + "\",\"slug\":\""
                + name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "\"}",
                RunningApp.as(adminToken))).get("id").asText();
    }

    String draft(String title, String price, int stock) {
        return json(app.postJson("/api/v1/shops/" + id + "/products", product(title, price, stock, category),
                RunningApp.as(vendor))).get("id").asText();
    }

    String onSale(String title, String price, int stock) {
        return onSale(title, price, stock, category);
    }

    String onSale(String title, String price, int stock, String inCategory) {
        String product = json(app.postJson("/api/v1/shops/" + id + "/products", product(title, price, stock, inCategory),
                RunningApp.as(vendor))).get("id").asText();
        patch(product, "{\"status\":\"ACTIVE\"}");
        return product;
    }

    void patch(String product, String body) {
        HttpResponse<String> response = app.patch("/api/v1/products/" + product, body, RunningApp.as(vendor));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    String product(String title, String price, int stock) {
        return product(title, price, stock, category);
    }

    static String product(String title, String price, int stock, String inCategory) {
        return "{\"title\":\"" + title + "\",\"categoryId\":\"" + inCategory + "\",\"price\":{\"amount\":\"" + price
                + "\",\"currency\":\"ZMW\"},\"stockQuantity\":" + stock + "}";
    }

    /** A checkout body with {@link #DESTINATION} added, unless it names one already. */
    static String delivered(String checkoutBody) {
        return checkoutBody.contains("\"destination\"") ? checkoutBody : "{" + DESTINATION
                + (checkoutBody.strip().equals("{}") ? "}" : "," + checkoutBody.strip().substring(1));
    }

    /** A product image as an upload signed for this shop would leave it in our Cloudinary cloud. */
    String image() {
        return "https://res.cloudinary.com/" + CLOUD + "/image/upload/v1764000000/pakashop/products/shop_" + id + "/prd_"
                + UUID.randomUUID() + ".jpg";
    }

    /** A KYC document as an upload signed for this user would leave it. */
    static String kycDocument(String userId) {
        return "https://res.cloudinary.com/" + CLOUD + "/image/upload/v1764000000/pakashop/kyc/user_" + userId + "/kyc_"
                + UUID.randomUUID() + ".jpg";
    }
}
