package com.pakashop.shell.http;

import com.pakashop.application.ordering.ChangingDestinations;
import com.pakashop.application.ordering.MovingOrders;
import com.pakashop.application.ordering.PlacingOrders;
import com.pakashop.application.ordering.ViewingOrders;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.PriceBreakdown;
import com.pakashop.domain.shared.ValidationFailed;
import com.pakashop.domain.tracking.Destination;
import com.pakashop.domain.tracking.GeoPoint;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Checkout and the buyer's orders. */
final class OrderRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 20;

    private final ViewingOrders viewingOrders;
    private final MovingOrders movingOrders;
    private final PlacingOrders placingOrders;
    private final ChangingDestinations changingDestinations;
    private final Requests requests;

    OrderRoutes(ViewingOrders viewingOrders, MovingOrders movingOrders, PlacingOrders placingOrders,
                ChangingDestinations changingDestinations, Requests requests) {
        this.viewingOrders = viewingOrders;
        this.movingOrders = movingOrders;
        this.placingOrders = placingOrders;
        this.changingDestinations = changingDestinations;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/v1/orders", Access.CLIENT, Guard.signedIn(), this::checkout),
                ApiRoute.get("/api/v1/orders", Access.CLIENT, Guard.signedIn(), this::mine),
                ApiRoute.get("/api/v1/orders/{id}", Access.CLIENT, Guard.signedIn(), ctx ->
                        ctx.json(OrderView.of(viewingOrders.order(Authorization.principal(ctx),
                                Requests.uuid("id", ctx.pathParam("id")))))),
                ApiRoute.put("/api/v1/orders/{id}/destination", Access.CLIENT, Guard.signedIn(), this::changeDestination),
                ApiRoute.post("/api/v1/orders/{id}/cancel", Access.CLIENT, Guard.signedIn(),
                        this::cancel),
                ApiRoute.post("/api/v1/orders/{id}/confirm", Access.CLIENT, Guard.signedIn(),
                        ctx -> ctx.json(OrderView.of(movingOrders.confirm(Authorization.principal(ctx),
                                Requests.uuid("id", ctx.pathParam("id")))))),
                ApiRoute.get("/api/v1/shops/{id}/orders", Access.CLIENT, Guard.signedIn(),
                        ctx -> page(ctx, (status, before, limit) -> viewingOrders.ofShop(
                                Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")), status, before,
                                limit))),
                ApiRoute.get("/api/v1/admin/orders", Access.CLIENT, Guard.signedIn(),
                        ctx -> page(ctx, (status, before, limit) -> viewingOrders.all(
                                Authorization.principal(ctx), status, before, limit))));
    }

    private void cancel(Context ctx) {
        ReasonRequest body = requests.body(ctx, ReasonRequest.class);
        ctx.json(OrderView.of(movingOrders.cancel(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), Optional.ofNullable(body.reason()))));
    }

    private static void page(Context ctx, OrderQuery query) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, ViewingOrders.MAX_PAGE);
        Optional<OrderStatus> status = Requests.query(ctx, "status").map(OrderRoutes::status);
        List<Order> orders = query.find(status, Requests.cursor(ctx), limit);
        ctx.json(Page.of(orders, limit, OrderView::of, Order::id));
    }

    private static OrderStatus status(String text) {
        try {
            return OrderStatus.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("status", "must be one of " + List.of(OrderStatus.values()));
        }
    }

    @FunctionalInterface
    private interface OrderQuery {
        List<Order> find(Optional<OrderStatus> status, Optional<UUID> before, int limit);
    }

    record ReasonRequest(String reason) {
    }

    private void checkout(Context ctx) {
        CheckoutRequest body = requests.body(ctx, CheckoutRequest.class);
        List<PlacingOrders.Wanted> items = body.items() == null ? List.of() : body.items().stream()
                .map(i -> new PlacingOrders.Wanted(Requests.uuid("items.productId", i.productId()),
                        i.quantity() == null ? 0 : i.quantity()))
                .toList();
        PlacingOrders.Checkout checkout = new PlacingOrders.Checkout(body.items() == null, items,
                Optional.ofNullable(body.couponCode()), body.loyaltyPoints() == null ? 0 : body.loyaltyPoints(),
                body.destination() == null ? null : body.destination().toDestination());
        List<Order> orders = placingOrders.checkout(Authorization.principal(ctx), checkout,
                ctx.header("Idempotency-Key"));
        UUID checkoutId = orders.get(0).checkoutId();
        ctx.status(201).json(Map.of("checkoutId", checkoutId.toString(),
                "orders", orders.stream().map(OrderView::of).toList()));
    }

    private void changeDestination(Context ctx) {
        DestinationRequest body = requests.body(ctx, DestinationRequest.class);
        Destination changed = changingDestinations.change(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), body.toDestination(), requests.context(ctx));
        ctx.json(DestinationView.of(changed));
    }

    private void mine(Context ctx) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, ViewingOrders.MAX_PAGE);
        List<Order> orders = viewingOrders.mine(Authorization.principal(ctx), Requests.cursor(ctx), limit);
        ctx.json(Page.of(orders, limit, OrderView::of, Order::id));
    }

    record CheckoutRequest(List<ItemRequest> items, String couponCode, Long loyaltyPoints,
                           DestinationRequest destination) {
    }

    /**
     * Where to deliver: a map position (for the agent's route and the arriving alert), words for
     * the agent, and the town whose delivery fee applies.
     */
    record DestinationRequest(Double lat, Double lng, String address, String town) {
        Destination toDestination() {
            if (lat == null || lng == null) {
                throw ValidationFailed.of("destination", "needs lat and lng (degrees), an address and a town");
            }
            return new Destination(new GeoPoint(lat, lng), address, town);
        }
    }

    record DestinationView(double lat, double lng, String address, String town) {
        static DestinationView of(Destination d) {
            return new DestinationView(d.point().lat(), d.point().lng(), d.address(), d.town());
        }
    }

    record ItemRequest(String productId, Long quantity) {
    }

    record OrderView(String id, String number, String checkoutId, String shopId, String status, String settlementStatus,
                     List<LineView> lines, BreakdownView priceBreakdown, Instant createdAt, Instant payBy) {
        static OrderView of(Order o) {
            return new OrderView(o.id().toString(), o.number(), o.checkoutId().toString(), o.shopId().toString(),
                    o.status().name(), o.settlement().name(), o.lines().stream().map(LineView::of).toList(),
                    BreakdownView.of(o.breakdown()), o.createdAt(), o.payBy());
        }
    }

    record LineView(String productId, String title, MoneyJson unitPrice, long quantity, MoneyJson lineTotal) {
        static LineView of(OrderLine l) {
            return new LineView(l.productId().toString(), l.title(), MoneyJson.of(l.unitPrice()), l.quantity(),
                    MoneyJson.of(l.lineTotal()));
        }
    }

    record BreakdownView(MoneyJson itemsSubtotal, MoneyJson markup, MoneyJson couponDiscount,
                         MoneyJson loyaltyDiscount, MoneyJson deliveryFee, MoneyJson total, MoneyJson vatIncluded,
                         MoneyJson commission, MoneyJson vendorNet, MoneyJson platformFunded) {
        static BreakdownView of(PriceBreakdown b) {
            return new BreakdownView(MoneyJson.of(b.itemsSubtotal()), MoneyJson.of(b.markup()),
                    MoneyJson.of(b.couponDiscount()), MoneyJson.of(b.loyaltyDiscount()), MoneyJson.of(b.deliveryFee()),
                    MoneyJson.of(b.total()), MoneyJson.of(b.vatIncluded()), MoneyJson.of(b.commission()),
                    MoneyJson.of(b.vendorNet()), MoneyJson.of(b.platformFunded()));
        }
    }
}
