package com.pakashop.application.ordering;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.tracking.Destination;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A buyer sets or corrects where an order goes, until an agent has it. The fee was charged for a
 * town, so a new place must cost the same to reach; another fee means ordering again, never a
 * silent change to what was paid.
 */
public final class ChangingDestinations {
    private static final Set<OrderStatus> BEFORE_DISPATCH = EnumSet.of(OrderStatus.PENDING, OrderStatus.PAID,
            OrderStatus.CONFIRMED);

    private final Orders orders;
    private final Rates rates;
    private final Transactions tx;
    private final Auditing audit;

    public ChangingDestinations(Orders orders, Rates rates, Transactions tx, Auditing audit) {
        this.orders = orders;
        this.rates = rates;
        this.tx = tx;
        this.audit = audit;
    }

    public Destination change(Principal caller, UUID orderId, Destination destination, RequestContext context) {
        caller.require(Permission.CART_USE);
        return tx.inTransaction(() -> {
            Order order = orders.byIdForUpdate(orderId).filter(o -> caller.is(o.buyerId()))
                    .orElseThrow(() -> new NotFound("No order " + orderId));
            if (!BEFORE_DISPATCH.contains(order.status())) {
                throw new Conflict("Order " + order.number() + " is " + order.status()
                        + "; the destination can change only until an agent has it");
            }
            Money fee = rates.deliveryFeeTo(destination.town());
            Money charged = order.breakdown().deliveryFee();
            if (!fee.equals(charged)) {
                throw new Conflict("Delivering to " + destination.town() + " costs " + fee.toDecimalString()
                        + ", but order " + order.number() + " was charged " + charged.toDecimalString()
                        + " for delivery; cancel it and order again to deliver there");
            }
            orders.setDestination(orderId, destination);
            audit.record("ORDER_DESTINATION_SET", caller.describe(), "order:" + orderId, context,
                    Map.of("town", destination.town()));
            return destination;
        });
    }
}
