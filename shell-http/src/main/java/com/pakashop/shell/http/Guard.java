package com.pakashop.shell.http;

import com.pakashop.domain.identity.Permission;
import java.util.Objects;
import java.util.Optional;

/**
 * What a route needs of the caller beyond the key: nothing (anonymous), a permission from the
 * matrix, or the right to set up TOTP (the one thing an enrolment-only token may do).
 */
public final class Guard {
    private final Kind kind;
    private final Permission permission;

    private Guard(Kind kind, Permission permission) {
        this.kind = kind;
        this.permission = permission;
    }

    public static Guard anonymous() {
        return new Guard(Kind.ANONYMOUS, null);
    }

    public static Guard permission(Permission permission) {
        return new Guard(Kind.PERMISSION, Objects.requireNonNull(permission, "permission"));
    }

    public static Guard mfaEnrolment() {
        return new Guard(Kind.MFA_ENROLMENT, Permission.MFA_MANAGE_OWN);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Permission> permission() {
        return Optional.ofNullable(permission);
    }

    @Override
    public String toString() {
        return kind == Kind.PERMISSION ? permission.name() : kind.name();
    }

    public enum Kind { ANONYMOUS, PERMISSION, MFA_ENROLMENT }
}
