package com.pakashop.domain.promotion;

import com.pakashop.domain.shared.Money;
import java.util.List;

/** The outcome of trying a coupon on a basket. */
public sealed interface CouponCheck {

    /** The coupon takes {@code discount} off; {@code shares} gives each basket line its part, in basket order. */
    record Applies(Money discount, List<Money> shares) implements CouponCheck {
        public Applies {
            shares = List.copyOf(shares);
        }
    }

    record Rejected(CouponRejection reason, String message) implements CouponCheck {
    }
}
