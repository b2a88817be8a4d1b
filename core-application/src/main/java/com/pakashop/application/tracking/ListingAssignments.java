package com.pakashop.application.tracking;

import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.tracking.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An agent's own deliveries. The agent meets the buyer at the door, so sees a first name and a
 * masked phone: enough to greet and recognise, not a number to keep.
 */
public final class ListingAssignments {
    public static final int MAX_PAGE = 100;

    private final Assignments assignments;

    public ListingAssignments(Assignments assignments) {
        this.assignments = assignments;
    }

    public List<AgentDelivery> mine(Principal caller, Optional<UUID> before, int limit) {
        caller.require(Permission.TRACKING_REPORT);
        new Validation().require(limit >= 1 && limit <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE)
                .throwIfInvalid();
        return assignments.ofAgent(caller.self(), before, limit).stream().map(AgentDelivery::of).toList();
    }

    public record AgentDelivery(UUID orderId, String orderNumber, OrderStatus status, Pickup pickup,
                                GeoPoint destination, String address, String buyerFirstName, String buyerPhone,
                                Instant dispatchedAt, Optional<Instant> deliveredAt) {
        static AgentDelivery of(Assignments.Assignment a) {
            return new AgentDelivery(a.orderId(), a.orderNumber(), a.status(),
                    new Pickup(a.shopName(), a.shopTown(), a.shopDistrict(), a.shopPhone().e164()), a.destination(),
                    a.address(), firstName(a.buyerName()), a.buyerPhone().masked(), a.dispatchedAt(), a.deliveredAt());
        }

        private static String firstName(String name) {
            String trimmed = name.strip();
            int space = trimmed.indexOf(' ');
            return space < 0 ? trimmed : trimmed.substring(0, space);
        }
    }

    /** Where the agent collects the order: the shop, and its number to call on the way. */
    public record Pickup(String shopName, String town, String district, String phone) {
    }
}
