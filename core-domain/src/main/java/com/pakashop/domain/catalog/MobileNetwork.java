package com.pakashop.domain.catalog;

import com.pakashop.domain.identity.PhoneNumber;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Zambia's mobile-money networks and the number prefixes they own after 260 (pawaPay reference:
 * MTN 96/76, Airtel 97/77, Zamtel 95/75; pawaPay's predict-provider stays the authority at payout).
 */
public enum MobileNetwork {
    MTN(Set.of("96", "76")), AIRTEL(Set.of("97", "77")), ZAMTEL(Set.of("95", "75"));

    private final Set<String> prefixes;

    MobileNetwork(Set<String> prefixes) {
        this.prefixes = prefixes;
    }

    public static Optional<MobileNetwork> of(PhoneNumber number) {
        String prefix = number.e164().substring(4, 6);
        return Arrays.stream(values()).filter(n -> n.prefixes.contains(prefix)).findFirst();
    }
}
