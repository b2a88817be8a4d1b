package com.pakashop.domain.promotion;

/** Which goods a coupon is taken off: everything, one shop's, or one category and its descendants. */
public enum CouponScope { ALL, SHOP, CATEGORY }
