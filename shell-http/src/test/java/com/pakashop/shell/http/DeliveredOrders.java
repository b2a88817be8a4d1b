package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pakashop.domain.identity.Role;
import com.pakashop.testkit.TestTimeouts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders taken all the way: placed, paid with the mock, confirmed, dispatched to an agent, delivered with the PIN. */
final class DeliveredOrders {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final RunningApp app;
    private final Accounts accounts;

    DeliveredOrders(RunningApp app, Accounts accounts) {
        this.app = app;
        this.accounts = accounts;
    }

    /** A new delivery agent: its user id and token. */
    Agent agent() {
        String phone = freshPhone();
        String id = accounts.register(phone);
        accounts.grant(id, Role.BUYER, Role.AGENT);
        return new Agent(id, accounts.session(phone).get("accessToken").asText());
    }

    /** One unit of a new product of {@code shop} at {@code price}, bought, paid and delivered by {@code agent}. */
    String deliver(TestShop shop, String price, Agent agent) {
        String product = shop.onSale("Parcel " + UUID.randomUUID().toString().substring(0, 6), price, 5);
        String buyer = accounts.buyerToken();
        HttpResponse<String> placed = app.postJson("/api/v1/orders", "{\"items\":[" + item(product, 1) + "],"
                + "\"destination\":{\"lat\":-15.41,\"lng\":28.33,\"address\":\"Plot 12, Kabulonga Road\",\"town\":\"Lusaka\"}}",
                "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer,
                "Idempotency-Key", "delivered-" + UUID.randomUUID());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String orderId = json(placed).get("orders").get(0).get("id").asText();
        app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId + "\",\"method\":\"AIRTEL_MONEY\",\"phone\":\""
                + PaymentsTest.airtel("11") + "\"}", RunningApp.as(buyer));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "PAID".equals(text("SELECT status FROM orders WHERE id = '"
                + orderId + "'")));
        assertThat(app.postJson("/api/v1/orders/" + orderId + "/confirm", "{}", RunningApp.as(shop.vendor)).statusCode())
                .isEqualTo(200);
        @SuppressWarnings("unchecked")
        HttpResponse<String>[] dispatched = new HttpResponse[1];
        List<String> sent = StaffAndSecurityTest.notificationsDuring(() -> dispatched[0] = app.postJson(
                "/api/v1/deliveries/" + orderId + "/dispatch", "{\"agentId\":\"" + agent.id() + "\"}",
                RunningApp.as(shop.vendor)));
        assertThat(dispatched[0].statusCode()).as(dispatched[0].body()).isEqualTo(201);
        Matcher pin = Pattern.compile("pin=(\\d{6})").matcher(sent.stream().filter(m -> m.contains("DELIVERY_PIN"))
                .findFirst().orElseThrow());
        assertThat(pin.find()).isTrue();
        HttpResponse<String> confirmed = app.postJson("/api/v1/deliveries/" + orderId + "/confirm", "{\"pin\":\""
                + pin.group(1) + "\",\"signaturePng\":\"" + Base64.getEncoder().encodeToString(PNG) + "\"}",
                RunningApp.as(agent.token()));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        return orderId;
    }

    record Agent(String id, String token) {
    }
}
