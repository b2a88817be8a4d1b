package com.pakashop.application.catalog;

import com.pakashop.application.events.NewEvent;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The events that send new KYC documents to the moderation queue, one per document. */
public final class KycDocumentEvents {
    public static final String ADDED = "KycDocumentAdded";
    public static final String OF_APPLICATION = "APPLICATION_KYC_DOCUMENT";
    public static final String OF_SHOP = "SHOP_KYC_DOCUMENT";

    private KycDocumentEvents() {
    }

    /** One event per document in {@code after} that was not in {@code before}. */
    static List<NewEvent> added(String subjectKind, UUID subjectId, List<URI> before, List<URI> after) {
        return after.stream().filter(document -> !before.contains(document))
                .map(document -> new NewEvent(ADDED, subjectId.toString(), Map.of("subjectKind", subjectKind,
                        "subjectId", subjectId.toString(), "url", document.toString())))
                .toList();
    }
}
