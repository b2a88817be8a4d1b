package com.pakashop.application.events;

import com.pakashop.domain.moderation.ModerationCase;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/** A KYC document was added to a vendor application or a shop: a person reviews it. */
public record KycDocumentAdded(ModerationCase.Subject.Kind subjectKind, UUID subjectId, URI url) implements DomainEvent {
    public KycDocumentAdded {
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(url, "url");
    }

    @Override
    public UUID aggregateId() {
        return subjectId;
    }
}
