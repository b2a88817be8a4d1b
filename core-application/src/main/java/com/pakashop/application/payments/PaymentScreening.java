package com.pakashop.application.payments;

import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks at a payment attempt before any provider is called (seed §4.5). Runs inside the
 * initiation's first transaction, so a case it opens commits even though the payment does not start.
 */
public interface PaymentScreening {

    /** True if the attempt may go ahead; false if it is held for review. */
    boolean clears(PaymentAttempt attempt);

    /** Who pays what, from where. {@code ip} is the caller's address as the gateway saw it. */
    record PaymentAttempt(UUID buyerId, List<UUID> orderIds, List<UUID> shopIds, Money amount,
                          Optional<PhoneNumber> payer, String ip) {
        public PaymentAttempt {
            orderIds = List.copyOf(orderIds);
            shopIds = List.copyOf(shopIds);
        }
    }
}
