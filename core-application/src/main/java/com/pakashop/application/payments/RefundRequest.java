package com.pakashop.application.payments;

import com.pakashop.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * Give {@code amount} of a captured collection back to its payer. {@code refundId} is ours and the
 * idempotency key where the provider takes one; {@code collectionReference} is the provider's own
 * id for the collection, which some providers refund by.
 */
public record RefundRequest(UUID refundId, UUID paymentId, Optional<String> collectionReference, Money amount,
                            String reason) {
}
