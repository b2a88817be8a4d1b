package com.pakashop.domain.moderation;

import com.pakashop.domain.shared.Conflict;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One image or document and its review: a product's image, or a KYC document of a vendor
 * application or a shop. What moderation approved is closed at once; a flagged or unmoderated one
 * is OPEN for a moderator, who approves, rejects or escalates it to an admin.
 */
public record ModerationCase(UUID id, Subject subject, URI image, Verdict verdict, Status status,
                             Optional<String> reviewer, Optional<String> note, Instant createdAt,
                             Optional<Instant> decidedAt, int version) {
    private static final Map<Status, Set<Status>> MOVES = Map.of(
            Status.OPEN, EnumSet.of(Status.APPROVED, Status.REJECTED, Status.ESCALATED),
            Status.ESCALATED, EnumSet.of(Status.APPROVED, Status.REJECTED),
            Status.APPROVED, EnumSet.noneOf(Status.class),
            Status.REJECTED, EnumSet.noneOf(Status.class));

    public static ModerationCase of(UUID id, Subject subject, URI image, Verdict verdict, Instant now) {
        Status status = verdict.kind() == Verdict.Kind.APPROVED ? Status.APPROVED : Status.OPEN;
        return new ModerationCase(id, subject, image, verdict, status, Optional.empty(), Optional.empty(), now,
                status == Status.APPROVED ? Optional.of(now) : Optional.empty(), 0);
    }

    /** A flagged product image waits for a decision (its product is hidden until all its images are approved). */
    public boolean holdsProduct() {
        return subject.kind() == Subject.Kind.PRODUCT_IMAGE && verdict.kind() == Verdict.Kind.FLAGGED
                && (status == Status.OPEN || status == Status.ESCALATED);
    }

    public ModerationCase decide(Status next, String reviewer, String note, Instant now) {
        if (!MOVES.get(status).contains(next)) {
            throw new Conflict("Moderation case " + id + " is " + status + " and cannot become " + next);
        }
        return new ModerationCase(id, subject, image, verdict, next, Optional.of(reviewer), Optional.of(note), createdAt,
                next == Status.ESCALATED ? decidedAt : Optional.of(now), version);
    }

    public enum Status { OPEN, ESCALATED, APPROVED, REJECTED }

    /** What the image belongs to: a product, a shop (its logo, its KYC documents) or a vendor application. */
    public record Subject(Kind kind, UUID id) {
        public enum Kind { PRODUCT_IMAGE, SHOP_LOGO, APPLICATION_KYC_DOCUMENT, SHOP_KYC_DOCUMENT }

        public static Subject product(UUID productId) {
            return new Subject(Kind.PRODUCT_IMAGE, productId);
        }
    }
}
