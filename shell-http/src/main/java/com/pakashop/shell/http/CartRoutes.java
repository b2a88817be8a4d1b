package com.pakashop.shell.http;

import com.pakashop.application.ordering.KeepingCarts;
import com.pakashop.domain.ordering.CartLine;
import io.javalin.http.Context;
import java.util.List;

/** The buyer's cart; every read re-checks prices and stock. */
final class CartRoutes implements RouteGroup {
    private final KeepingCarts carts;
    private final Requests requests;

    CartRoutes(KeepingCarts carts, Requests requests) {
        this.carts = carts;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/cart", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(view(carts.read(Authorization.principal(ctx))))),
                ApiRoute.put("/api/v1/cart/items/{productId}", Access.CLIENT, Guard.signedIn(), this::put),
                ApiRoute.delete("/api/v1/cart/items/{productId}", Access.CLIENT, Guard.signedIn(), ctx -> {
                    carts.remove(Authorization.principal(ctx), Requests.uuid("productId", ctx.pathParam("productId")));
                    ctx.status(204);
                }));
    }

    private void put(Context ctx) {
        QuantityRequest body = requests.body(ctx, QuantityRequest.class);
        long quantity = body.quantity() == null ? 0 : body.quantity();
        ctx.json(view(carts.put(Authorization.principal(ctx), Requests.uuid("productId", ctx.pathParam("productId")),
                quantity)));
    }

    private static CartView view(List<CartLine> lines) {
        return new CartView(lines.stream().map(LineView::of).toList(), MoneyJson.of(KeepingCarts.subtotal(lines)));
    }

    record QuantityRequest(Long quantity) {
    }

    record CartView(List<LineView> items, MoneyJson subtotal) {
    }

    record LineView(String productId, String title, long quantity, MoneyJson unitPrice, MoneyJson priceWhenAdded,
                    boolean priceChanged, String availability, MoneyJson lineTotal) {
        static LineView of(CartLine line) {
            return new LineView(line.productId().toString(),
                    line.product().map(p -> p.details().title()).orElse(null), line.quantity(),
                    line.currentPrice().map(MoneyJson::of).orElse(null), MoneyJson.of(line.priceWhenAdded()),
                    line.priceChanged(), line.availability().name(), MoneyJson.of(line.lineTotal()));
        }
    }
}
