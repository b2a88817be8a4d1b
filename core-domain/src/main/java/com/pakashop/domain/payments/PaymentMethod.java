package com.pakashop.domain.payments;

import com.pakashop.domain.catalog.MobileNetwork;
import java.util.Optional;

/** What the buyer chose at checkout: a mobile-money network (USSD prompt) or a card (hosted page). */
public enum PaymentMethod {
    MTN_MOMO(MobileNetwork.MTN), AIRTEL_MONEY(MobileNetwork.AIRTEL), ZAMTEL_KWACHA(MobileNetwork.ZAMTEL), CARD(null);

    private final MobileNetwork network;

    PaymentMethod(MobileNetwork network) {
        this.network = network;
    }

    public Optional<MobileNetwork> network() {
        return Optional.ofNullable(network);
    }
}
