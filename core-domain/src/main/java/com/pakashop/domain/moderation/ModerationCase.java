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
 * One product image and its review. An image moderation approved is closed at once; a flagged or
 * unmoderated one is OPEN for a moderator, who approves, rejects or escalates it to an admin.
 */
public record ModerationCase(UUID id, UUID productId, URI image, Verdict verdict, Status status,
                             Optional<String> reviewer, Optional<String> note, Instant createdAt,
                             Optional<Instant> decidedAt, int version) {
    private static final Map<Status, Set<Status>> MOVES = Map.of(
            Status.OPEN, EnumSet.of(Status.APPROVED, Status.REJECTED, Status.ESCALATED),
            Status.ESCALATED, EnumSet.of(Status.APPROVED, Status.REJECTED),
            Status.APPROVED, EnumSet.noneOf(Status.class),
            Status.REJECTED, EnumSet.noneOf(Status.class));

    public static ModerationCase of(UUID id, UUID productId, URI image, Verdict verdict, Instant now) {
        Status status = verdict.kind() == Verdict.Kind.APPROVED ? Status.APPROVED : Status.OPEN;
        return new ModerationCase(id, productId, image, verdict, status, Optional.empty(), Optional.empty(), now,
                status == Status.APPROVED ? Optional.of(now) : Optional.empty(), 0);
    }

    /** A flagged image keeps its product away from buyers until a decision. */
    public boolean holdsProduct() {
        return verdict.kind() == Verdict.Kind.FLAGGED && (status == Status.OPEN || status == Status.ESCALATED);
    }

    public ModerationCase decide(Status next, String reviewer, String note, Instant now) {
        if (!MOVES.get(status).contains(next)) {
            throw new Conflict("Moderation case " + id + " is " + status + " and cannot become " + next);
        }
        return new ModerationCase(id, productId, image, verdict, next, Optional.of(reviewer), Optional.of(note), createdAt,
                next == Status.ESCALATED ? decidedAt : Optional.of(now), version);
    }

    public enum Status { OPEN, ESCALATED, APPROVED, REJECTED }
}
