package com.pakashop.application.settlement;

import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.identity.PhoneNumber;

/** Where a payee is paid: the shop's registered payout number, or the agent's own phone. */
public record PayoutAccount(String name, PhoneNumber number, MobileNetwork network) {
}
