package com.pakashop.application.events;

import com.pakashop.domain.shared.ValidationFailed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shows operators the deliveries that gave up, oldest first, a page at a time. */
public final class ListingDeadLetters {
    public static final int MAX_PAGE = 100;

    private final OutboxDeliveries deliveries;

    public ListingDeadLetters(OutboxDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    public Page list(Optional<UUID> after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ValidationFailed.of("limit", "must be between 1 and " + MAX_PAGE);
        }
        List<DeadLetter> rows = deliveries.deadLetters(after, limit + 1);
        boolean more = rows.size() > limit;
        List<DeadLetter> page = more ? rows.subList(0, limit) : rows;
        Optional<UUID> next = more ? Optional.of(page.get(page.size() - 1).deliveryId()) : Optional.empty();
        return new Page(List.copyOf(page), next);
    }

    public record Page(List<DeadLetter> items, Optional<UUID> nextAfter) {
    }
}
