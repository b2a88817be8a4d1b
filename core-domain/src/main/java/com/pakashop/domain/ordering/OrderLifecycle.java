package com.pakashop.domain.ordering;

import static com.pakashop.domain.ordering.OrderActor.ADMIN;
import static com.pakashop.domain.ordering.OrderActor.AGENT;
import static com.pakashop.domain.ordering.OrderActor.BUYER;
import static com.pakashop.domain.ordering.OrderActor.SYSTEM;
import static com.pakashop.domain.ordering.OrderActor.VENDOR;
import static com.pakashop.domain.ordering.OrderStatus.CANCELLED;
import static com.pakashop.domain.ordering.OrderStatus.CONFIRMED;
import static com.pakashop.domain.ordering.OrderStatus.DELIVERED;
import static com.pakashop.domain.ordering.OrderStatus.EXPIRED;
import static com.pakashop.domain.ordering.OrderStatus.OUT_FOR_DELIVERY;
import static com.pakashop.domain.ordering.OrderStatus.PAID;
import static com.pakashop.domain.ordering.OrderStatus.PENDING;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order state machine of the seed design (§4.1, §4.4): each allowed move is one named rule
 * saying who may make it and whether a reason is required. Anything not listed is refused.
 */
public final class OrderLifecycle {
    private static final List<Move> MOVES = List.of(
            new Move(PENDING, PAID, EnumSet.of(SYSTEM), false, "payment captured"),
            new Move(PENDING, EXPIRED, EnumSet.of(SYSTEM), false, "unpaid past the payment window"),
            new Move(PENDING, CANCELLED, EnumSet.of(BUYER), false, "buyer changed their mind before paying"),
            new Move(PENDING, CANCELLED, EnumSet.of(VENDOR, ADMIN), true, "shop or staff cancel an unpaid order"),
            new Move(PAID, CONFIRMED, EnumSet.of(VENDOR, ADMIN), false, "the shop accepts the order"),
            new Move(PAID, CANCELLED, EnumSet.of(BUYER), false, "buyer cancels before the shop confirms"),
            new Move(PAID, CANCELLED, EnumSet.of(VENDOR, ADMIN), true, "shop or staff cancel a paid order"),
            new Move(CONFIRMED, CANCELLED, EnumSet.of(VENDOR, ADMIN), true, "shop or staff cancel a confirmed order"),
            new Move(CONFIRMED, OUT_FOR_DELIVERY, EnumSet.of(VENDOR, AGENT, ADMIN), false,
                    "the shop hands the order to an agent"),
            new Move(OUT_FOR_DELIVERY, DELIVERED, EnumSet.of(AGENT, ADMIN), false, "the buyer's PIN confirmed delivery"));

    private OrderLifecycle() {
    }

    public static Verdict check(OrderStatus from, OrderStatus to, OrderActor actor, Optional<String> reason) {
        if (from.isFinal()) {
            return Verdict.reject("The order is already " + from + " and cannot change");
        }
        List<Move> candidates = MOVES.stream().filter(m -> m.from() == from && m.to() == to).toList();
        if (candidates.isEmpty()) {
            return Verdict.reject("An order cannot go from " + from + " to " + to);
        }
        Optional<Move> move = candidates.stream().filter(m -> m.actors().contains(actor)).findFirst();
        if (move.isEmpty()) {
            return Verdict.reject(actor + " may not move an order from " + from + " to " + to);
        }
        if (move.get().needsReason() && reason.map(String::isBlank).orElse(true)) {
            return Verdict.reject("Say why: moving an order from " + from + " to " + to + " needs a reason");
        }
        return Verdict.ALLOW;
    }

    /**
     * What happens to the money when the order makes a move. Cancelling a paid order leaves its
     * money HELD: it becomes REFUNDED only when the provider has given it back.
     */
    public static SettlementStatus settlementAfter(SettlementStatus current, OrderStatus to) {
        return switch (to) {
            case PAID -> SettlementStatus.HELD;
            case DELIVERED -> SettlementStatus.RELEASABLE;
            default -> current;
        };
    }

    private record Move(OrderStatus from, OrderStatus to, Set<OrderActor> actors, boolean needsReason, String why) {
    }
}
