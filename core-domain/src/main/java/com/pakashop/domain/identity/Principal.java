package com.pakashop.domain.identity;

import com.pakashop.domain.shared.Forbidden;
import com.pakashop.domain.shared.NotFound;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is calling. A USER acts with the permissions of their roles; SYSTEM is Pakashop's own
 * services (internal key) with a set of its own; an ENROLMENT principal is a staff member who must
 * set up TOTP before anything else and may do nothing but that; an OPERATOR is a person at the
 * CLI, who already holds the database's credentials and so may do anything, on the record.
 */
public record Principal(Kind kind, Optional<UUID> userId, Set<Role> roles, String name) {
    public Principal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        boolean needsUser = kind == Kind.USER || kind == Kind.ENROLMENT;
        if (needsUser && userId.isEmpty()) {
            throw new IllegalArgumentException(kind + " principal needs a user id");
        }
    }

    public static final Principal SYSTEM = new Principal(Kind.SYSTEM, Optional.empty(), Set.of(), "system");

    public static Principal user(UUID id, Set<Role> roles) {
        return new Principal(Kind.USER, Optional.of(id), roles, "user:" + id);
    }

    public static Principal enrolment(UUID id) {
        return new Principal(Kind.ENROLMENT, Optional.of(id), Set.of(), "enrolment:" + id);
    }

    public static Principal operator(String who) {
        return new Principal(Kind.OPERATOR, Optional.empty(), Set.of(), "operator:" + who);
    }

    public boolean can(Permission permission) {
        return switch (kind) {
            case USER -> PermissionMatrix.allows(roles, permission);
            case SYSTEM -> PermissionMatrix.systemAllows(permission);
            case OPERATOR -> true;
            case ENROLMENT -> false;
        };
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw new Forbidden("You may not do this (" + permission.name().toLowerCase(Locale.ROOT) + ")");
        }
    }

    /** Any one of {@code permissions} will do: a vendor for their own shop, or staff for any. */
    public void requireAny(Permission... permissions) {
        for (Permission permission : permissions) {
            if (can(permission)) {
                return;
            }
        }
        throw new Forbidden("You may not do this (" + Arrays.stream(permissions)
                .map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or ")) + ")");
    }

    /** Whether the caller is this user. */
    public boolean is(UUID user) {
        return userId.map(user::equals).orElse(false);
    }

    /** The caller's own user id; SYSTEM has none. */
    public UUID self() {
        return userId.orElseThrow(() -> new Forbidden("This action needs a signed-in user"));
    }

    /**
     * Object-level rule: the owner, or someone holding {@code overridingPermission}. Anyone else
     * is told it does not exist, so ids of other people's things cannot be probed.
     */
    public void requireOwnerOr(UUID ownerId, Permission overridingPermission, String what) {
        boolean owner = is(ownerId);
        if (!owner && !can(overridingPermission)) {
            throw new NotFound("No " + what + " " + ownerId);
        }
    }

    /** How the audit log names this caller. */
    public String describe() {
        return name;
    }

    public enum Kind { USER, SYSTEM, ENROLMENT, OPERATOR }
}
