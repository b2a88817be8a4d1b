package com.pakashop.application.ordering;

import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.tracking.Destination;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** {@link Orders} in a map; every move is kept, as the history table keeps it. */
public final class InMemoryOrders implements Orders {
    private final Map<UUID, Order> orders = new LinkedHashMap<>();
    private final Map<UUID, Destination> destinations = new HashMap<>();
    private final AtomicLong numbers = new AtomicLong(1000);
    private final List<Move> moves = new ArrayList<>();

    /** One recorded move of an order. */
    public record Move(UUID orderId, OrderStatus from, OrderStatus to, OrderActor actor, String actorName) {
    }

    public List<Move> moves() {
        return List.copyOf(moves);
    }

    @Override
    public String nextNumber() {
        return "PK-" + numbers.incrementAndGet();
    }

    @Override
    public void add(Order order, String actor) {
        if (orders.putIfAbsent(order.id(), order) != null) {
            throw new IllegalStateException("order " + order.id() + " exists");
        }
    }

    @Override
    public Optional<Order> byId(UUID id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public Optional<Order> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public List<Order> byCheckout(UUID checkoutId) {
        return orders.values().stream().filter(o -> o.checkoutId().equals(checkoutId)).toList();
    }

    @Override
    public List<Order> ofBuyer(UUID buyerId, Optional<UUID> before, int limit) {
        return page(orders.values().stream().filter(o -> o.buyerId().equals(buyerId)), before, limit);
    }

    @Override
    public List<Order> find(Optional<UUID> shopId, Optional<OrderStatus> status, Optional<UUID> before, int limit) {
        return page(orders.values().stream().filter(o -> shopId.map(o.shopId()::equals).orElse(true))
                .filter(o -> status.map(o.status()::equals).orElse(true)), before, limit);
    }

    @Override
    public List<Order> unpaidBefore(Instant deadline, int limit) {
        return orders.values().stream().filter(o -> o.status() == OrderStatus.PENDING && o.payBy().isBefore(deadline))
                .limit(limit).toList();
    }

    @Override
    public void setDestination(UUID orderId, Destination destination) {
        destinations.put(orderId, destination);
    }

    @Override
    public Optional<Destination> destinationOf(UUID orderId) {
        return Optional.ofNullable(destinations.get(orderId));
    }

    @Override
    public Order move(Order before, Order after, OrderActor actor, String actorName, Optional<String> reason,
                      Instant at) {
        Order stored = orders.get(after.id());
        if (stored == null || stored.version() != after.version()) {
            throw new Conflict("Order " + after.number() + " was changed meanwhile; try again");
        }
        Order saved = new Order(after.id(), after.number(), after.checkoutId(), after.buyerId(), after.shopId(),
                after.lines(), after.breakdown(), after.status(), after.settlement(), after.createdAt(), after.payBy(),
                after.version() + 1);
        orders.put(saved.id(), saved);
        moves.add(new Move(saved.id(), before.status(), saved.status(), actor, actorName));
        return saved;
    }

    private static List<Order> page(Stream<Order> found, Optional<UUID> before, int limit) {
        return found.sorted(Comparator.comparing(Order::id).reversed())
                .filter(o -> before.map(b -> o.id().compareTo(b) < 0).orElse(true)).limit(limit).toList();
    }
}
