package com.pakashop.application.moderation;

import com.pakashop.domain.moderation.ModerationCase;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One case per image or document of a subject (product, vendor application, shop). */
public interface ModerationCases {

    /** False if this image of this subject already has a case (a redelivered event). */
    boolean add(ModerationCase moderationCase);

    Optional<ModerationCase> byId(UUID id);

    Optional<ModerationCase> byIdForUpdate(UUID id);

    /** Newest first, optionally in one status, before the case {@code before} (a cursor). */
    List<ModerationCase> find(Optional<ModerationCase.Status> status, Optional<UUID> before, int limit);

    /** The product's images a moderator or the automatic check has approved. */
    Set<URI> approvedImages(UUID productId);

    ModerationCase update(ModerationCase before, ModerationCase after);
}
