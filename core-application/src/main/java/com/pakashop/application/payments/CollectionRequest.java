package com.pakashop.application.payments;

import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * What to collect: {@code paymentId} is our id and the provider's idempotency key;
 * {@code reference} is what people see (an order or checkout number); {@code returnUrl} is where
 * a hosted page sends the buyer back.
 */
public record CollectionRequest(UUID paymentId, Money amount, PaymentMethod method, Optional<PhoneNumber> payer,
                                String reference, Optional<String> returnUrl) {
}
