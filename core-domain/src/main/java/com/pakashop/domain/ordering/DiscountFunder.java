package com.pakashop.domain.ordering;

/**
 * Who gives up the money a coupon takes off. A vendor's coupon lowers what the vendor sells for,
 * so commission is charged on the lower amount; the platform's coupon (and loyalty) is paid by
 * the platform, so the vendor's net is untouched.
 */
public enum DiscountFunder { PLATFORM, VENDOR }
