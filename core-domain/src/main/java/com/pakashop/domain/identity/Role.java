package com.pakashop.domain.identity;

/** What a person is to the marketplace. A user may hold several roles. */
public enum Role {
    BUYER, VENDOR, AGENT, SUPPORT, MODERATOR, FINANCE, ADMIN, SUPER_ADMIN;

    /** Roles that can move money or other people's access must prove a second factor at login. */
    public boolean requiresMfa() {
        return this == FINANCE || this == ADMIN || this == SUPER_ADMIN;
    }
}
