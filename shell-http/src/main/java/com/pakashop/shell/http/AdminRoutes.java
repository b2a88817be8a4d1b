package com.pakashop.shell.http;

import com.pakashop.application.audit.AuditEntry;
import com.pakashop.application.audit.AuditLog;
import com.pakashop.application.audit.ReadingAuditLog;
import com.pakashop.application.identity.AdministeringUsers;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Staff administration of accounts, and the audit log. */
final class AdminRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 50;

    private final AdministeringUsers administering;
    private final ReadingAuditLog readingAudit;
    private final Requests requests;

    AdminRoutes(AdministeringUsers administering, ReadingAuditLog readingAudit, Requests requests) {
        this.administering = administering;
        this.readingAudit = readingAudit;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/admin/users", Access.CLIENT, Guard.signedIn(), this::list),
                ApiRoute.put("/api/v1/admin/users/{id}/roles", Access.CLIENT, Guard.signedIn(),
                        this::setRoles),
                ApiRoute.post("/api/v1/admin/users/{id}/suspend", Access.CLIENT, Guard.signedIn(),
                        this::suspend),
                ApiRoute.post("/api/v1/admin/users/{id}/reinstate", Access.CLIENT, Guard.signedIn(),
                        this::reinstate),
                ApiRoute.get("/api/v1/admin/audit", Access.CLIENT, Guard.signedIn(), this::audit));
    }

    private void list(Context ctx) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, AdministeringUsers.MAX_PAGE);
        Optional<Role> role = Requests.query(ctx, "role").map(AdminRoutes::role);
        List<UserAccount> users = administering.find(Authorization.principal(ctx), Requests.query(ctx, "query"),
                role, Requests.cursor(ctx), limit);
        ctx.json(Page.of(users, limit, UserView::of, UserAccount::id));
    }

    private void setRoles(Context ctx) {
        RolesRequest body = requests.body(ctx, RolesRequest.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Validation errors = new Validation();
        List<String> names = body.roles() == null ? List.of() : body.roles();
        for (int i = 0; i < names.size(); i++) {
            try {
                roles.add(Role.valueOf(names.get(i).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("roles[" + i + "]", "is not a role; use one of " + List.of(Role.values()));
            }
        }
        errors.throwIfInvalid();
        UserAccount user = administering.setRoles(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), roles, requests.context(ctx));
        ctx.json(UserView.of(user));
    }

    private void suspend(Context ctx) {
        ReasonRequest body = requests.body(ctx, ReasonRequest.class);
        ctx.json(UserView.of(administering.suspend(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), body.reason(), requests.context(ctx))));
    }

    private void reinstate(Context ctx) {
        ctx.json(UserView.of(administering.reinstate(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), requests.context(ctx))));
    }

    private void audit(Context ctx) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, ReadingAuditLog.MAX_PAGE);
        List<AuditEntry> entries = readingAudit.search(Authorization.principal(ctx),
                new AuditLog.AuditQuery(Requests.query(ctx, "action"), Requests.query(ctx, "actor"),
                        Requests.query(ctx, "subject")),
                Requests.cursor(ctx), limit);
        ctx.json(Page.of(entries, limit, AuditView::of, AuditEntry::id));
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("role", "is not a role; use one of " + List.of(Role.values()));
        }
    }

    record RolesRequest(List<String> roles) {
    }

    record ReasonRequest(String reason) {
    }

    record AuditView(String id, Instant at, String action, String actor, String subject, String ip, String requestId,
                     Map<String, String> detail) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id().toString(), e.at(), e.action(), e.actor(), e.subject(), e.ip(), e.requestId(),
                    e.detail());
        }
    }
}
