package com.pakashop.application.identity;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.notifications.Notification;
import com.pakashop.application.notifications.Notifier;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.PermissionMatrix;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Forbidden;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Validation;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What administrators do to accounts: change roles (only roles they may grant, never their own),
 * suspend (ending every session at once) and reinstate, and find accounts.
 */
public final class AdministeringUsers {
    public static final int MAX_PAGE = 100;

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final Notifier notifier;
    private final Transactions tx;
    private final Auditing audit;
    private final Clock clock;

    public AdministeringUsers(Users users, RefreshTokens refreshTokens, Notifier notifier, Transactions tx,
                              Auditing audit, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.notifier = notifier;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public UserAccount setRoles(Principal caller, UUID userId, Set<Role> wanted, RequestContext context) {
        caller.requireAny(Permission.ROLES_GRANT_STAFF, Permission.ROLES_GRANT_ADMIN);
        new Validation().require(!wanted.isEmpty(), "roles", "must name at least one role").throwIfInvalid();
        return tx.inTransaction(() -> {
            UserAccount user = users.byIdForUpdate(userId).orElseThrow(() -> new NotFound("No user " + userId));
            if (caller.is(userId)) {
                throw new Forbidden("You may not change your own roles");
            }
            Set<Role> changed = EnumSet.noneOf(Role.class);
            changed.addAll(symmetricDifference(user.roles(), wanted));
            Set<Role> grantable = caller.kind() == Principal.Kind.OPERATOR
                    ? EnumSet.allOf(Role.class) : PermissionMatrix.grantable(caller.roles());
            Set<Role> refused = changed.stream().filter(r -> !grantable.contains(r)).collect(Collectors.toSet());
            if (!refused.isEmpty()) {
                throw new Forbidden("You may not grant or revoke " + refused);
            }
            UserAccount updated = users.update(user.withRoles(wanted));
            audit.record("ROLES_CHANGED", caller.describe(), "user:" + userId, context,
                    Map.of("before", names(user.roles()), "after", names(wanted)));
            return updated;
        });
    }

    public UserAccount suspend(Principal caller, UUID userId, String reason, RequestContext context) {
        caller.require(Permission.USERS_SUSPEND);
        new Validation()
                .require(reason != null && !reason.isBlank() && reason.length() <= 500, "reason",
                        "is required, at most 500 characters")
                .throwIfInvalid();
        return tx.inTransaction(() -> {
            UserAccount user = users.byIdForUpdate(userId).orElseThrow(() -> new NotFound("No user " + userId));
            if (caller.is(userId)) {
                throw new Forbidden("You may not suspend yourself");
            }
            if (user.roles().contains(Role.SUPER_ADMIN) && !caller.can(Permission.ROLES_GRANT_ADMIN)) {
                throw new Forbidden("Only a super administrator may suspend a super administrator");
            }
            UserAccount suspended = users.update(user.suspended());
            refreshTokens.revokeAllOf(userId, clock.instant());
            audit.record("USER_SUSPENDED", caller.describe(), "user:" + userId, context, Map.of("reason", reason.strip()));
            notifier.send(new Notification(userId, Notification.Kind.ACCOUNT_SUSPENDED, Map.of(), Map.of()));
            return suspended;
        });
    }

    public UserAccount reinstate(Principal caller, UUID userId, RequestContext context) {
        caller.require(Permission.USERS_SUSPEND);
        return tx.inTransaction(() -> {
            UserAccount user = users.byIdForUpdate(userId).orElseThrow(() -> new NotFound("No user " + userId));
            UserAccount reinstated = users.update(user.reinstated());
            audit.record("USER_REINSTATED", caller.describe(), "user:" + userId, context, Map.of());
            return reinstated;
        });
    }

    public List<UserAccount> find(Principal caller, Optional<String> query, Optional<Role> role, Optional<UUID> after,
                                  int limit) {
        caller.require(Permission.USERS_READ_ANY);
        new Validation()
                .require(limit >= 1 && limit <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE)
                .require(query.map(q -> q.length() <= 100).orElse(true), "query", "must be at most 100 characters")
                .throwIfInvalid();
        return users.search(query.map(String::strip).filter(q -> !q.isEmpty()), role, after, limit);
    }

    /** A profile: the caller's own, or anyone's for those who may read any. */
    public UserAccount profile(Principal caller, UUID userId) {
        caller.requireOwnerOr(userId, Permission.USERS_READ_ANY, "user");
        return users.byId(userId).orElseThrow(() -> new NotFound("No user " + userId));
    }

    private static Set<Role> symmetricDifference(Set<Role> a, Set<Role> b) {
        Set<Role> diff = EnumSet.noneOf(Role.class);
        a.stream().filter(r -> !b.contains(r)).forEach(diff::add);
        b.stream().filter(r -> !a.contains(r)).forEach(diff::add);
        return diff;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
