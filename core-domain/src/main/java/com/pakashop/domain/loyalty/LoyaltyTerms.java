package com.pakashop.domain.loyalty;

import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The programme's rates: points earned per whole kwacha of goods paid, what one point is worth at
 * checkout, the most of an order's goods points may pay (basis points), and how long points last.
 */
public record LoyaltyTerms(long pointsPerKwacha, Money pointValue, long redeemCapBasisPoints, int expiryMonths) {
    public LoyaltyTerms {
        if (pointsPerKwacha < 0 || pointValue.isNegative() || pointValue.isZero()
                || redeemCapBasisPoints < 0 || redeemCapBasisPoints > 10_000 || expiryMonths < 1) {
            throw new IllegalArgumentException("loyalty terms out of range");
        }
    }

    /** Whole kwacha only: 149.99 of goods earns for 149. */
    public long earnedFor(Money goodsPaid) {
        return goodsPaid.isNegative() ? 0 : Math.multiplyExact(goodsPaid.minor() / 100, pointsPerKwacha);
    }

    public Money valueOf(long points) {
        return pointValue.times(points);
    }

    /** The most points that may go towards goods worth {@code goods}, so their value stays under the cap. */
    public long mostRedeemableOn(Money goods) {
        return goods.basisPoints(redeemCapBasisPoints).minor() / pointValue.minor();
    }

    public Instant expiryOf(Instant earnedAt) {
        return earnedAt.atOffset(ZoneOffset.UTC).plusMonths(expiryMonths).toInstant();
    }
}
