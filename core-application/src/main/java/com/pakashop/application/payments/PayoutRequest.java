package com.pakashop.application.payments;

import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Money;
import java.util.UUID;

/**
 * Pay {@code amount} to a vendor's or agent's mobile-money wallet. {@code payoutId} is ours and the
 * provider's idempotency key; {@code reference} is what the payee sees (a settlement batch number).
 */
public record PayoutRequest(UUID payoutId, Money amount, PhoneNumber recipient, MobileNetwork network,
                            String recipientName, String reference) {
}
