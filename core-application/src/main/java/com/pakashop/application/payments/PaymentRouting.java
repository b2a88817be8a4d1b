package com.pakashop.application.payments;

import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.shared.ValidationFailed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which providers collect which method, in the order they are tried (the first that certainly
 * cannot take a payment hands it to the next), and which provider a callback or a stored payment
 * names.
 */
public final class PaymentRouting {
    private final List<PaymentProvider> mobileMoney;
    private final List<PaymentProvider> cards;
    private final Map<String, PaymentProvider> byName = new LinkedHashMap<>();

    public PaymentRouting(List<PaymentProvider> mobileMoney, List<PaymentProvider> cards) {
        this.mobileMoney = List.copyOf(mobileMoney);
        this.cards = List.copyOf(cards);
        mobileMoney.forEach(provider -> byName.put(provider.name(), provider));
        cards.forEach(provider -> byName.put(provider.name(), provider));
    }

    /** Never empty: a method no provider collects is refused here. */
    public List<PaymentProvider> forMethod(PaymentMethod method) {
        List<PaymentProvider> chain = method == PaymentMethod.CARD ? cards : mobileMoney;
        if (chain.isEmpty()) {
            throw ValidationFailed.of("method", method + " is not accepted at the moment; choose another way to pay");
        }
        return chain;
    }

    /** Payouts go to mobile-money wallets through the first mobile-money provider. */
    public PaymentProvider forPayouts() {
        if (mobileMoney.isEmpty()) {
            throw new IllegalStateException("no mobile-money provider is configured to send payouts");
        }
        return mobileMoney.get(0);
    }

    public Optional<PaymentProvider> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
