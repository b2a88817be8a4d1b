package com.pakashop.domain.promotion;

/** Why a coupon does not apply: stable codes a client can branch on. */
public enum CouponRejection {
    UNKNOWN_CODE,
    INACTIVE,
    NOT_STARTED,
    EXPIRED,
    USED_UP,
    USED_UP_BY_BUYER,
    WRONG_SCOPE,
    MINIMUM_NOT_MET
}
