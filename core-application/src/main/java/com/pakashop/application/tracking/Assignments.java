package com.pakashop.application.tracking;

import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.tracking.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What an agent needs to carry the orders given to them, read in one go. */
public interface Assignments {

    /** The agent's deliveries, newest dispatch first, before {@code before} (an order id) when given. */
    List<Assignment> ofAgent(UUID agentId, Optional<UUID> before, int limit);

    /** One delivery given to an agent: where to collect it, where to take it, and whom to hand it to. */
    record Assignment(UUID orderId, String orderNumber, OrderStatus status, String shopName, String shopTown,
                      String shopDistrict, PhoneNumber shopPhone, GeoPoint destination, String address,
                      String buyerName, PhoneNumber buyerPhone, Instant dispatchedAt, Optional<Instant> deliveredAt) {
    }
}
