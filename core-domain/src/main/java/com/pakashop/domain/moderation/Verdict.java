package com.pakashop.domain.moderation;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What automatic moderation made of an image: APPROVED; FLAGGED, with each category over its
 * threshold and its score; or PENDING_MANUAL_REVIEW when no automatic moderator is configured.
 */
public record Verdict(Kind kind, Map<String, Double> categories) {
    public Verdict {
        categories = Collections.unmodifiableMap(new TreeMap<>(categories));
        if (kind == Kind.FLAGGED && categories.isEmpty()) {
            throw new IllegalArgumentException("a flagged image says which categories");
        }
    }

    public static Verdict approved() {
        return new Verdict(Kind.APPROVED, Map.of());
    }

    public static Verdict pendingManualReview() {
        return new Verdict(Kind.PENDING_MANUAL_REVIEW, Map.of());
    }

    public enum Kind { APPROVED, FLAGGED, PENDING_MANUAL_REVIEW }
}
