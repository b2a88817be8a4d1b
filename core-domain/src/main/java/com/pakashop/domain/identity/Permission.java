package com.pakashop.domain.identity;

/** Something a caller may do. Routes and use cases name the permission they need; roles grant them. */
public enum Permission {
    PROFILE_READ_OWN,
    SESSION_MANAGE_OWN,
    MFA_MANAGE_OWN,
    USERS_READ_ANY,
    USERS_SUSPEND,
    ROLES_GRANT_STAFF,
    ROLES_GRANT_ADMIN,
    AUDIT_READ,
    OUTBOX_OPERATE,
    SHOP_OPEN,
    SHOP_MANAGE_OWN,
    SHOPS_READ_ANY,
    SHOPS_MODERATE,
    CATEGORIES_MANAGE,
    CART_USE,
    ORDERS_READ_ANY,
    ORDERS_MANAGE_ANY,
    PRICING_MANAGE,
    COUPONS_MANAGE,
    PAYMENTS_READ_ANY,
    PAYMENTS_REFUND,
    TRACKING_REPORT,
    DELIVERIES_UNLOCK,
    FRAUD_REVIEW,
    MODERATION_REVIEW,
    MODERATION_ESCALATED,
    FLAGS_MANAGE
}
