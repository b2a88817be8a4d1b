package com.pakashop.application.payments;

import com.pakashop.domain.payments.PaymentMethod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Which provider collects which method, and which provider a callback or a stored payment names. */
public final class PaymentRouting {
    private final PaymentProvider mobileMoney;
    private final PaymentProvider cards;
    private final Map<String, PaymentProvider> byName = new LinkedHashMap<>();

    public PaymentRouting(PaymentProvider mobileMoney, PaymentProvider cards) {
        this.mobileMoney = mobileMoney;
        this.cards = cards;
        byName.put(mobileMoney.name(), mobileMoney);
        byName.put(cards.name(), cards);
    }

    public PaymentProvider forMethod(PaymentMethod method) {
        return method == PaymentMethod.CARD ? cards : mobileMoney;
    }

    public Optional<PaymentProvider> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
