package com.pakashop.application.catalog;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.identity.Users;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.VendorApplication;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.moderation.ModerationCase;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Becoming a vendor: a signed-in user applies with the business's details and KYC documents (each
 * goes to the moderation queue for a person to check); staff who moderate shops approve it (granting VENDOR, so the user may open shops, whose own approval
 * stays as it is) or reject it with a reason. Decisions are audited.
 */
public final class ApplyingToSell {
    public static final int MAX_PAGE = 100;

    private final VendorApplications applications;
    private final Users users;
    private final MediaLocations media;
    private final Outbox outbox;
    private final Auditing audit;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public ApplyingToSell(VendorApplications applications, Users users, MediaLocations media, Outbox outbox,
                          Auditing audit, Transactions tx, Ids ids, Clock clock) {
        this.applications = applications;
        this.users = users;
        this.media = media;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public VendorApplication apply(Principal caller, Form form, RequestContext context) {
        caller.require(Permission.PROFILE_READ_OWN);
        UUID user = caller.self();
        Instant now = clock.instant();
        VendorApplication application = VendorApplication.submit(ids.next(), user, form.businessName(), form.town(),
                form.tpin(), form.payoutNumber(), form.kycDocumentUrls(), now);
        media.requireKycDocuments(user, application.kycDocuments());
        return tx.inTransaction(() -> {
            if (caller.roles().contains(Role.VENDOR)) {
                throw new Conflict("You are a vendor already: open a shop instead");
            }
            if (!applications.add(application)) {
                throw new Conflict("You have an application waiting for a decision ("
                        + applications.pendingOf(user).map(a -> a.id().toString()).orElse("") + ")");
            }
            KycDocumentEvents.added(ModerationCase.Subject.Kind.APPLICATION_KYC_DOCUMENT, application.id(), List.of(),
                    application.kycDocuments()).forEach(outbox::append);
            audit.record("VENDOR_APPLIED", caller.describe(), "vendor-application:" + application.id(), context,
                    Map.of("businessName", application.businessName(), "town", application.town()));
            return application;
        });
    }

    public List<VendorApplication> mine(Principal caller, Optional<UUID> before, int limit) {
        caller.require(Permission.PROFILE_READ_OWN);
        requirePage(limit);
        return tx.inTransaction(() -> applications.find(Optional.of(caller.self()), Optional.empty(), before, limit));
    }

    public List<VendorApplication> all(Principal caller, Optional<VendorApplication.Status> status, Optional<UUID> before,
                                       int limit) {
        caller.require(Permission.SHOPS_MODERATE);
        requirePage(limit);
        return tx.inTransaction(() -> applications.find(Optional.empty(), status, before, limit));
    }

    public VendorApplication approve(Principal caller, UUID id, Optional<String> note, RequestContext context) {
        caller.require(Permission.SHOPS_MODERATE);
        note.ifPresent(n -> new Validation().require(n.length() <= 500, "note", "at most 500 characters")
                .throwIfInvalid());
        return tx.inTransaction(() -> {
            VendorApplication pending = found(id);
            VendorApplication approved = applications.update(pending,
                    pending.approved(caller.describe(), note.map(String::strip), clock.instant()));
            UserAccount user = users.byIdForUpdate(pending.userId()).orElseThrow();
            Set<Role> roles = EnumSet.copyOf(user.roles());
            roles.add(Role.VENDOR);
            users.update(user.withRoles(roles));
            audit.record("VENDOR_APPROVED", caller.describe(), "vendor-application:" + id, context,
                    Map.of("userId", pending.userId().toString()));
            return approved;
        });
    }

    public VendorApplication reject(Principal caller, UUID id, String reason, RequestContext context) {
        caller.require(Permission.SHOPS_MODERATE);
        new Validation().require(reason != null && !reason.isBlank() && reason.length() <= 500, "reason",
                "say why in 1 to 500 characters; the applicant reads it").throwIfInvalid();
        return tx.inTransaction(() -> {
            VendorApplication pending = found(id);
            VendorApplication rejected = applications.update(pending,
                    pending.rejected(caller.describe(), reason.strip(), clock.instant()));
            audit.record("VENDOR_REJECTED", caller.describe(), "vendor-application:" + id, context,
                    Map.of("userId", pending.userId().toString(), "reason", reason.strip()));
            return rejected;
        });
    }

    private VendorApplication found(UUID id) {
        return applications.byIdForUpdate(id).orElseThrow(() -> new NotFound("No vendor application " + id));
    }

    private static void requirePage(int limit) {
        new Validation().require(limit >= 1 && limit <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE)
                .throwIfInvalid();
    }

    /** What the applicant sends. */
    public record Form(String businessName, String town, String tpin, String payoutNumber,
                       List<String> kycDocumentUrls) {
    }
}
