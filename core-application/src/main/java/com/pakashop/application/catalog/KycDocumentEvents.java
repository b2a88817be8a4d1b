package com.pakashop.application.catalog;

import com.pakashop.application.events.KycDocumentAdded;
import com.pakashop.domain.moderation.ModerationCase;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The events that send new KYC documents to the moderation queue, one per document. */
final class KycDocumentEvents {
    private KycDocumentEvents() {
    }

    /** One event per document in {@code after} that was not in {@code before}. */
    static List<KycDocumentAdded> added(ModerationCase.Subject.Kind subjectKind, UUID subjectId, List<URI> before,
                                        List<URI> after) {
        return after.stream().filter(document -> !before.contains(document))
                .map(document -> new KycDocumentAdded(subjectKind, subjectId, document))
                .toList();
    }
}
