package com.pakashop.application.tracking;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.catalog.Shops;
import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.identity.PasswordHasher;
import com.pakashop.application.identity.Users;
import com.pakashop.application.notifications.Notification;
import com.pakashop.application.notifications.Notifier;
import com.pakashop.application.ordering.Orders;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import com.pakashop.domain.tracking.Delivery;
import com.pakashop.domain.tracking.Destination;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The shop (or staff) hands a confirmed order to an agent (seed §4.4, step 1). A six-digit PIN is
 * drawn from a secure random source, kept only as a slow hash, and sent to the buyer, who gives it
 * to the agent at the door; the agent cannot learn it from us.
 */
public final class DispatchingDeliveries {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Orders orders;
    private final Shops shops;
    private final Users users;
    private final Deliveries deliveries;
    private final PasswordHasher hasher;
    private final Notifier notifier;
    private final Outbox outbox;
    private final Auditing audit;
    private final Transactions tx;
    private final Clock clock;

    public DispatchingDeliveries(Orders orders, Shops shops, Users users, Deliveries deliveries, PasswordHasher hasher,
                                 Notifier notifier, Outbox outbox, Auditing audit, Transactions tx, Clock clock) {
        this.orders = orders;
        this.shops = shops;
        this.users = users;
        this.deliveries = deliveries;
        this.hasher = hasher;
        this.notifier = notifier;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Delivery dispatch(Principal caller, UUID orderId, UUID agentId, RequestContext context) {
        Order order = orders.byId(orderId).orElseThrow(() -> new NotFound("No order " + orderId));
        OrderActor actor = actorOf(caller, order);
        UserAccount agent = users.byId(agentId).filter(a -> a.roles().contains(Role.AGENT) && a.active())
                .orElseThrow(() -> ValidationFailed.of("agentId", "is not an active delivery agent"));
        String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
        String pinHash = hasher.hash(pin);
        Instant now = clock.instant();
        Delivery delivery = tx.inTransaction(() -> {
            Order current = orders.byId(orderId).orElseThrow();
            if (current.status() != OrderStatus.CONFIRMED) {
                throw new Conflict("Order " + current.number() + " is " + current.status()
                        + "; only a CONFIRMED order can be sent out");
            }
            Order moved = orders.move(current, current.moveTo(OrderStatus.OUT_FOR_DELIVERY, actor, Optional.empty()),
                    actor, caller.describe(), Optional.of("agent " + agentId), now);
            // read after the move has locked the order, so a buyer's correction made just before is the one sent
            Destination destination = orders.destinationOf(orderId).orElseThrow(() -> new Conflict("Order "
                    + order.number() + " has no delivery address with a map position; the buyer gives one at checkout"));
            Delivery started = Delivery.dispatch(orderId, agent.id(), order.buyerId(), order.shopId(),
                    destination.point(), destination.address(), pinHash, now);
            deliveries.add(started);
            outbox.append(OrderMoved.between(current, moved));
            audit.record("DELIVERY_DISPATCHED", caller.describe(), "order:" + orderId, context,
                    Map.of("agentId", agentId.toString()));
            return started;
        });
        notifier.send(new Notification(order.buyerId(), Notification.Kind.DELIVERY_PIN,
                Map.of("orderNumber", order.number(), "agent", agent.name()), Map.of("pin", pin)));
        notifier.send(new Notification(agent.id(), Notification.Kind.DELIVERY_ASSIGNED,
                Map.of("orderNumber", order.number(), "orderId", orderId.toString()), Map.of()));
        return delivery;
    }

    private OrderActor actorOf(Principal caller, Order order) {
        if (shops.ownedBy(order.shopId(), caller).isPresent()) {
            return OrderActor.VENDOR;
        }
        if (caller.can(Permission.ORDERS_MANAGE_ANY)) {
            return OrderActor.ADMIN;
        }
        throw new NotFound("No order " + order.id());
    }
}
