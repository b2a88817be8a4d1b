package com.pakashop.domain.identity;

import static com.pakashop.domain.identity.Permission.AUDIT_READ;
import static com.pakashop.domain.identity.Permission.CART_USE;
import static com.pakashop.domain.identity.Permission.CATEGORIES_MANAGE;
import static com.pakashop.domain.identity.Permission.COUPONS_MANAGE;
import static com.pakashop.domain.identity.Permission.DELIVERIES_UNLOCK;
import static com.pakashop.domain.identity.Permission.FLAGS_MANAGE;
import static com.pakashop.domain.identity.Permission.FRAUD_REVIEW;
import static com.pakashop.domain.identity.Permission.INVOICES_MANAGE;
import static com.pakashop.domain.identity.Permission.LEDGER_READ;
import static com.pakashop.domain.identity.Permission.MFA_MANAGE_OWN;
import static com.pakashop.domain.identity.Permission.MODERATION_ESCALATED;
import static com.pakashop.domain.identity.Permission.MODERATION_REVIEW;
import static com.pakashop.domain.identity.Permission.ORDERS_MANAGE_ANY;
import static com.pakashop.domain.identity.Permission.ORDERS_READ_ANY;
import static com.pakashop.domain.identity.Permission.OUTBOX_OPERATE;
import static com.pakashop.domain.identity.Permission.PAYMENTS_READ_ANY;
import static com.pakashop.domain.identity.Permission.PAYMENTS_REFUND;
import static com.pakashop.domain.identity.Permission.PRICING_MANAGE;
import static com.pakashop.domain.identity.Permission.PROFILE_READ_OWN;
import static com.pakashop.domain.identity.Permission.RECONCILIATION_MANAGE;
import static com.pakashop.domain.identity.Permission.ROLES_GRANT_ADMIN;
import static com.pakashop.domain.identity.Permission.ROLES_GRANT_STAFF;
import static com.pakashop.domain.identity.Permission.SESSION_MANAGE_OWN;
import static com.pakashop.domain.identity.Permission.SETTLEMENT_MANAGE;
import static com.pakashop.domain.identity.Permission.SHOPS_MODERATE;
import static com.pakashop.domain.identity.Permission.SHOPS_READ_ANY;
import static com.pakashop.domain.identity.Permission.SHOP_MANAGE_OWN;
import static com.pakashop.domain.identity.Permission.SHOP_OPEN;
import static com.pakashop.domain.identity.Permission.TRACKING_REPORT;
import static com.pakashop.domain.identity.Permission.USERS_READ_ANY;
import static com.pakashop.domain.identity.Permission.USERS_SUSPEND;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says what each role may do. Everything not listed is denied. The SYSTEM
 * principal (Pakashop's own services, authenticated by the internal key) has its own set.
 */
public final class PermissionMatrix {
    private static final Set<Permission> EVERY_USER =
            EnumSet.of(PROFILE_READ_OWN, SESSION_MANAGE_OWN, MFA_MANAGE_OWN, CART_USE);
    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);
    private static final Set<Permission> SYSTEM = EnumSet.of(OUTBOX_OPERATE, USERS_READ_ANY, AUDIT_READ);

    static {
        GRANTS.put(Role.BUYER, EVERY_USER);
        GRANTS.put(Role.VENDOR, with(SHOP_OPEN, SHOP_MANAGE_OWN));
        GRANTS.put(Role.AGENT, with(TRACKING_REPORT));
        GRANTS.put(Role.SUPPORT, with(USERS_READ_ANY, SHOPS_READ_ANY, ORDERS_READ_ANY, DELIVERIES_UNLOCK));
        GRANTS.put(Role.MODERATOR, with(MODERATION_REVIEW));
        GRANTS.put(Role.FINANCE, with(PAYMENTS_READ_ANY, PAYMENTS_REFUND, ORDERS_READ_ANY, FRAUD_REVIEW, INVOICES_MANAGE,
                SETTLEMENT_MANAGE, RECONCILIATION_MANAGE, LEDGER_READ));
        GRANTS.put(Role.ADMIN, with(USERS_READ_ANY, USERS_SUSPEND, ROLES_GRANT_STAFF, AUDIT_READ, OUTBOX_OPERATE,
                SHOPS_READ_ANY, SHOPS_MODERATE, CATEGORIES_MANAGE, ORDERS_READ_ANY, ORDERS_MANAGE_ANY, PRICING_MANAGE,
                COUPONS_MANAGE, PAYMENTS_READ_ANY, PAYMENTS_REFUND, DELIVERIES_UNLOCK, FRAUD_REVIEW, MODERATION_REVIEW,
                MODERATION_ESCALATED, FLAGS_MANAGE, INVOICES_MANAGE, SETTLEMENT_MANAGE, RECONCILIATION_MANAGE,
                LEDGER_READ));
        GRANTS.put(Role.SUPER_ADMIN, EnumSet.allOf(Permission.class));
    }

    private PermissionMatrix() {
    }

    public static boolean allows(Collection<Role> roles, Permission permission) {
        for (Role role : roles) {
            if (GRANTS.get(role).contains(permission)) {
                return true;
            }
        }
        return false;
    }

    public static boolean systemAllows(Permission permission) {
        return SYSTEM.contains(permission);
    }

    /** Which roles a holder of {@code granter}'s roles may hand out or take away. */
    public static Set<Role> grantable(Collection<Role> granterRoles) {
        Set<Role> grantable = EnumSet.noneOf(Role.class);
        if (allows(granterRoles, ROLES_GRANT_STAFF)) {
            grantable.addAll(EnumSet.of(Role.BUYER, Role.VENDOR, Role.AGENT, Role.SUPPORT, Role.MODERATOR, Role.FINANCE));
        }
        if (allows(granterRoles, ROLES_GRANT_ADMIN)) {
            grantable.add(Role.ADMIN);
        }
        return grantable;
    }

    private static Set<Permission> with(Permission... extra) {
        Set<Permission> set = EnumSet.copyOf(EVERY_USER);
        set.addAll(Set.of(extra));
        return set;
    }
}
